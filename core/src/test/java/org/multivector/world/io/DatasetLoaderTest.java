package org.multivector.world.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;
import org.multivector.world.Basis;
import org.multivector.world.World;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetLoaderTest {

    static final String MANIFEST = TinyDataset.text("manifest.yaml");
    static final String FIGURES = TinyDataset.text("figures.csv");
    /** Line 2 of figures.csv, the first figure. */
    static final String FIRST_ROW =
            "AAA,WLD,exports,2021,100,USD_M,reporter,Test office,\"Trade, all partners\",2022,https://example.org/t,true,";

    @Test
    void a_valid_dataset_loads_every_figure_with_its_source(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));

        assertThat(world.ties()).hasSize(10);
        assertThat(world.info().name()).isEqualTo("tiny");
        assertThat(world.info().focal()).isEqualTo("AAA");
        assertThat(world.actor("BL").orElseThrow().hasMember("CCC", 2021)).isFalse();
        assertThat(world.actor("BL").orElseThrow().hasMember("DDD", 2021)).isTrue();
        assertThat(world.actor("BBB").orElseThrow().cowCode()).hasValue(2);
        var mirror = world.tie("AAA", "BBB", "exports", 2021, Basis.MIRROR).orElseThrow();
        assertThat(mirror.value()).isEqualTo(55);
        assertThat(mirror.source().publisher()).isEqualTo("Beta customs");
        assertThat(mirror.note()).isEqualTo("partner's imports, CIF");
    }

    static Stream<Arguments> brokenFigures() {
        String row = FIRST_ROW;
        return Stream.of(
                Arguments.of("unknown reporter", row.replaceFirst("^AAA", "XYZ"), DatasetRule.UNKNOWN_ACTOR, 1),
                Arguments.of("unknown partner", row.replace("AAA,WLD", "AAA,QQQ"), DatasetRule.UNKNOWN_ACTOR, 5),
                Arguments.of("unknown dimension", row.replace("exports", "export"), DatasetRule.UNKNOWN_DIMENSION, 9),
                Arguments.of("year not a number", row.replace(",2021,", ",20x1,"), InputRule.NOT_A_NUMBER, 17),
                Arguments.of("year out of range", row.replace(",2021,", ",2019,"), DatasetRule.YEAR_OUT_OF_RANGE, 17),
                Arguments.of("value not a number", row.replace(",100,", ",1e,"), InputRule.NOT_A_NUMBER, 22),
                Arguments.of("negative value", row.replace(",100,", ",-100,"), InputRule.NEGATIVE_VALUE, 22),
                Arguments.of("unit mismatch", row.replace("USD_M", "EUR_M"), DatasetRule.UNIT_MISMATCH, 26),
                Arguments.of("bad basis", row.replace("reporter,Test", "ours,Test"), InputRule.INVALID_VALUE, 32),
                Arguments.of("missing publisher", row.replace("Test office", ""), DatasetRule.MISSING_SOURCE, 41),
                Arguments.of("missing url", row.replace("https://example.org/t", ""), DatasetRule.MISSING_SOURCE, 80),
                Arguments.of("missing source year", row.replace(",2022,", ",,"), DatasetRule.MISSING_SOURCE, 75),
                Arguments.of("bad assumption flag", row.replace(",true,", ",yes,"), InputRule.INVALID_VALUE, 102),
                Arguments.of("too few fields", "AAA,WLD,exports,2021,100", InputRule.FIELD_COUNT, 1),
                Arguments.of(
                        "broken quoting",
                        row.replace("\"Trade, all partners\"", "\"Trade\" all"),
                        InputRule.UNREADABLE_FILE,
                        60),
                Arguments.of(
                        "monadic partner",
                        "AAA,BBB,gdp,2021,500,USD_M,reporter,Bank,GDP,2022,https://example.org/g,true,",
                        DatasetRule.MONADIC_PARTNER,
                        5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFigures")
    void each_broken_figure_is_reported_with_file_line_column_and_rule(
            String name, String brokenRow, Rule rule, int column, @TempDir Path dir) {
        String figures = FIGURES.replace(FIRST_ROW, brokenRow);
        assertThat(figures).isNotEqualTo(FIGURES);
        TinyDataset.write(dir, MANIFEST, figures);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e).as("the dataset must be rejected").isNotNull();
        assertThat(e.problems()).hasSize(1);
        Problem problem = e.problems().getFirst();
        assertThat(problem.rule()).isEqualTo(rule);
        assertThat(problem.file()).isEqualTo(dir.resolve("figures.csv").toString());
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.format())
                .startsWith(dir.resolve("figures.csv") + ":2:" + (column > 0 ? column + ":" : ""))
                .contains("[" + rule.id() + "]");
    }

    @Test
    void a_figure_given_twice_is_a_duplicate_naming_the_first(@TempDir Path dir) {
        TinyDataset.write(dir, MANIFEST, FIGURES + FIRST_ROW.replace(",100,", ",101,") + "\n");

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(DatasetRule.DUPLICATE_FIGURE);
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("figures.csv:2");
        });
    }

    @Test
    void the_same_pair_on_reporter_and_mirror_basis_is_not_a_duplicate(@TempDir Path dir) throws Exception {
        World world = DatasetLoader.load(TinyDataset.copyTo(dir));
        assertThat(world.tie("AAA", "BBB", "exports", 2021, Basis.REPORTER)).isPresent();
        assertThat(world.tie("AAA", "BBB", "exports", 2021, Basis.MIRROR)).isPresent();
    }

    @Test
    void every_problem_is_reported_in_one_pass_and_nothing_is_kept(@TempDir Path dir) {
        String figures = FIGURES.replace(FIRST_ROW, FIRST_ROW.replace("USD_M", "EUR_M"))
                + "AAA,ZZZ,exports,2021,-3,USD_M,reporter,,T,2022,https://example.org,false,\n";
        TinyDataset.write(dir, MANIFEST, figures);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems())
                .extracting(Problem::rule)
                .containsExactly(
                        DatasetRule.UNIT_MISMATCH,
                        DatasetRule.UNKNOWN_ACTOR,
                        InputRule.NEGATIVE_VALUE,
                        DatasetRule.MISSING_SOURCE);
        assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 12, 12, 12);
        assertThat(e.getMessage()).startsWith("4 problems in the dataset:");
    }

    @Test
    void a_header_without_a_required_column_is_rejected(@TempDir Path dir) {
        TinyDataset.write(
                dir,
                MANIFEST,
                FIGURES.replaceFirst(",note\n", "\n")
                        .replaceAll(",true,\\n", ",true\n")
                        .replaceAll(",true,bloc total\\n", ",true\n")
                        .replaceAll(",true,\"partner's imports, CIF\"\\n", ",true\n"));

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.HEADER);
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'note'");
        });
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_with_the_offending_byte(@TempDir Path dir) throws Exception {
        TinyDataset.copyTo(dir);
        byte[] latin1 = FIGURES.replace("Test office", "Bureau national de la statistique, Kasachstan \u00e9t\u00e9")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("figures.csv"), latin1);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.ENCODING);
            assertThat(p.place()).isInstanceOf(org.multivector.input.Place.Bytes.class);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("byte 0xE9", "UTF-8");
        });
    }

    @Test
    void a_manifest_starting_with_byte_0xFF_names_the_file_the_offset_and_the_encoding_rule(@TempDir Path dir)
            throws Exception {
        TinyDataset.copyTo(dir);
        byte[] text = MANIFEST.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        bad[0] = (byte) 0xFF;
        System.arraycopy(text, 0, bad, 1, text.length);
        Files.write(dir.resolve("manifest.yaml"), bad);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.format())
                    .startsWith(dir.resolve("manifest.yaml")
                            + ":1 (byte 0): [encoding] byte 0xFF at offset 0 is not UTF-8");
            assertThat(p.message()).doesNotContain("MalformedInputException");
        });
    }

    @Test
    void a_misspelt_manifest_key_is_reported_at_its_own_line_with_the_key_it_probably_is(@TempDir Path dir) {
        TinyDataset.write(dir, MANIFEST.replace("years:", "yeras:"), FIGURES);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        int line = MANIFEST.substring(0, MANIFEST.indexOf("years:")).split("\n", -1).length;
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.UNKNOWN_KEY);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("unknown key 'yeras' in the manifest\nMaybe years?");
        });
    }

    @Test
    void a_misspelt_key_inside_an_actor_is_reported_too(@TempDir Path dir) {
        TinyDataset.write(dir, MANIFEST.replace("code: DDD", "cdoe: DDD"), FIGURES);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.UNKNOWN_KEY);
            assertThat(p.message()).isEqualTo("unknown key 'cdoe' in an actor\nMaybe code?");
        });
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                Arguments.of(
                        "unknown actor kind",
                        MANIFEST.replace("kind: small_state", "kind: tiny_state"),
                        InputRule.INVALID_VALUE,
                        17),
                Arguments.of(
                        "actor declared twice",
                        MANIFEST.replace("code: DDD", "code: CCC"),
                        DatasetRule.DUPLICATE_DECLARATION,
                        17),
                Arguments.of("missing version", MANIFEST.replace("version: \"1\"\n", ""), InputRule.MISSING_FIELD, 0),
                Arguments.of(
                        "bad dimension kind",
                        MANIFEST.replace("kind: monadic", "kind: single"),
                        InputRule.INVALID_VALUE,
                        11),
                Arguments.of(
                        "unknown bloc member",
                        MANIFEST.replace("{code: DDD, from: 2000}", "{code: EEE, from: 2000}"),
                        DatasetRule.UNKNOWN_ACTOR,
                        23),
                Arguments.of("invalid code", MANIFEST.replace("code: AAA", "code: aaa"), InputRule.INVALID_VALUE, 14),
                Arguments.of(
                        "yaml syntax",
                        MANIFEST.replace("years: {from: 2020, to: 2022}", "years: {from: 2020, to: 2022"),
                        InputRule.UNREADABLE_FILE,
                        0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void each_broken_manifest_is_reported_with_its_line(
            String name, String manifest, Rule rule, int line, @TempDir Path dir) {
        assertThat(manifest).isNotEqualTo(MANIFEST);
        TinyDataset.write(dir, manifest, FIGURES);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(dir));

        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(rule);
            assertThat(p.file()).endsWith("manifest.yaml");
            if (line > 0) {
                assertThat(p.line()).isEqualTo(line);
                assertThat(p.column()).isPositive();
            }
        });
    }

    @Test
    void a_missing_manifest_says_what_a_dataset_folder_needs(@TempDir Path dir) {
        assertThatThrownBy(() -> DatasetLoader.load(dir))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("manifest.yaml");
    }
}
