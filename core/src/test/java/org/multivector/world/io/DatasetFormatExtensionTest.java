package org.multivector.world.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.input.InputRule;
import org.multivector.input.Rule;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.FigureFlag;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The additions to the dataset format (gzip files, the source table and compact header, the estimate
 * flag, several publishers per figure with a preference, signed dimensions, per-country files): what
 * loads, and every way a file can break them, reported with file, line, column and rule.
 */
class DatasetFormatExtensionTest {

    static final String MANIFEST = """
            name: ext
            version: "1"
            focal: AAA
            years: {from: 2018, to: 2021}
            files: [trade.csv.gz, common/points.csv]
            sourcePreference: [Alpha statistics bureau, Monetary fund]
            dimensions:
              - {id: exports, name: Goods exports, unit: USD_M, kind: flow}
              - {id: unga_ideal_point, name: Ideal point, unit: ideal_point, kind: monadic, signed: true}
            actors:
              - {code: AAA, name: Alphaland, kind: middle_power}
              - {code: BBB, name: Betaland, kind: great_power}
              - {code: WLD, name: World, kind: aggregate}
            """;

    static final String SOURCES = """
            source_id,publisher,title,source_year,url,basis,assumption,licence,note
            bureau-x,Alpha statistics bureau,Foreign trade by country,2022,https://example.org/bureau,reporter,false,official statistics,
            fund-x,Monetary fund,Direction of trade,2021,https://example.org/fund,reporter,false,free use with attribution,FOB
            fund-m,Monetary fund,Direction of trade,2021,https://example.org/fund,mirror,false,free use with attribution,partner's imports CIF
            points,Voeten,Ideal points,2024,https://example.org/points,independent,false,,
            """;

    /** Line 2 is the first figure; 2019 exports to BBB come from both publishers (lines 3 and 4). */
    static final String TRADE = """
            reporter,partner,dimension,year,value,unit,source_id,flag,note
            AAA,WLD,exports,2019,100,USD_M,bureau-x,,
            AAA,BBB,exports,2019,40,USD_M,fund-x,estimate,
            AAA,BBB,exports,2019,42,USD_M,bureau-x,,revised
            AAA,BBB,exports,2019,45,USD_M,fund-m,,
            """;

    static final String POINTS = """
            reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note,flag
            AAA,AAA,unga_ideal_point,2019,-0.75,ideal_point,independent,Voeten,Ideal points,2024,https://example.org/points,false,,
            """;

    static Path write(Path dir, String manifest, String sources, String trade, String points) {
        try {
            Files.writeString(dir.resolve("manifest.yaml"), manifest);
            if (sources != null) {
                Files.writeString(dir.resolve("sources.csv"), sources);
            }
            gzip(dir.resolve("trade.csv.gz"), trade);
            Files.createDirectories(dir.resolve("common"));
            Files.writeString(dir.resolve("common/points.csv"), points);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static InvalidDatasetException rejected(Path dir) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));
        assertThat(e).as("the dataset must be rejected").isNotNull();
        return e;
    }

    @Test
    void a_gzip_compact_file_takes_its_sources_from_the_source_table(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(write(dir, MANIFEST, SOURCES, TRADE, POINTS));

        Tie total = world.tie("AAA", "WLD", "exports", 2019, Basis.REPORTER).orElseThrow();
        assertThat(total.source().publisher()).isEqualTo("Alpha statistics bureau");
        assertThat(total.source().licence()).isEqualTo("official statistics");
        assertThat(total.source().id()).isEqualTo("bureau-x");
        Tie mirror = world.tie("AAA", "BBB", "exports", 2019, Basis.MIRROR).orElseThrow();
        assertThat(mirror.note())
                .as("a figure without a note inherits its source's")
                .isEqualTo("partner's imports CIF");
        assertThat(world.allTies()).hasSize(4 + 1);
    }

    @Test
    void the_preferred_publisher_is_read_and_the_other_kept_with_its_estimate_flag(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(write(dir, MANIFEST, SOURCES, TRADE, POINTS));

        assertThat(world.value("AAA", "BBB", "exports", 2019, BasisChoice.REPORTER))
                .hasValue(42);
        assertThat(world.sources("AAA", "BBB", "exports", 2019, Basis.REPORTER))
                .extracting(t -> t.source().publisher(), Tie::value, Tie::flag)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alpha statistics bureau", 42.0, FigureFlag.NONE),
                        org.assertj.core.groups.Tuple.tuple("Monetary fund", 40.0, FigureFlag.ESTIMATE));
    }

    @Test
    void without_a_preference_the_first_publisher_in_file_order_is_read(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(write(
                dir,
                MANIFEST.replace("sourcePreference: [Alpha statistics bureau, Monetary fund]\n", ""),
                SOURCES,
                TRADE,
                POINTS));

        assertThat(world.value("AAA", "BBB", "exports", 2019, BasisChoice.REPORTER))
                .hasValue(40);
    }

    @Test
    void a_signed_dimension_takes_negative_values_and_a_long_file_may_carry_a_flag(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(write(dir, MANIFEST, SOURCES, TRADE, POINTS));

        assertThat(world.value("AAA", "AAA", "unga_ideal_point", 2019, BasisChoice.REPORTER))
                .hasValue(-0.75);
        assertThat(world.dimension("unga_ideal_point").orElseThrow().signed()).isTrue();
        assertThat(world.dimension("exports").orElseThrow().signed()).isFalse();
    }

    static Stream<Arguments> brokenCompactRows() {
        String row = "AAA,BBB,exports,2019,40,USD_M,fund-x,estimate,";
        return Stream.of(
                Arguments.of(
                        "unknown source",
                        row.replace("fund-x", "fund-y"),
                        DatasetRule.UNKNOWN_SOURCE,
                        31,
                        "\nMaybe fund-"),
                Arguments.of("unknown flag", row.replace("estimate", "e"), InputRule.INVALID_VALUE, 38, "'estimate'"),
                Arguments.of(
                        "estimate left in the value",
                        row.replace(",40,", ",40 e,"),
                        InputRule.NOT_A_NUMBER,
                        22,
                        "flag column"),
                Arguments.of(
                        "negative on an unsigned dimension",
                        row.replace(",40,", ",-40,"),
                        InputRule.NEGATIVE_VALUE,
                        22,
                        "signed"),
                Arguments.of(
                        "value not a number",
                        row.replace(",40,", ",forty,"),
                        InputRule.NOT_A_NUMBER,
                        22,
                        "not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCompactRows")
    void each_broken_compact_row_is_reported_where_it_is(
            String name, String brokenRow, Rule rule, int column, String hint, @TempDir Path dir) {
        String trade = TRADE.replace("AAA,BBB,exports,2019,40,USD_M,fund-x,estimate,", brokenRow);
        assertThat(trade).isNotEqualTo(TRADE);

        InvalidDatasetException e = rejected(write(dir, MANIFEST, SOURCES, trade, POINTS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.file()).isEqualTo(dir.resolve("trade.csv.gz").toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(hint);
        });
    }

    static Stream<Arguments> brokenSourceTables() {
        String row =
                "fund-x,Monetary fund,Direction of trade,2021,https://example.org/fund,reporter,false,free use with attribution,FOB";
        return Stream.of(
                Arguments.of("missing publisher", row.replace("Monetary fund", ""), DatasetRule.MISSING_SOURCE, 8),
                Arguments.of(
                        "missing url", row.replace("https://example.org/fund", ""), DatasetRule.MISSING_SOURCE, 46),
                Arguments.of("bad basis", row.replace("reporter", "ours"), InputRule.INVALID_VALUE, 71),
                Arguments.of("bad assumption", row.replace(",false,", ",no,"), InputRule.INVALID_VALUE, 80),
                Arguments.of("source year not a number", row.replace(",2021,", ",21st,"), InputRule.NOT_A_NUMBER, 41),
                Arguments.of(
                        "id declared twice", row.replace("fund-x", "bureau-x"), DatasetRule.DUPLICATE_DECLARATION, 1),
                Arguments.of("id with a space", row.replace("fund-x", "fund x"), InputRule.INVALID_VALUE, 1),
                Arguments.of("too few fields", "fund-x,Monetary fund", InputRule.FIELD_COUNT, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSourceTables")
    void each_broken_source_is_reported_in_the_source_table(
            String name, String brokenRow, Rule rule, int column, @TempDir Path dir) {
        String sources = SOURCES.replace(
                "fund-x,Monetary fund,Direction of trade,2021,https://example.org/fund,reporter,false,free use with attribution,FOB",
                brokenRow);
        assertThat(sources).isNotEqualTo(SOURCES);

        InvalidDatasetException e = rejected(write(dir, MANIFEST, sources, TRADE, POINTS));

        assertThat(e.problems())
                .as("the source's problem, then its figure's unknown source")
                .filteredOn(p -> p.file().endsWith("sources.csv"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.rule()).isEqualTo(rule);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(column);
                });
    }

    @Test
    void a_publisher_giving_one_figure_twice_is_a_duplicate_naming_the_first(@TempDir Path dir) {
        InvalidDatasetException e =
                rejected(write(dir, MANIFEST, SOURCES, TRADE + "AAA,BBB,exports,2019,41,USD_M,fund-x,,\n", POINTS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(DatasetRule.DUPLICATE_FIGURE);
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("trade.csv.gz:3").contains("Monetary fund");
        });
    }

    @Test
    void a_compact_file_needs_a_source_table(@TempDir Path dir) {
        InvalidDatasetException e = rejected(write(dir, MANIFEST, null, TRADE, POINTS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(DatasetRule.UNKNOWN_SOURCE);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).as("the whole header line").isZero();
            assertThat(p.message()).contains("sources.csv");
        });
    }

    @Test
    void a_compact_header_cannot_also_carry_the_source_columns(@TempDir Path dir) {
        InvalidDatasetException e = rejected(write(
                dir,
                MANIFEST,
                SOURCES,
                TRADE.replace("source_id,flag,note", "source_id,flag,note,publisher")
                        .replaceAll("(?m)^(AAA.*)$", "$1,x"),
                POINTS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.HEADER);
            assertThat(p.message()).contains("'publisher'");
        });
    }

    @Test
    void a_source_table_without_a_column_is_rejected(@TempDir Path dir) {
        InvalidDatasetException e =
                rejected(write(dir, MANIFEST, SOURCES.replace(",licence,note", ",note"), TRADE, POINTS));

        assertThat(e.problems())
                .filteredOn(p -> p.file().endsWith("sources.csv"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.rule()).isEqualTo(InputRule.HEADER);
                    assertThat(p.message()).contains("'licence'");
                });
    }

    @Test
    void a_file_named_gz_that_is_not_gzip_is_unreadable(@TempDir Path dir) throws IOException {
        write(dir, MANIFEST, SOURCES, TRADE, POINTS);
        Files.writeString(dir.resolve("trade.csv.gz"), TRADE);

        InvalidDatasetException e = rejected(dir);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.UNREADABLE_FILE);
            assertThat(p.file()).endsWith("trade.csv.gz");
            assertThat(p.message()).contains("gzip");
        });
    }

    @Test
    void a_truncated_gzip_file_is_unreadable(@TempDir Path dir) throws IOException {
        write(dir, MANIFEST, SOURCES, TRADE.repeat(1), POINTS);
        byte[] whole = Files.readAllBytes(dir.resolve("trade.csv.gz"));
        Files.write(dir.resolve("trade.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        InvalidDatasetException e = rejected(dir);

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(InputRule.UNREADABLE_FILE));
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                Arguments.of(
                        "signed not a boolean",
                        MANIFEST.replace("signed: true", "signed: maybe"),
                        InputRule.INVALID_VALUE,
                        9),
                Arguments.of(
                        "publisher preferred twice",
                        MANIFEST.replace(
                                "[Alpha statistics bureau, Monetary fund]",
                                "[Alpha statistics bureau, Monetary fund, Alpha statistics bureau]"),
                        DatasetRule.DUPLICATE_DECLARATION,
                        6),
                Arguments.of(
                        "preference not a list",
                        MANIFEST.replace("[Alpha statistics bureau, Monetary fund]", "Monetary fund"),
                        InputRule.INVALID_VALUE,
                        6),
                Arguments.of(
                        "file outside the folder",
                        MANIFEST.replace("common/points.csv", "../points.csv"),
                        InputRule.INVALID_VALUE,
                        5),
                Arguments.of(
                        "source table listed as figures",
                        MANIFEST.replace("common/points.csv", "sources.csv"),
                        InputRule.INVALID_VALUE,
                        5),
                Arguments.of(
                        "byCountry outside the folder", MANIFEST + "byCountry: /tmp\n", InputRule.INVALID_VALUE, 14));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void each_broken_manifest_addition_is_reported_with_its_line(
            String name, String manifest, Rule rule, int line, @TempDir Path dir) {
        assertThat(manifest).isNotEqualTo(MANIFEST);

        InvalidDatasetException e = rejected(write(dir, manifest, SOURCES, TRADE, POINTS));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.file()).endsWith("manifest.yaml");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void a_negative_value_in_a_long_file_is_refused_on_an_unsigned_dimension(@TempDir Path dir) {
        InvalidDatasetException e =
                rejected(write(dir, MANIFEST.replace(", signed: true", ""), SOURCES, TRADE, POINTS));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.NEGATIVE_VALUE);
            assertThat(p.file()).endsWith("points.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(31);
        });
    }

    // ---------------------------------------------------------------- per-country files

    static Path perCountry(Path dir) throws IOException {
        write(dir, MANIFEST.replace("trade.csv.gz, ", "") + "byCountry: by-country\n", SOURCES, TRADE, POINTS);
        Files.delete(dir.resolve("trade.csv.gz"));
        gzip(dir.resolve("by-country/AAA.csv.gz"), TRADE);
        gzip(dir.resolve("by-country/BBB.csv.gz"), """
                reporter,partner,dimension,year,value,unit,source_id,flag,note
                BBB,AAA,exports,2019,7,USD_M,fund-x,,
                """);
        return dir;
    }

    @Test
    void loading_one_country_reads_the_listed_files_and_that_country_s_file_only(@TempDir Path dir) throws Exception {
        perCountry(dir);
        Files.writeString(dir.resolve("by-country/BBB.csv.gz"), "not gzip, and never opened");

        World world = DatasetLoader.load(new DatasetFiles.Folder(dir), "AAA");

        assertThat(world.value("AAA", "BBB", "exports", 2019, BasisChoice.REPORTER))
                .hasValue(42);
        assertThat(world.value("AAA", "AAA", "unga_ideal_point", 2019, BasisChoice.REPORTER))
                .hasValue(-0.75);
        assertThat(world.reporters()).containsExactly("AAA");
    }

    @Test
    void a_country_without_a_file_loads_the_common_files(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(new DatasetFiles.Folder(perCountry(dir)), "WLD");

        assertThat(world.allTies()).extracting(Tie::dimension).containsExactly("unga_ideal_point");
    }

    @Test
    void loading_the_whole_folder_reads_every_country_file(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(perCountry(dir));

        assertThat(world.reporters()).containsExactly("AAA", "BBB");
    }
}
