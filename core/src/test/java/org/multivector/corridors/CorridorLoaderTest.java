package org.multivector.corridors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.CorridorRule;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CorridorLoaderTest {

    @Test
    void the_embedded_kazakhstan_network_loads_and_every_figure_has_a_source() throws Exception {
        CorridorNetwork network = CorridorLoader.defaultNetwork();
        assertThat(network.focal()).isEqualTo("KAZ");
        assertThat(network.commodities()).extracting(Commodity::id).containsExactly("crude", "containers");
        assertThat(network.links("crude", 2023))
                .extracting(CorridorLink::id)
                .contains("CPC_KZ", "AS_PIPE", "KEN_KUM", "ATA_ALA", "AKT_MAK", "AKT_SANG", "BTC", "TEN_AKT", "TCOP");
        assertThat(network.links("containers", 2024))
                .extracting(CorridorLink::id)
                .contains("DOS_KZRU", "KZRU_BRE", "ALT_AKTC", "AKTC_BAKP", "BAKP_POT", "BAKP_KARS", "POT_CON");
        for (CorridorLink link : network.allLinks()) {
            assertThat(link.source().url()).as("source of %s", link.id()).startsWith("http");
            if (link.costBasis() != CostBasis.ASSUMPTION) {
                assertThat(link.costSource())
                        .as("tariff source of %s", link.id())
                        .isPresent();
            }
        }
        for (CorridorNode node : network.nodes()) {
            assertThat(node.latitude()).isBetween(-90.0, 90.0);
            assertThat(node.location()).isIn("approximate", "representative");
        }
        assertThat(network.supplies("crude", 2023).stream()
                        .mapToDouble(ExportSupply::volume)
                        .sum())
                .isEqualTo(70.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(network.price("crude", 2023)).isPresent();
        assertThat(network.history()).extracting(HistoricalDisruption::id).contains("CPC-2023-11", "KROP-2025-02");
    }

    private static Path copy(Path target) throws IOException {
        Path source = Fixtures.folder("two-routes");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    @Test
    void a_broken_folder_reports_every_problem_with_file_line_column_and_rule(@TempDir Path dir) throws IOException {
        copy(dir);
        Files.writeString(
                dir.resolve("links.csv"),
                Files.readString(dir.resolve("links.csv"))
                        .replace("A,S,M1,crude,pipeline,6,", "A,S,M9,crude,pipeline,-6,")
                        .replace("AAA;DDD,Test,Links,2024,https://example.org/l", "AAA;Dd,Test,Links,2024,"));
        Files.writeString(
                dir.resolve("nodes.csv"),
                Files.readString(dir.resolve("nodes.csv"))
                        .replace("M2,Market two,market,DDD,42,60", "M2,Market two,market,DDD,142,60"));
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> CorridorLoader.load(dir));
        assertThat(e.problems())
                .extracting(Problem::rule)
                .contains(
                        CorridorRule.UNKNOWN_REFERENCE,
                        InputRule.NEGATIVE_VALUE,
                        CorridorRule.BAD_COUNTRY,
                        CorridorRule.MISSING_SOURCE,
                        CorridorRule.BAD_COORDINATE);
        Problem unknown = e.problems().stream()
                .filter(p -> p.rule() == CorridorRule.UNKNOWN_REFERENCE)
                .findFirst()
                .orElseThrow();
        assertThat(unknown.file()).endsWith("links.csv");
        assertThat(unknown.line()).isEqualTo(2);
        assertThat(unknown.column()).isEqualTo(5);
        assertThat(unknown.format()).contains("links.csv:2:5: [unknown-reference] node 'M9' is not declared");
        Problem coordinate = e.problems().stream()
                .filter(p -> p.rule() == CorridorRule.BAD_COORDINATE)
                .findFirst()
                .orElseThrow();
        assertThat(coordinate.format()).contains("nodes.csv:4:").contains("latitude 142.0");
    }

    @Test
    void overlapping_years_of_one_link_and_a_missing_file_are_refused(@TempDir Path dir) throws IOException {
        copy(dir);
        Files.writeString(
                dir.resolve("links.csv"),
                Files.readString(dir.resolve("links.csv"))
                        + "B,S,M2,crude,sea,4,2020,2030,operating,5,assumption,,AAA;DDD,Test,Links,2024,https://example.org/l,false,,,,,\n");
        Files.delete(dir.resolve("prices.csv"));
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> CorridorLoader.load(dir));
        assertThat(e.problems())
                .extracting(Problem::rule)
                .containsExactlyInAnyOrder(CorridorRule.DUPLICATE, InputRule.UNREADABLE_FILE);
        assertThat(e.getMessage())
                .contains("links.csv:4:")
                .contains("prices.csv")
                .contains("the file is missing");
    }

    @Test
    void a_supply_above_the_stated_maximum_is_refused_at_its_cell(@TempDir Path dir) throws IOException {
        copy(dir);
        Files.writeString(
                dir.resolve("supplies.csv"),
                Files.readString(dir.resolve("supplies.csv")).replace("2024,S,crude,10,", "2024,S,crude,1e16,"));
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> CorridorLoader.load(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(CorridorRule.QUANTITY_TOO_LARGE);
            assertThat(p.format())
                    .contains("supplies.csv:2:14:")
                    .contains("must not exceed 1e9")
                    .contains("1e16");
        });
    }

    @Test
    void supplies_that_sum_above_the_maximum_are_refused_on_the_row_that_crosses_it(@TempDir Path dir)
            throws IOException {
        copy(dir);
        String supplies =
                Files.readString(dir.resolve("supplies.csv")).replace("2024,S,crude,10,", "2024,S,crude,6e8,");
        Files.writeString(
                dir.resolve("supplies.csv"),
                supplies + supplies.lines().skip(1).findFirst().orElseThrow().replace("2024,S,", "2024,M1,") + "\n");
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> CorridorLoader.load(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(CorridorRule.QUANTITY_TOO_LARGE);
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void a_broken_network_file_names_the_key(@TempDir Path dir) throws IOException {
        copy(dir);
        Files.writeString(
                dir.resolve("network.yaml"),
                Files.readString(dir.resolve("network.yaml")).replace("cost_factor: 1000000", "cost_factor: lots"));
        InvalidCorridorDataException e =
                catchThrowableOfType(InvalidCorridorDataException.class, () -> CorridorLoader.load(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.NOT_A_NUMBER);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("cost_factor").contains("lots");
        });
    }
}
