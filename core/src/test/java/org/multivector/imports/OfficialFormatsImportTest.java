package org.multivector.imports;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.FigureFlag;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.DatasetRule;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.multivector.imports.Fixtures.DOWNLOADED;
import static org.multivector.imports.Fixtures.file;
import static org.multivector.imports.Fixtures.kaz;
import static org.multivector.imports.Fixtures.value;

/** The official-statistics readers: IMF DOTS workbooks, BNS tables, SIPRI's 2025 register, WDI's long CSV, UNGA ideal points. */
class OfficialFormatsImportTest {

    private final DatasetImporter importer = DatasetImporter.standard();
    private final ImportOptions inferFocal = ImportOptions.defaults(null, DOWNLOADED);

    @TempDir
    Path temp;

    private static void cells(Sheet sheet, int row, Object... values) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                r.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                r.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private Path save(Workbook workbook, String name) throws Exception {
        Path path = temp.resolve(name);
        try (workbook;
                OutputStream out = Files.newOutputStream(path)) {
            workbook.write(out);
        }
        return path;
    }

    /** A DOTS export in the data.imf.org layout: title B2, reporter B4, unit B5, years from C7. */
    private Path dotsWorkbook(String reporter) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        String[][] sheets = {
            {"Exports, FOB", "Exports, FOB to Partner Countries"},
            {"Imports, CIF", "Imports, CIF from Partner Countries"}
        };
        for (int s = 0; s < 2; s++) {
            Sheet sheet = workbook.createSheet(sheets[s][0]);
            cells(sheet, 1, null, sheets[s][1]);
            cells(sheet, 3, null, reporter);
            cells(sheet, 4, null, "US Dollars, Millions");
            cells(sheet, 6, null, null, "2019", "2020");
            cells(sheet, 7, null, "China, P.R.: Mainland", s == 0 ? 9000.5 : 8000, "0.14 e");
            cells(sheet, 8, null, "World", 58000, 47000);
            cells(sheet, 9, null, "Euro Area", 20000, 18000);
            cells(sheet, 10, null, "China, P.R.: Mainland", s == 0 ? 9000.5 : 8000, "0.14 e");
        }
        return save(workbook, "DOTS_103.xlsx");
    }

    @Test
    void imfDotsWorkbookKeepsEstimatesFlaggedAndInfersTheReporterAsFocal() throws Exception {
        Path dir = temp.resolve("kaz");
        ImportReport report =
                importer.run(ImportFormat.IMF_DOTS, List.of(dotsWorkbook("Kazakhstan, Rep. of")), dir, inferFocal);
        World world = DatasetLoader.load(dir);
        assertThat(world.info().focal()).isEqualTo("KAZ");
        assertThat(value(world, "KAZ", "CHN", "exports", 2019, Basis.REPORTER)).hasValue(9000.5);
        assertThat(value(world, "KAZ", "WLD", "imports", 2020, Basis.REPORTER)).hasValue(47000);
        Tie estimate = world.tie("KAZ", "CHN", "imports", 2020, Basis.REPORTER).orElseThrow();
        assertThat(estimate.value()).isEqualTo(0.14);
        assertThat(estimate.flag()).isEqualTo(FigureFlag.ESTIMATE);
        assertThat(world.tie("KAZ", "CHN", "exports", 2019, Basis.REPORTER)
                        .orElseThrow()
                        .flag())
                .isEqualTo(FigureFlag.NONE);
        assertThat(estimate.source().publisher()).isEqualTo("International Monetary Fund");
        assertThat(report.setAside().keySet())
                .anyMatch(r -> r.contains("aggregates"))
                .anyMatch(r -> r.contains("second time"));
    }

    @Test
    void imfDotsWorkbookOfAPartnerGivesMirrorFiguresAboutTheFocalCountry() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String[] s : new String[][] {
            {"Exports, FOB", "Exports, FOB to Partner Countries"},
            {"Imports, CIF", "Imports, CIF from Partner Countries"}
        }) {
            Sheet sheet = workbook.createSheet(s[0]);
            cells(sheet, 1, null, s[1]);
            cells(sheet, 3, null, "China, P.R.: Mainland");
            cells(sheet, 4, null, "US Dollars, Millions");
            cells(sheet, 6, null, null, "2019");
            cells(sheet, 7, null, "Kazakhstan, Rep. of", s[0].startsWith("Ex") ? 12700 : 9800);
        }
        Path dir = temp.resolve("chn");
        importer.run(ImportFormat.IMF_DOTS, List.of(save(workbook, "DOTS_46.xlsx")), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "CHN", "exports", 2019, Basis.MIRROR)).hasValue(9800);
        assertThat(value(world, "CHN", "KAZ", "exports", 2019, Basis.REPORTER)).hasValue(12700);
    }

    @Test
    void imfDotsWorkbookNamesTheCellOfABadValueAndAnUnknownPartner() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String[] s : new String[][] {
            {"Exports, FOB", "Exports, FOB to Partner Countries"},
            {"Imports, CIF", "Imports, CIF from Partner Countries"}
        }) {
            Sheet sheet = workbook.createSheet(s[0]);
            cells(sheet, 1, null, s[1]);
            cells(sheet, 3, null, "Kazakhstan, Rep. of");
            cells(sheet, 4, null, "US Dollars, Millions");
            cells(sheet, 6, null, null, "2019");
            cells(sheet, 7, null, "Atlantis", 5);
            cells(sheet, 8, null, "World", "n/a");
        }
        Path bad = save(workbook, "bad.xlsx");
        assertThatThrownBy(() -> importer.run(ImportFormat.IMF_DOTS, List.of(bad), temp.resolve("out"), kaz()))
                .isInstanceOfSatisfying(
                        ImportFailedException.class,
                        e -> assertThat(e.problems())
                                .anySatisfy(p -> {
                                    assertThat(p)
                                            .extracting(Problem::line, Problem::column, Problem::rule)
                                            .containsExactly(8, 2, DatasetRule.UNKNOWN_ACTOR);
                                    assertThat(p.message()).contains("sheet 'Exports, FOB' cell B8", "Atlantis");
                                })
                                .anySatisfy(p -> {
                                    assertThat(p)
                                            .extracting(Problem::line, Problem::column, Problem::rule)
                                            .containsExactly(9, 3, InputRule.NOT_A_NUMBER);
                                    assertThat(p.message()).contains("cell C9", "n/a");
                                }));
        assertThat(temp.resolve("out")).doesNotExist();
    }

    /** A BNS table as stat.gov.kz publishes it: a sheet per year, thousand US$, Russian names. */
    private Path bnsWorkbook(String name, int edition, double chinaTurnoverThousands) throws Exception {
        HSSFWorkbook workbook = new HSSFWorkbook();
        for (int year : new int[] {edition, edition - 1}) {
            Sheet sheet = workbook.createSheet("12_" + year);
            cells(sheet, 0, " Основные показатели внешней торговли Республики Казахстан");
            cells(sheet, 1, "за январь-декабрь " + year + " года");
            cells(sheet, 2, null, null, null, null, "тыс. долларов США");
            cells(sheet, 3, "Наименование", "Товарооборот", null, "Экспорт", null, "Импорт");
            cells(sheet, 4, null, "всего", "удельный вес", "всего", "удельный вес", "всего", "удельный вес");
            cells(sheet, 5, "Всего\nв том числе", 97774894.6, 100.0, 58065588.7, 100.0, 39709305.9, 100.0);
            cells(sheet, 6, "Страны ЕАЭС", 21703646.6, 22.2, 6406227.4, 11.0, 15297419.2, 38.5);
            cells(sheet, 7, "Европа", 1000, 0.1, 500, 0.1, 500, 0.1);
            cells(
                    sheet,
                    8,
                    "Китай",
                    chinaTurnoverThousands + year,
                    14.6,
                    8000000.0,
                    13.8,
                    chinaTurnoverThousands + year - 8000000.0,
                    16.2);
        }
        return save(workbook, name);
    }

    @Test
    void bnsTablesGiveTurnoverExportsAndImportsInMillionsFromTheNewestPublicationOfEachYear() throws Exception {
        Path older = bnsWorkbook("bns_2019.xls", 2019, 14000000.0);
        Path newer = bnsWorkbook("bns_2020.xls", 2020, 15000000.0);
        Path dir = temp.resolve("bns");
        ImportReport report = importer.run(ImportFormat.BNS_KAZ, List.of(older, newer), dir, inferFocal);
        World world = DatasetLoader.load(dir);
        assertThat(world.info().focal()).isEqualTo("KAZ");
        assertThat(value(world, "KAZ", "WLD", "trade", 2020, Basis.REPORTER)).hasValue(97774.8946);
        assertThat(value(world, "KAZ", "EAEU", "imports", 2018, Basis.REPORTER)).hasValue(15297.4192);
        // 2019 is in both editions: the 2020 edition (revised) wins
        assertThat(value(world, "KAZ", "CHN", "trade", 2019, Basis.REPORTER).orElseThrow())
                .isCloseTo(15002.019, within(1e-9));
        assertThat(value(world, "KAZ", "CHN", "trade", 2018, Basis.REPORTER).orElseThrow())
                .isCloseTo(14002.018, within(1e-9));
        Tie tie = world.tie("KAZ", "CHN", "trade", 2019, Basis.REPORTER).orElseThrow();
        assertThat(tie.source().title()).contains("January-December 2020 edition");
        assertThat(tie.note()).contains("thousand US$", "US$ millions");
        assertThat(report.setAside().keySet())
                .anyMatch(r -> r.contains("newer publication"))
                .anyMatch(r -> r.contains("regional aggregates"));
    }

    @Test
    void sipriRegister2025SumsDeliveriesPerYearAndSaysWhatAZeroMeans() throws Exception {
        Path dir = temp.resolve("sipri");
        ImportReport report =
                importer.run(ImportFormat.SIPRI_REGISTER, List.of(file("sipri-register-2025.csv")), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "RUS", "arms_imports", 2019, Basis.INDEPENDENT))
                .hasValue(220);
        assertThat(value(world, "KAZ", "RUS", "arms_imports", 2020, Basis.INDEPENDENT))
                .hasValue(50);
        assertThat(value(world, "KAZ", "WLD", "arms_imports", 2019, Basis.INDEPENDENT))
                .hasValue(223);
        Tie zero =
                world.tie("KAZ", "TUR", "arms_imports", 2019, Basis.INDEPENDENT).orElseThrow();
        assertThat(zero.value()).isZero();
        assertThat(zero.note()).contains("between 0 and 0.5");
        assertThat(world.ties()).noneMatch(t -> t.source().assumption());
        assertThat(report.setAside().keySet())
                .anyMatch(r -> r.contains("Non-state"))
                .anyMatch(r -> r.contains("no delivery identified"));
    }

    @Test
    void wdiLongCsvGivesGdpInMillionsAndSetsAggregatesAside() throws Exception {
        Path csv = Files.writeString(
                temp.resolve("gdp.csv"),
                "Country Name,Country Code,Year,Value\n"
                        + "Kazakhstan,KAZ,2022,225496455340.2\nArab World,ARB,2022,3000000000000\nWorld,WLD,2022,100880000000000\n");
        Path dir = temp.resolve("wdi");
        importer.run(ImportFormat.WDI, List.of(csv), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "KAZ", "KAZ", "gdp", 2022, Basis.REPORTER).orElseThrow())
                .isCloseTo(225496.4553402, within(1e-6));
        assertThat(value(world, "WLD", "WLD", "gdp", 2022, Basis.REPORTER)).hasValue(100880000);
        assertThat(world.actor("ARB")).isEmpty();
    }

    @Test
    void ungaGivesSignedIdealPointsAgreementAndDistanceKeepingTheSovietUnionDistinct() throws Exception {
        String header =
                "\"\",\"ccode\",\"session\",\"NVotesAll\",\"IdealPointAll\",\"iso3c\",\"Countryname\",\"USAgree\",\"RUSSAgree\",\"BrazilAgree\",\"ChinaAgree\",\"IndiaAgree\",\"IsraelAgree\"\n";
        Path csv = Files.writeString(
                temp.resolve("ideal.csv"),
                header
                        + "\"1\",2,1,42,1.5,\"USA\",\"United States\",1,0.2,0.6,NA,0.4,NA\n"
                        + "\"2\",365,1,40,-1.25,\"RUS\",\"Russia\",0.2,1,0.3,NA,0.5,NA\n"
                        + "\"3\",2,78,90,2.5,\"USA\",\"United States\",1,0.1,0.3,0.1,0.2,0.9\n"
                        + "\"4\",365,78,90,-1.5,\"RUS\",\"Russia\",0.1,1,0.6,0.8,0.6,0.1\n"
                        + "\"5\",705,78,90,-0.5,\"KAZ\",\"Kazakhstan\",0.2,0.7,0.7,0.8,0.7,0.2\n");
        Path dir = temp.resolve("unga");
        importer.run(ImportFormat.UNGA, List.of(csv), dir, kaz());
        World world = DatasetLoader.load(dir);
        assertThat(value(world, "SUN", "SUN", "unga_ideal_point", 1946, Basis.INDEPENDENT))
                .hasValue(-1.25);
        assertThat(value(world, "USA", "SUN", "unga_agreement", 1946, Basis.INDEPENDENT))
                .hasValue(0.2);
        assertThat(world.tie("RUS", "RUS", "unga_ideal_point", 1946, Basis.INDEPENDENT))
                .isEmpty();
        assertThat(value(world, "KAZ", "RUS", "unga_agreement", 2023, Basis.INDEPENDENT))
                .hasValue(0.7);
        assertThat(value(world, "KAZ", "USA", "unga_ideal_distance", 2023, Basis.INDEPENDENT))
                .hasValue(3.0);
        assertThat(value(world, "KAZ", "RUS", "unga_ideal_distance", 2023, Basis.INDEPENDENT))
                .hasValue(1.0);
        assertThat(world.dimension("unga_ideal_point").orElseThrow().signed()).isTrue();
        assertThat(world.tie("KAZ", "USA", "unga_ideal_distance", 2023, Basis.INDEPENDENT)
                        .orElseThrow()
                        .note())
                .contains("derived");
    }

    @ParameterizedTest
    @CsvSource({"imf-dots, x.xlsx", "bns-kaz, x.xls", "unga, x.csv", "sipri-register, x.csv", "wdi, x.csv"})
    void arbitraryBytesAreAProblemOfTheFileNeverAnInternalError(String format, String name) throws Exception {
        Random random = new Random(name.hashCode() ^ format.hashCode());
        for (int k = 0; k < 40; k++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            if (k % 2 == 0 && bytes.length > 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            Path path = Files.write(temp.resolve(k + name), bytes);
            ImportOptions options =
                    format.equals("imf-dots") || format.equals("bns-kaz") ? inferFocal.withCheck(true) : kaz();
            Path out = temp.resolve("out" + k);
            assertThatThrownBy(() -> importer.run(ImportFormat.fromId(format), List.of(path), out, options))
                    .isInstanceOf(ImportFailedException.class);
            assertThat(out).doesNotExist();
        }
    }
}
