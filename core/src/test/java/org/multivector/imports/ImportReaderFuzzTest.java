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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;

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

    /** The DOTS workbook reader on an .xlsx workbook whose sheets, rows and cells the fuzzer chooses. */
    @FuzzTest(maxDuration = "30s")
    void imfDotsWorkbook(FuzzedDataProvider data) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            lay(workbook, data, DOTS_WORDS, false);
            new ImfDotsWorkbookReader().read(context(ImportFormat.IMF_DOTS, Path.of("DOTS_103.xlsx"), null), workbook);
        }
    }

    /** The BNS reader on an .xls workbook (sheet names included) that the fuzzer chooses. */
    @FuzzTest(maxDuration = "30s")
    void bnsWorkbook(FuzzedDataProvider data) throws IOException {
        try (Workbook workbook = new HSSFWorkbook()) {
            lay(workbook, data, BNS_WORDS, true);
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
    private static void lay(Workbook workbook, FuzzedDataProvider data, String[] words, boolean nameSheets) {
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

    private static Path inputFile() {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "multivector-fuzz")
                    : Files.createTempDirectory("multivector-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("download.csv");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
