package org.multivector.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared input layer: places, rendering, strict UTF-8, size limits, typed YAML and CSV access. */
class InputLayerTest {

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aProblemIsPrintedLikeACompilerMessageWhateverItsPlace() {
        assertThat(new Problem("m.yaml", 3, 5, InputRule.UNKNOWN_KEY, "unknown key").format())
                .isEqualTo("m.yaml:3:5: [unknown-key] unknown key");
        assertThat(Problem.ofFile("m.yaml", InputRule.UNREADABLE_FILE, "empty").format())
                .isEqualTo("m.yaml: [unreadable-file] empty");
        assertThat(Problem.atCell("t.xlsx", "Exports", 12, 3, InputRule.NOT_A_NUMBER, "x")
                        .format())
                .isEqualTo("t.xlsx:Exports!C12: [not-a-number] x");
        assertThat(new Problem("m.yaml", new Place.Bytes(0, 1), InputRule.ENCODING, "bad").format())
                .isEqualTo("m.yaml:1 (byte 0): [encoding] bad");
        assertThat(Place.Cell.columnLetters(27)).isEqualTo("AA");
        assertThat(Place.Cell.columnLetters(26)).isEqualTo("Z");
    }

    @Test
    void theRendererListsProblemsAsTextAndAsJson() {
        List<Problem> problems = List.of(
                new Problem("a.csv", 2, 1, InputRule.FIELD_COUNT, "short row\nMaybe quote it."),
                Problem.atCell("b.xlsx", "S", 4, 2, InputRule.NOT_A_NUMBER, "x"));
        String nl = System.lineSeparator();
        assertThat(ProblemRenderer.text("the dataset", problems))
                .isEqualTo("2 problems in the dataset:" + nl
                        + "  a.csv:2:1: [field-count] short row" + nl + "    Maybe quote it." + nl
                        + "  b.xlsx:S!B4: [not-a-number] x");
        assertThat(ProblemRenderer.json(problems))
                .contains("\"rule\":\"field-count\"", "\"line\":2", "\"cell\":\"S!B4\"", "\"sheet\":\"S\"");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirOffsetAndTheEncodingRule() {
        List<Problem> problems = new ArrayList<>();
        byte[] manifest = {(byte) 0xFF, 'a', ':', ' ', '1', '\n'};
        assertThat(YamlReader.read(new ByteArrayInputStream(manifest), "manifest.yaml", problems))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.ENCODING);
            assertThat(p.place()).isEqualTo(new Place.Bytes(0, 1));
            assertThat(p.message())
                    .startsWith("byte 0xFF at offset 0 is not UTF-8")
                    .doesNotContain("MalformedInput");
        });
    }

    @Test
    void aBadByteFurtherInACsvFileNamesItsLineAndOffset() throws Exception {
        byte[] text = "a,b\n1,2\n3,\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        List<Problem> problems = new ArrayList<>();
        try (CsvTable table =
                CsvTable.open(new ByteArrayInputStream(text), "f.csv", CsvColumns.required("a", "b"), problems)) {
            assertThat(table.next()).isNotNull();
            assertThat(table.next()).isNull();
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.ENCODING);
            assertThat(p.place()).isEqualTo(new Place.Bytes(10, 3));
        });
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsParsed() {
        List<Problem> problems = new ArrayList<>();
        String big = "k: " + "x".repeat(2000) + "\n";
        assertThat(YamlReader.read(bytes(big), "big.yaml", problems, new ReadLimits(1024, 512, 1024)))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.TOO_LARGE);
            assertThat(p.message()).contains("1 KiB");
        });
    }

    @Test
    void aYamlValueAboveTheScalarLimitIsRefused() {
        List<Problem> problems = new ArrayList<>();
        String text = "k: " + "x".repeat(5000) + "\n";
        assertThat(YamlReader.read(bytes(text), "v.yaml", problems, new ReadLimits(1 << 20, 1000, 1024)))
                .isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.TOO_LARGE);
            assertThat(p.line()).isEqualTo(1);
        });
    }

    @Test
    void aFoldedValueAboveTheScalarLimitIsRefusedAfterParsing() {
        List<Problem> problems = new ArrayList<>();
        String text = "k: >\n" + ("  " + "x".repeat(90) + "\n").repeat(50);
        assertThat(YamlReader.read(bytes(text), "v.yaml", problems, new ReadLimits(1 << 20, 1000, 1024)))
                .isNull();
        assertThat(problems).singleElement().extracting(Problem::rule).isEqualTo(InputRule.TOO_LARGE);
    }

    @Test
    void aMisspeltKeyIsReportedAtItsOwnLineWithTheNearestKnownKey() {
        List<Problem> problems = new ArrayList<>();
        YamlInput yaml = new YamlInput("m.yaml", problems);
        YamlNode.Mapping top = (YamlNode.Mapping)
                YamlReader.read(new StringReader("name: x\nyeras: {from: 1, to: 2}\n"), "m.yaml", problems);
        yaml.onlyKeys(top, List.of("name", "years", "focal"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.rule()).isEqualTo(InputRule.UNKNOWN_KEY);
            assertThat(p.message()).isEqualTo("unknown key 'yeras'\nMaybe years?");
        });
    }

    @Test
    void typedYamlAccessorsReportTheValueWhereItStands() {
        List<Problem> problems = new ArrayList<>();
        YamlInput yaml = new YamlInput("s.yaml", problems);
        YamlNode.Mapping top = (YamlNode.Mapping) YamlReader.read(
                new StringReader("n: 3\nx: 2.5\nbad: three\nflag: true\nstep: quartr\nlist: [a, b]\n"),
                "s.yaml",
                problems);
        assertThat(yaml.integer(top, "n", true)).isEqualTo(3);
        assertThat(yaml.number(top, "x", true)).isEqualTo(2.5);
        assertThat(yaml.bool(top, "flag", true)).isTrue();
        assertThat(yaml.strings(top, "list", true)).containsExactly("a", "b");
        assertThat(problems).isEmpty();
        assertThat(yaml.integer(top, "bad", true)).isNull();
        assertThat(yaml.choice(top, "step", Map.of("quarter", 4, "year", 1), true))
                .isNull();
        assertThat(yaml.string(top, "absent", true)).isNull();
        assertThat(yaml.string(top, "optional", false)).isNull();
        assertThat(problems)
                .extracting(Problem::line, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, InputRule.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(5, InputRule.INVALID_VALUE),
                        org.assertj.core.groups.Tuple.tuple(1, InputRule.MISSING_FIELD));
        assertThat(problems.get(1).message()).endsWith("Maybe quarter?");
    }

    @Test
    void aDuplicateYamlKeyIsReportedAtItsSecondPlace() {
        List<Problem> problems = new ArrayList<>();
        YamlReader.read(new StringReader("a: 1\nb: 2\na: 3\n"), "d.yaml", problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.rule()).isEqualTo(InputRule.DUPLICATE_KEY);
        });
    }

    @Test
    void aCsvTableChecksItsHeaderOnceAndItsFieldsWhereTheyStand() throws Exception {
        List<Problem> problems = new ArrayList<>();
        String text = "id,capacity,note\nA,10,x\n\nB,-1,y\nC,ten,z\nD,1\n";
        try (CsvTable table = CsvTable.open(
                bytes(text), "l.csv", CsvColumns.required("id", "capacity").optional("note", "kind"), problems)) {
            assertThat(table.ok()).isTrue();
            CsvRow row = table.next();
            assertThat(row.text("id")).isEqualTo("A");
            assertThat(row.nonNegative("capacity")).isEqualTo(10.0);
            assertThat(row.text("kind")).isEmpty();
            assertThat(table.next().nonNegative("capacity")).isNull();
            assertThat(table.next().nonNegative("capacity")).isNull();
            assertThat(table.next()).isNull();
        }
        assertThat(problems)
                .extracting(Problem::line, Problem::column, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, 3, InputRule.NEGATIVE_VALUE),
                        org.assertj.core.groups.Tuple.tuple(5, 3, InputRule.NOT_A_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(6, 1, InputRule.FIELD_COUNT));
    }

    @Test
    void aMisspeltHeaderColumnIsNamed() throws Exception {
        List<Problem> problems = new ArrayList<>();
        try (CsvTable table =
                CsvTable.open(bytes("id,capasity\nA,1\n"), "l.csv", CsvColumns.required("id", "capacity"), problems)) {
            assertThat(table.ok()).isFalse();
            assertThat(table.next()).isNull();
        }
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.HEADER);
            assertThat(p.message())
                    .isEqualTo("the header lacks the column 'capacity'\nMaybe 'capasity' should read 'capacity'.");
        });
    }

    @Test
    void anEmptyCsvFileOrOneWithoutAFinalNewlineIsReadWithoutCrashing() throws Exception {
        List<Problem> problems = new ArrayList<>();
        try (CsvTable table = CsvTable.open(bytes(""), "e.csv", CsvColumns.required("id"), problems)) {
            assertThat(table.next()).isNull();
        }
        assertThat(problems).singleElement().extracting(Problem::rule).isEqualTo(InputRule.UNREADABLE_FILE);
        problems.clear();
        try (CsvTable table = CsvTable.open(bytes("id\nA"), "n.csv", CsvColumns.required("id"), problems)) {
            assertThat(table.next().text("id")).isEqualTo("A");
            assertThat(table.next()).isNull();
            assertThat(table.next()).isNull();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void suggestionsOfferOnlyPlausibleTypos() {
        assertThat(Suggestions.closest("yeras", List.of("name", "years"))).contains("years");
        assertThat(Suggestions.closest("zzzzzz", List.of("name", "years"))).isEmpty();
        assertThat(Suggestions.maybe("zzzzzz", List.of("name", "years"))).isEqualTo("\nMaybe one of: name, years.");
    }
}
