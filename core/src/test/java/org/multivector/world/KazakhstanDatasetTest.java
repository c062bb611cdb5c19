package org.multivector.world;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.multivector.world.io.DatasetLoader;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default dataset: it loads through the validator, and its figures hang together. */
class KazakhstanDatasetTest {

    static World world;

    @BeforeAll
    static void load() throws Exception {
        world = DatasetLoader.defaultWorld();
    }

    @Test
    void it_loads_through_the_validator_with_figures_for_the_focal_country() {
        assertThat(world.info().focal()).isEqualTo("KAZ");
        assertThat(world.years()).isEqualTo(new YearRange(1995, 2024));
        assertThat(world.ties()).filteredOn(t -> t.reporter().equals("KAZ")).hasSizeGreaterThan(10_000);
    }

    @Test
    void every_figure_carries_a_complete_source() {
        assertThat(world.ties()).allSatisfy(tie -> {
            Source s = tie.source();
            assertThat(s.publisher()).isNotBlank();
            assertThat(s.title()).isNotBlank();
            assertThat(s.url()).matches("https?://\\S+");
            assertThat(s.year()).isBetween(1990, 2026);
        });
    }

    @Test
    void the_required_actors_and_dimensions_are_declared() {
        for (String code : List.of(
                "KAZ", "RUS", "CHN", "USA", "EU", "ITA", "NLD", "DEU", "FRA", "GBR", "CHE", "TUR", "KOR", "JPN", "UZB",
                "KGZ", "TJK", "TKM", "AZE", "GEO", "WLD")) {
            assertThat(world.actor(code)).as(code).isPresent();
        }
        for (String id : List.of(
                Dimension.EXPORTS,
                Dimension.IMPORTS,
                Dimension.TRADE,
                Dimension.FDI_INFLOW,
                Dimension.FDI_STOCK,
                Dimension.CRUDE_EXPORTS,
                Dimension.ARMS_IMPORTS,
                Dimension.GDP,
                Dimension.MEMBERSHIP)) {
            assertThat(world.dimension(id)).as(id).isPresent();
        }
        assertThat(world.actor("EU").orElseThrow().hasMember("GBR", 2019)).isTrue();
        assertThat(world.actor("EU").orElseThrow().hasMember("GBR", 2021)).isFalse();
    }

    @Test
    void no_state_partner_exceeds_the_reported_world_total_and_their_sum_stays_within_it() {
        for (Dimension dimension : world.dimensions()) {
            if (!dimension.kind().isDyadic()) {
                continue;
            }
            for (String reporter : world.reporters()) {
                for (int year = world.years().from(); year <= world.years().to(); year++) {
                    var total = world.value(reporter, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER);
                    if (total.isEmpty()) {
                        continue;
                    }
                    for (BasisChoice choice : BasisChoice.values()) {
                        List<Tie> states = world.crossSection(reporter, dimension.id(), year, choice).stream()
                                .filter(t -> world.actor(t.partner())
                                        .orElseThrow()
                                        .kind()
                                        .isState())
                                .toList();
                        double sum = states.stream().mapToDouble(Tie::value).sum();
                        String where = reporter + " " + dimension.id() + " " + year + " " + choice;
                        assertThat(states)
                                .as(where)
                                .allSatisfy(t -> assertThat(t.value()).isLessThanOrEqualTo(total.getAsDouble()));
                        if (choice == BasisChoice.REPORTER) {
                            assertThat(sum)
                                    .as(where + ": partners sum to at most the total")
                                    .isLessThanOrEqualTo(total.getAsDouble() * 1.001);
                        }
                    }
                }
            }
        }
    }

    /**
     * The publishers count the EU differently (IMF DOTS: the 27 members of 2020 in every year; the BNS tables
     * of 2018-2022 still count the United Kingdom), so each EU figure's note names the composition it covers,
     * and the figure is at least the sum of those members' figures from the same source (mirror figures: from
     * the same publisher on the same basis, since each partner reports its own).
     */
    @Test
    void an_eu_figure_states_its_composition_and_is_at_least_the_sum_of_those_members() {
        List<String> eu27 = List.of(
                "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
                "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");
        List<Tie> euFigures = world.ties().stream()
                .filter(t -> t.partner().equals("EU")
                        && world.dimension(t.dimension()).orElseThrow().kind().isDyadic())
                .filter(t -> List.of(Dimension.EXPORTS, Dimension.IMPORTS, Dimension.TRADE)
                        .contains(t.dimension()))
                .toList();
        assertThat(euFigures).hasSizeGreaterThan(100);
        for (Tie blocTie : euFigures) {
            assertThat(blocTie.note()).as(blocTie.toString()).contains("EU composition: ");
            if (blocTie.note().contains("as published")) {
                continue;
            }
            List<String> members = blocTie.note().contains("EU-28") ? concat(eu27, "GBR") : eu27;
            double sum = world.ties().stream()
                    .filter(t -> t.reporter().equals(blocTie.reporter())
                            && t.dimension().equals(blocTie.dimension())
                            && t.year() == blocTie.year()
                            && t.basis() == blocTie.basis()
                            && members.contains(t.partner()))
                    .filter(t -> blocTie.basis() == Basis.MIRROR
                            ? t.source().publisher().equals(blocTie.source().publisher())
                            : t.source().id().equals(blocTie.source().id()))
                    .mapToDouble(Tie::value)
                    .sum();
            assertThat(sum).as("members of " + blocTie).isLessThanOrEqualTo(blocTie.value() * 1.001);
        }
    }

    private static List<String> concat(List<String> list, String one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one))
                .toList();
    }

    @Test
    void memberships_are_flags_of_one_for_organisations() {
        List<Tie> memberships = world.ties().stream()
                .filter(t -> t.dimension().equals(Dimension.MEMBERSHIP))
                .toList();
        assertThat(memberships).isNotEmpty().allSatisfy(t -> {
            assertThat(t.value()).isEqualTo(1.0);
            assertThat(world.actor(t.partner()).orElseThrow().kind()).isIn(ActorKind.ORGANISATION, ActorKind.BLOC);
        });
        Map<String, Long> kazakhMemberships = memberships.stream()
                .filter(t -> t.reporter().equals("KAZ") && t.year() == 2023)
                .collect(Collectors.groupingBy(Tie::partner, Collectors.counting()));
        assertThat(kazakhMemberships).containsKeys("EAEU", "CSTO", "SCO", "CICA");
    }

    @Test
    void reporter_and_mirror_figures_for_china_are_both_kept() {
        long mirror = world.ties().stream()
                .filter(t -> t.reporter().equals("KAZ") && t.partner().equals("CHN") && t.basis() == Basis.MIRROR)
                .count();
        long reporter = world.ties().stream()
                .filter(t -> t.reporter().equals("KAZ") && t.partner().equals("CHN") && t.basis() == Basis.REPORTER)
                .count();
        assertThat(mirror).isPositive();
        assertThat(reporter).isPositive();
    }
}
