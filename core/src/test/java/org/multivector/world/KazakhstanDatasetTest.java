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
        assertThat(world.years()).isEqualTo(new YearRange(2015, 2024));
        assertThat(world.ties()).filteredOn(t -> t.reporter().equals("KAZ")).hasSizeGreaterThan(100);
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
        for (String code : List.of("KAZ", "RUS", "CHN", "USA", "EU", "ITA", "NLD", "DEU", "FRA", "GBR", "CHE", "TUR", "KOR",
                "JPN", "UZB", "KGZ", "TJK", "TKM", "AZE", "GEO", "WLD")) {
            assertThat(world.actor(code)).as(code).isPresent();
        }
        for (String id : List.of(Dimension.EXPORTS, Dimension.IMPORTS, Dimension.TRADE, Dimension.FDI_INFLOW, Dimension.FDI_STOCK,
                Dimension.CRUDE_EXPORTS, Dimension.ARMS_IMPORTS, Dimension.GDP, Dimension.MEMBERSHIP)) {
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
                                .filter(t -> world.actor(t.partner()).orElseThrow().kind().isState())
                                .toList();
                        double sum = states.stream().mapToDouble(Tie::value).sum();
                        String where = reporter + " " + dimension.id() + " " + year + " " + choice;
                        assertThat(states).as(where).allSatisfy(t -> assertThat(t.value()).isLessThanOrEqualTo(total.getAsDouble()));
                        if (choice == BasisChoice.REPORTER) {
                            assertThat(sum).as(where + ": partners sum to at most the total").isLessThanOrEqualTo(total.getAsDouble() * 1.001);
                        }
                    }
                }
            }
        }
    }

    @Test
    void a_bloc_figure_is_at_least_the_sum_of_its_members_on_the_same_basis() {
        Actor eu = world.actor("EU").orElseThrow();
        for (Tie blocTie : world.ties()) {
            if (!blocTie.partner().equals("EU") || !world.dimension(blocTie.dimension()).orElseThrow().kind().isDyadic()) {
                continue;
            }
            double members = eu.membersIn(blocTie.year()).stream()
                    .map(m -> world.tie(blocTie.reporter(), m, blocTie.dimension(), blocTie.year(), blocTie.basis()))
                    .flatMap(java.util.Optional::stream).mapToDouble(Tie::value).sum();
            assertThat(members).as("EU members vs EU for " + blocTie).isLessThanOrEqualTo(blocTie.value() * 1.001);
        }
    }

    @Test
    void memberships_are_flags_of_one_for_organisations() {
        List<Tie> memberships = world.ties().stream().filter(t -> t.dimension().equals(Dimension.MEMBERSHIP)).toList();
        assertThat(memberships).isNotEmpty().allSatisfy(t -> {
            assertThat(t.value()).isEqualTo(1.0);
            assertThat(world.actor(t.partner()).orElseThrow().kind()).isIn(ActorKind.ORGANISATION, ActorKind.BLOC);
        });
        Map<String, Long> kazakhMemberships = memberships.stream().filter(t -> t.reporter().equals("KAZ") && t.year() == 2023)
                .collect(Collectors.groupingBy(Tie::partner, Collectors.counting()));
        assertThat(kazakhMemberships).containsKeys("EAEU", "CSTO", "SCO", "CICA");
    }

    @Test
    void reporter_and_mirror_figures_for_china_are_both_kept() {
        long mirror = world.ties().stream().filter(t -> t.reporter().equals("KAZ") && t.partner().equals("CHN") && t.basis() == Basis.MIRROR).count();
        long reporter = world.ties().stream().filter(t -> t.reporter().equals("KAZ") && t.partner().equals("CHN") && t.basis() == Basis.REPORTER).count();
        assertThat(mirror).isPositive();
        assertThat(reporter).isPositive();
    }
}
