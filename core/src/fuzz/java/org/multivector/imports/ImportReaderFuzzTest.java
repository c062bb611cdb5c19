package org.multivector.imports;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.multivector.fuzz.FuzzFolders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz targets for the importers' readers: the CSV readers (UN Comtrade, IMF DOTS, World Bank
 * WDI in both layouts, UN General Assembly ideal points, the SIPRI arms-transfer register) on raw
 * bytes, and the sheet and cell layer of the two workbook readers (IMF DOTS .xlsx, BNS Kazakhstan
 * .xls) on workbooks the fuzzer lays out. A reader must turn any input into figures or into problems
 * in its report (file, line, column, or sheet and cell): a target fails on <em>any</em> exception,
 * since bad bytes are the user's mistake and must never surface as an internal error. In the
 * normal build each target runs its committed corpus ({@code ImportReaderFuzzTestInputs/}) in
 * regression mode; {@code JAZZER_FUZZ=1} fuzzes (scripts/fuzz.sh runs every target in turn).
 *
 * <p>The CSV readers read the input from memory through {@link ReadContext.Opener}, exactly the
 * bytes a file would give them; the DOTS target writes its input to a file (on {@code /dev/shm}
 * when there is one), because the importer looks at a file's first bytes to choose between the
 * CSV and the workbook reader, and hands workbook bytes to POI as a file.
 */
class ImportReaderFuzzTest {

    static {
        try {
            // its static initialiser quiets POI's logging, as it does for the importer
            Class.forName(ExcelWorkbook.class.getName());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final Path INPUT = inputFile();
    private static final ImportOptions OPTIONS = ImportOptions.defaults("KAZ", LocalDate.of(2024, 3, 11));

    /** Texts the workbook readers look for, so the fuzzer reaches past the header checks. */
    private static final String[] DOTS_WORDS = {
        "Exports, FOB to Partner Countries",
        "Imports, CIF from Partner Countries",
        "Kazakhstan, Rep. of",
        "US Dollars, Millions",
        "China, P.R.: Mainland",
        "World",
        "Euro Area",
        "2019",
        "2020",
        "0.14 e",
        "1,234.5",
        "-1"
    };

    private static final String[] BNS_WORDS = {
        "2023",
        "12_2019",
        "тыс. долларов США",
        "Наименование",
        "Товарооборот",
        "Экспорт",
        "Импорт",
        "всего",
        "Всего\nв том числе",
        "Страны ЕАЭС",
        "Европа",
        "Китай",
        "Казахстан",
        "-",
        "1 234,5",
        "Дата опубликования: 15.02.2024"
    };

    @FuzzTest(maxDuration = "30s")
    void comtrade(byte[] input) throws IOException {
        readInMemory(ImportFormat.COMTRADE, input);
    }

    /** IMF DOTS as the importer meets it: the CSV reader, or the workbook reader for bytes that start like a workbook. */
    @FuzzTest(maxDuration = "30s")
    void imfDots(byte[] input) throws IOException {
        Files.write(INPUT, input);
        ReadContext ctx = context(ImportFormat.IMF_DOTS, INPUT, null);
        SourceReader.of(ImportFormat.IMF_DOTS, INPUT).read(ctx);
    }

    @FuzzTest(maxDuration = "30s")
    void wdi(byte[] input) throws IOException {
        readInMemory(ImportFormat.WDI, input);
    }

    @FuzzTest(maxDuration = "30s")
    void unga(byte[] input) throws IOException {
        readInMemory(ImportFormat.UNGA, input);
    }

    @FuzzTest(maxDuration = "30s")
    void sipriRegister(byte[] input) throws IOException {
        readInMemory(ImportFormat.SIPRI_REGISTER, input);
    }

    /**
     * The DOTS workbook reader on a workbook whose sheets, rows and cells the fuzzer chooses. The
     * cells are laid out in POI's {@code .xls} implementation of the {@link Workbook} interface, the
     * only view the reader has of a workbook ({@link ExcelWorkbook} opens an {@code .xlsx} file as the
     * same interface): an empty {@code .xlsx} workbook costs POI about 60 times as much to build per
     * input (118 inputs/s against 7,100 on one core), which would keep a campaign from 10⁷ inputs.
     * {@link #an_xlsx_workbook_laid_out_like_an_xls_one_reads_the_same} holds the two to one result.
     */
    @FuzzTest(maxDuration = "30s")
    void imfDotsWorkbook(FuzzedDataProvider data) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            lay(workbook, Choices.of(data), DOTS_WORDS, false);
            new ImfDotsWorkbookReader().read(context(ImportFormat.IMF_DOTS, Path.of("DOTS_103.xlsx"), null), workbook);
        }
    }

    /** The BNS reader on an .xls workbook (sheet names included) that the fuzzer chooses. */
    @FuzzTest(maxDuration = "30s")
    void bnsWorkbook(FuzzedDataProvider data) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            lay(workbook, Choices.of(data), BNS_WORDS, true);
            new BnsTradeReader().read(context(ImportFormat.BNS_KAZ, Path.of("bns.xls"), null), workbook);
        }
    }

    private static void readInMemory(ImportFormat format, byte[] input) throws IOException {
        Path file = Path.of("download.csv");
        SourceReader.of(format, file).read(context(format, file, () -> new ByteArrayInputStream(input)));
    }

    private static ReadContext context(ImportFormat format, Path file, ReadContext.Opener opener) {
        ImportReport report = new ImportReport(OPTIONS.lenient());
        ReadContext.FigureSink drop = (figure, name, line) -> {};
        return opener == null
                ? new ReadContext(CountryCodes.standard(), OPTIONS, report, format, file, "KAZ", new HashMap<>(), drop)
                : new ReadContext(
                        CountryCodes.standard(), OPTIONS, report, format, file, "KAZ", new HashMap<>(), drop, opener);
    }

    /**
     * Lays out up to 4 sheets of up to 40 rows of up to 8 cells from the fuzzer's data: blanks, texts
     * (one of {@code words} or any), numbers (any double, NaN and infinities included), booleans and
     * error cells, at row and column positions with gaps.
     */
    private static void lay(Workbook workbook, Choices data, String[] words, boolean nameSheets) {
        int sheets = data.consumeInt(0, 4);
        for (int s = 0; s < sheets; s++) {
            String name = nameSheets
                    ? (data.consumeBoolean() ? data.pickValue(words) : data.consumeString(31))
                    : "Sheet" + (s + 1);
            name = WorkbookUtil.createSafeSheetName(name.strip().isEmpty() ? "Sheet" + (s + 1) : name);
            if (workbook.getSheet(name) != null) {
                name = "Sheet" + (s + 1) + "_" + workbook.getNumberOfSheets();
            }
            Sheet sheet = workbook.createSheet(name);
            int rows = data.consumeInt(0, 40);
            int r = -1;
            for (int i = 0; i < rows; i++) {
                r += data.consumeInt(1, 3);
                Row row = sheet.createRow(r);
                int cells = data.consumeInt(0, 8);
                for (int k = 0; k < cells; k++) {
                    Cell cell = row.createCell(data.consumeInt(0, 9));
                    switch (data.consumeInt(0, 5)) {
                        case 0 -> cell.setBlank();
                        case 1 -> cell.setCellValue(data.pickValue(words));
                        case 2 -> cell.setCellValue(data.consumeString(40));
                        case 3 -> cell.setCellValue(data.consumeDouble());
                        case 4 -> cell.setCellValue(data.consumeBoolean());
                        default -> cell.setCellErrorValue(FormulaError.NA.getCode());
                    }
                }
            }
        }
    }

    /**
     * The choices {@link #lay} makes: the fuzzer's data in a campaign, a seeded {@link Random} in
     * {@link #an_xlsx_workbook_laid_out_like_an_xls_one_reads_the_same}.
     */
    private interface Choices {
        int consumeInt(int min, int max);

        boolean consumeBoolean();

        String pickValue(String[] words);

        String consumeString(int maxLength);

        double consumeDouble();

        static Choices of(FuzzedDataProvider data) {
            return new Choices() {
                @Override
                public int consumeInt(int min, int max) {
                    return data.consumeInt(min, max);
                }

                @Override
                public boolean consumeBoolean() {
                    return data.consumeBoolean();
                }

                @Override
                public String pickValue(String[] words) {
                    return data.pickValue(words);
                }

                @Override
                public String consumeString(int maxLength) {
                    return data.consumeString(maxLength);
                }

                @Override
                public double consumeDouble() {
                    return data.consumeDouble();
                }
            };
        }

        /** Mostly the reader's own words and plain numbers, with a special double now and then. */
        static Choices of(Random random) {
            double[] special = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e308, -1, 0.14};
            return new Choices() {
                @Override
                public int consumeInt(int min, int max) {
                    return min + random.nextInt(max - min + 1);
                }

                @Override
                public boolean consumeBoolean() {
                    return random.nextBoolean();
                }

                @Override
                public String pickValue(String[] words) {
                    return words[random.nextInt(words.length)];
                }

                @Override
                public String consumeString(int maxLength) {
                    StringBuilder text = new StringBuilder();
                    int length = random.nextInt(maxLength + 1);
                    for (int i = 0; i < length; i++) {
                        text.append((char) (random.nextBoolean() ? ' ' + random.nextInt(95) : random.nextInt(0x500)));
                    }
                    return text.toString();
                }

                @Override
                public double consumeDouble() {
                    return random.nextInt(8) == 0
                            ? special[random.nextInt(special.length)]
                            : Math.round(random.nextDouble() * 1e6) / 100.0;
                }
            };
        }
    }

    /**
     * What the DOTS reader makes of a workbook: its figures and its report. The campaign lays its
     * cells in an {@code .xls} workbook; this holds that the reader sees the same in the {@code .xlsx}
     * one it meets in use, for the DOTS layout with a few cells changed and for random layouts.
     */
    @Test
    void an_xlsx_workbook_laid_out_like_an_xls_one_reads_the_same() throws IOException {
        int withFigures = 0;
        for (int seed = 0; seed < 300; seed++) {
            String xlsx;
            String xls;
            try (Workbook a = new XSSFWorkbook();
                    Workbook b = new HSSFWorkbook()) {
                for (Workbook workbook : new Workbook[] {a, b}) {
                    Random random = new Random(seed);
                    if (seed % 2 == 0) {
                        dotsLayout(workbook, random);
                    } else {
                        lay(workbook, Choices.of(random), DOTS_WORDS, false);
                    }
                }
                xlsx = readDots(a);
                xls = readDots(b);
            }
            assertThat(xls).as("seed %d", seed).isEqualTo(xlsx);
            if (xlsx.contains("Figure[")) {
                withFigures++;
            }
        }
        assertThat(withFigures).as("layouts that gave figures").isGreaterThan(50);
    }

    /** The data.imf.org layout (title B2, reporter B4, unit B5, years from C7, partners from B8) with cells changed at random. */
    private static void dotsLayout(Workbook workbook, Random random) {
        String[][] sheets = {
            {"Exports, FOB", "Exports, FOB to Partner Countries"},
            {"Imports, CIF", "Imports, CIF from Partner Countries"}
        };
        Choices choices = Choices.of(random);
        for (String[] names : sheets) {
            Sheet sheet = workbook.createSheet(names[0]);
            sheet.createRow(1).createCell(1).setCellValue(names[1]);
            sheet.createRow(3).createCell(1).setCellValue("Kazakhstan, Rep. of");
            sheet.createRow(4).createCell(1).setCellValue("US Dollars, Millions");
            Row years = sheet.createRow(6);
            years.createCell(2).setCellValue("2019");
            years.createCell(3).setCellValue("2020");
            String[] partners = {"China, P.R.: Mainland", "World", "Euro Area", "Atlantis"};
            for (int r = 0; r < partners.length; r++) {
                Row row = sheet.createRow(7 + r);
                row.createCell(1).setCellValue(partners[r]);
                row.createCell(2).setCellValue(choices.consumeDouble());
                row.createCell(3).setCellValue(random.nextInt(4) == 0 ? "0.14 e" : "1,234.5");
            }
            for (int change = random.nextInt(3); change > 0; change--) {
                Row row = sheet.getRow(choices.consumeInt(0, 10));
                Cell cell = (row == null ? sheet.createRow(choices.consumeInt(0, 10)) : row)
                        .createCell(choices.consumeInt(0, 4));
                switch (choices.consumeInt(0, 3)) {
                    case 0 -> cell.setBlank();
                    case 1 -> cell.setCellValue(choices.pickValue(DOTS_WORDS));
                    case 2 -> cell.setCellValue(choices.consumeDouble());
                    default -> cell.setCellErrorValue(FormulaError.NA.getCode());
                }
            }
        }
    }

    private static String readDots(Workbook workbook) {
        ImportReport report = new ImportReport(OPTIONS.lenient());
        List<String> figures = new ArrayList<>();
        ReadContext ctx = new ReadContext(
                CountryCodes.standard(),
                OPTIONS,
                report,
                ImportFormat.IMF_DOTS,
                Path.of("DOTS_103.xlsx"),
                "KAZ",
                new HashMap<>(),
                (figure, name, line) -> figures.add(figure + " @" + line));
        new ImfDotsWorkbookReader().read(ctx, workbook);
        return figures + "\nerrors " + report.errors() + "\nskipped " + report.skipped() + "\nset aside "
                + report.setAside() + "\nrows " + report.rowsRead();
    }

    private static Path inputFile() {
        return FuzzFolders.file(FuzzFolders.create(), "download.csv");
    }
}
