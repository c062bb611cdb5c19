package org.multivector.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.DatasetRule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.multivector.imports.Fixtures.file;
import static org.multivector.imports.Fixtures.kaz;
import static org.multivector.imports.Fixtures.value;

class ComtradeImportTest {

    private final DatasetImporter importer = DatasetImporter.standard();

    @TempDir
    Path temp;

    private World importKaz(ImportOptions options) throws Exception {
        Path dir = temp.resolve("kaz");
        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, options);
        return DatasetLoader.load(dir);
    }

    @Test
    void importsReporterFiguresInMillionsWithTheWorldTotal() throws Exception {
        World world = importKaz(kaz());
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
        assertThat(value(world, "KAZ", "WLD", "exports", 2022, Basis.REPORTER)).hasValue(84393.5);
        assertThat(value(world, "KAZ", "RUS", "imports", 2022, Basis.REPORTER)).hasValue(17400);
        // 842 is Comtrade's number for the United States
        assertThat(value(world, "KAZ", "USA", "exports", 2022, Basis.REPORTER)).hasValue(2100);
        assertThat(world.info().focal()).isEqualTo("KAZ");
        assertThat(world.actor("WLD")).isPresent();
        assertThat(world.dimension("exports").orElseThrow().unit()).isEqualTo("USD_M");
    }

    @Test
    void turnsPartnerReportsAboutTheFocalCountryIntoMirrorFigures() throws Exception {
        World world = importKaz(kaz());
        // China's imports from Kazakhstan are Kazakhstan's exports to China, seen from China
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.MIRROR)).hasValue(15300);
        assertThat(value(world, "KAZ", "CHN", "imports", 2022, Basis.MIRROR)).hasValue(16300);
        assertThat(value(world, "KAZ", "USA", "exports", 2022, Basis.MIRROR)).hasValue(2500);
        // the two sides stay two sourced figures
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
        // and the partner keeps its own reporter figure
        assertThat(value(world, "CHN", "KAZ", "imports", 2022, Basis.REPORTER)).hasValue(15300);
        // only partners' reports about the focal country are mirrored by default
        assertThat(value(world, "CHN", "KAZ", "imports", 2022, Basis.MIRROR)).isEmpty();
    }

    @Test
    void mirrorsEveryPairOrNoneWhenAsked() throws Exception {
        World all = importKaz(kaz().withMirror(ImportOptions.MirrorMode.ALL));
        assertThat(value(all, "CHN", "KAZ", "imports", 2022, Basis.MIRROR)).hasValue(13200);
        World none = DatasetLoader.load(run(kaz().withMirror(ImportOptions.MirrorMode.NONE), "none"));
        assertThat(none.ties()).noneMatch(t -> t.basis() == Basis.MIRROR);
    }

    @Test
    void citesDatabaseFileDownloadDateAndLicenceOnEveryFigure() throws Exception {
        World world = importKaz(kaz());
        assertThat(world.ties()).allSatisfy(tie -> {
            assertThat(tie.source().publisher()).isEqualTo("United Nations Statistics Division");
            assertThat(tie.source().title())
                    .contains("UN Comtrade Database", "comtrade-kaz-2022.csv", "downloaded 2024-03-11", "licence");
            assertThat(tie.source().url()).startsWith("https://comtradeplus.un.org");
            assertThat(tie.source().year()).isEqualTo(2024);
        });
    }

    @Test
    void setsAsideValidRowsItDoesNotImportAndSaysWhy() throws Exception {
        ImportReport report =
                importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), temp.resolve("d"), kaz());
        assertThat(report.rowsRead()).isEqualTo(13);
        assertThat(report.setAside())
                .containsEntry("commodity detail rows (only cmdCode TOTAL, all commodities, is imported)", 1L)
                .containsEntry("rows of flow 'RX' (only X exports and M imports are imported)", 1L);
        assertThat(report.setAside().keySet()).anyMatch(reason -> reason.contains("Areas, nes"));
        assertThat(report.figuresWritten()).isEqualTo(10 + 3);
        assertThat(report.files()).containsExactly("comtrade-kaz-2022.csv");
    }

    @Test
    void refusesAFileWithoutAColumnItNeedsAndWritesNothing() {
        Path dir = temp.resolve("new");
        assertThatThrownBy(() ->
                        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-missing-column.csv")), dir, kaz()))
                .isInstanceOfSatisfying(ImportFailedException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.rule()).isEqualTo(InputRule.HEADER);
                        assertThat(p.line()).isEqualTo(1);
                        assertThat(p.message()).contains("primaryValue");
                    });
                });
        assertThat(dir).doesNotExist();
    }

    @Test
    void refusesBrokenRowsNamingLineAndColumn() {
        Path dir = temp.resolve("new");
        assertThatThrownBy(
                        () -> importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-bad-rows.csv")), dir, kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .satisfiesExactly(
                                        p -> {
                                            assertThat(p.rule()).isEqualTo(InputRule.NOT_A_NUMBER);
                                            assertThat(p.line()).isEqualTo(4);
                                            assertThat(p.column()).isGreaterThan(1);
                                            assertThat(p.message()).contains("8,800,000,000", "thousands separator");
                                        },
                                        p -> {
                                            assertThat(p.rule()).isEqualTo(DatasetRule.UNKNOWN_ACTOR);
                                            assertThat(p.line()).isEqualTo(5);
                                            assertThat(p.message()).contains("999", "ZZZ");
                                        }));
        assertThat(dir).doesNotExist();
    }

    @Test
    void leniencySkipsBadRowsAndReportsEach() throws Exception {
        Path dir = temp.resolve("lenient");
        ImportReport report = importer.run(
                ImportFormat.COMTRADE, List.of(file("comtrade-bad-rows.csv")), dir, kaz().withLenient(true));
        assertThat(report.skippedCount()).isEqualTo(2);
        assertThat(report.skipped()).extracting(Problem::line).containsExactly(4, 5);
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2022, Basis.REPORTER)).hasValue(13200);
        assertThat(value(world, "KAZ", "RUS", "exports", 2022, Basis.REPORTER)).isEmpty();
    }

    @Test
    void refusesAShortRow() {
        assertThatThrownBy(() -> importer.run(
                        ImportFormat.COMTRADE, List.of(file("comtrade-short-row.csv")), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p)
                                        .extracting(Problem::rule, Problem::line)
                                        .containsExactly(InputRule.FIELD_COUNT, 3)));
    }

    @Test
    void refusesBytesOfAnotherEncodingAndNamesTheFix() throws Exception {
        assertThatThrownBy(() -> importer.run(
                        ImportFormat.COMTRADE, List.of(file("comtrade-latin1.csv")), temp.resolve("x"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.rule()).isEqualTo(InputRule.UNREADABLE_FILE);
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.message()).contains("--encoding");
                        }));
        ImportReport report = importer.run(
                ImportFormat.COMTRADE,
                List.of(file("comtrade-latin1.csv")),
                temp.resolve("y"),
                kaz().withCharset(StandardCharsets.ISO_8859_1));
        assertThat(report.figuresWritten()).isEqualTo(2);
    }

    @Test
    void writesPlainTidyRows() throws Exception {
        Path dir = run(kaz(), "plain");
        List<String> lines = Files.readAllLines(dir.resolve("comtrade-kaz-2022.csv"));
        assertThat(lines.getFirst()).isEqualTo(String.join(",", DatasetLoader.COLUMNS) + ",flag");
        assertThat(lines)
                .anyMatch(l ->
                        l.startsWith("KAZ,CHN,exports,2022,13200,USD_M,reporter,United Nations Statistics Division,"));
        assertThat(lines).anyMatch(l -> l.startsWith("KAZ,WLD,exports,2022,84393.5,USD_M,reporter,"));
    }

    @Test
    void fallsBackOnComtradeNumbersWhenTheIsoColumnsAreEmpty() throws Exception {
        // the Comtrade API may leave reporterISO and partnerISO empty: 842 is then the United States by Comtrade's own
        // number
        List<String> lines = Files.readAllLines(file("comtrade-kaz-2022.csv"));
        List<String> header = List.of(lines.getFirst().split(","));
        int reporterIso = header.indexOf("reporterISO");
        int partnerIso = header.indexOf("partnerISO");
        StringBuilder text = new StringBuilder(lines.getFirst()).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            fields[reporterIso] = "";
            fields[partnerIso] = "";
            text.append(String.join(",", fields)).append('\n');
        }
        Path noIso = temp.resolve("TradeData_no_iso.csv");
        Files.writeString(noIso, text);
        Path dir = temp.resolve("noiso");
        importer.run(ImportFormat.COMTRADE, List.of(noIso), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "USA", "exports", 2022, Basis.REPORTER)).hasValue(2100);
        assertThat(value(world, "KAZ", "USA", "exports", 2022, Basis.MIRROR)).hasValue(2500);
        assertThat(value(world, "KAZ", "WLD", "imports", 2022, Basis.REPORTER)).hasValue(50300);
    }

    @Test
    void readsTheLegacyComtradeLayout() throws Exception {
        Path legacy = temp.resolve("comtrade-legacy.csv");
        Files.writeString(legacy, """
                Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Trade Value (US$)
                HS,2015,2015,2015,0,0,2,Export,398,Kazakhstan,KAZ,0,World,WLD,TOTAL,All Commodities,45955800000
                HS,2015,2015,2015,0,0,2,Export,398,Kazakhstan,KAZ,156,China,CHN,TOTAL,All Commodities,5480000000
                HS,2015,2015,2015,0,0,1,Import,398,Kazakhstan,KAZ,643,Russian Federation,RUS,TOTAL,All Commodities,10530000000
                """);
        Path dir = temp.resolve("legacy");
        importer.run(ImportFormat.COMTRADE, List.of(legacy), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2015, Basis.REPORTER)).hasValue(5480);
        assertThat(value(world, "KAZ", "RUS", "imports", 2015, Basis.REPORTER)).hasValue(10530);
        assertThat(value(world, "KAZ", "WLD", "exports", 2015, Basis.REPORTER)).hasValue(45955.8);
    }

    private Path run(ImportOptions options, String name) throws Exception {
        Path dir = temp.resolve(name);
        importer.run(ImportFormat.COMTRADE, List.of(file("comtrade-kaz-2022.csv")), dir, options);
        return dir;
    }
}
