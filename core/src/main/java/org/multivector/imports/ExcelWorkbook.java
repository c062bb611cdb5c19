package org.multivector.imports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An Excel workbook (.xls BIFF8 or .xlsx) read with Apache POI, and the places of its cells as
 * problems give them: line = the 1-based row, column = the 1-based column, and the message names the
 * sheet and the cell ("sheet 'Exports, FOB' cell C8"). Bytes that are not a workbook, an encrypted
 * workbook or one POI cannot parse become one problem of the file, never an exception.
 */
final class ExcelWorkbook {

    /** Workbooks larger than this are refused before parsing (DOTS and BNS files are under 1 MB). */
    static final long MAX_BYTES = 64L << 20;

    static {
        // POI logs through the Log4j API; with no provider on the class path Log4j prints an error line
        // at the first use. The simple provider at level OFF keeps the command line quiet.
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j.provider") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
            System.setProperty("log4j2.simplelogLevel", "OFF");
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private ExcelWorkbook() {}

    /** Whether the file starts like a workbook: a zip (xlsx) or an OLE2 compound file (xls). */
    static boolean looksLikeWorkbook(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4
                    && ((head[0] == 'P' && head[1] == 'K') || ((head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF));
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the workbook read-only, or reports why not and returns null. */
    static Workbook open(ReadContext ctx, String layout) {
        try {
            if (Files.size(ctx.path) > MAX_BYTES) {
                ctx.report.fatal(new Problem(
                        ctx.file,
                        0,
                        0,
                        InputRule.UNREADABLE_FILE,
                        "the file is larger than " + (MAX_BYTES >> 20) + " MB; expected an " + layout));
                return null;
            }
            return create(ctx.path);
        } catch (IOException | RuntimeException e) {
            // POI signals bytes it cannot parse with many runtime exceptions (NotOfficeXmlFileException,
            // RecordFormatException, EncryptedDocumentException, IllegalArgumentException...): all are the file's fault
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            ctx.report.fatal(new Problem(
                    ctx.file,
                    0,
                    0,
                    InputRule.UNREADABLE_FILE,
                    "the file is not a readable Excel workbook (" + why + ")\nMaybe this is not an " + layout
                            + ", or the download was cut short."));
            return null;
        }
    }

    /** Opens a workbook read-only (POI's exceptions pass through). */
    static Workbook create(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    /** "sheet 'Exports, FOB' cell C8". */
    static String where(Sheet sheet, int row, int column) {
        return "sheet '" + sheet.getSheetName() + "' cell " + new CellReference(row, column).formatAsString();
    }

    static Problem problem(ReadContext ctx, Sheet sheet, int row, int column, Rule rule, String message) {
        return new Problem(ctx.file, row + 1, column + 1, rule, where(sheet, row, column) + ": " + message);
    }

    /** The cell's text (strings as written, numbers in plain decimal), or "" for a blank or missing cell. */
    static String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> CsvLines.number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A number cell: its value; a text cell: null (the caller parses it); blank: NaN. */
    static Double numeric(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return Double.NaN;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case BLANK -> Double.NaN;
            case STRING -> cell.getStringCellValue().isBlank() ? Double.NaN : null;
            default -> null;
        };
    }
}
