package org.multivector.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Actor;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;
import org.multivector.world.FigureFlag;
import org.multivector.world.io.DatasetRule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IMF Direction of Trade Statistics, the per-reporter Excel export of data.imf.org: sheet 1 "Exports,
 * FOB to Partner Countries", sheet 2 "Imports, CIF from Partner Countries"; in each, the reporter's
 * name (IMF spelling, "Kazakhstan, Rep. of") in B4, "US Dollars, Millions" in B5, the years in row 7
 * from column C, then one row per counterpart (IMF names, "China, P.R.: Mainland"; "World"; the EU;
 * regional aggregates). A cell written "0.14 e" is an IMF estimate: imported with flag
 * {@code estimate}. Blank cells are figures not reported and stay absent.
 */
final class ImfDotsWorkbookReader implements SourceReader {

    static final String LAYOUT =
            "IMF DOTS Excel workbook (sheet 1 Exports, FOB; sheet 2 Imports, CIF; partners in column B, years from C7)";
    private static final Pattern VALUE =
            Pattern.compile("(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(e)?", Pattern.CASE_INSENSITIVE);

    @Override
    public void read(ReadContext ctx) throws IOException {
        try (Workbook workbook = ExcelWorkbook.open(ctx, LAYOUT)) {
            if (workbook != null) {
                read(ctx, workbook);
            }
        }
    }

    /** Reads an open workbook: its two sheets, their header cells and counterpart rows (the sheet and cell layer). */
    void read(ReadContext ctx, Workbook workbook) {
        if (workbook.getNumberOfSheets() < 2) {
            ctx.report.fatal(new Problem(
                    ctx.file,
                    0,
                    0,
                    InputRule.HEADER,
                    "the workbook has " + workbook.getNumberOfSheets() + " sheet(s); expected an " + LAYOUT));
            return;
        }
        readSheet(ctx, workbook.getSheetAt(0), "Exports", Dimension.EXPORTS);
        readSheet(ctx, workbook.getSheetAt(1), "Imports", Dimension.IMPORTS);
    }

    /** The reporter a DOTS workbook is about (its B4), or empty when the file is not one. */
    static Optional<String> reporterOf(Path file, CountryCodes codes) {
        try (Workbook workbook = ExcelWorkbook.create(file)) {
            String name =
                    ExcelWorkbook.text(workbook.getSheetAt(0).getRow(3), 1).strip();
            return codes.byName("imf", name).filter(c -> c.status().isActor()).map(CountryCodes.Country::code);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void readSheet(ReadContext ctx, Sheet sheet, String flow, String dimension) {
        String title = ExcelWorkbook.text(sheet.getRow(1), 1).strip();
        if (!title.startsWith(flow)) {
            ctx.report.fatal(ExcelWorkbook.problem(
                    ctx,
                    sheet,
                    1,
                    1,
                    InputRule.HEADER,
                    "expected a title starting '" + flow + "' but found '" + title + "'\nMaybe this is not an " + LAYOUT
                            + "."));
            return;
        }
        String unit = ExcelWorkbook.text(sheet.getRow(4), 1).strip();
        if (!unit.equalsIgnoreCase("US Dollars, Millions")) {
            ctx.report.fatal(ExcelWorkbook.problem(
                    ctx,
                    sheet,
                    4,
                    1,
                    InputRule.HEADER,
                    "expected the unit 'US Dollars, Millions' but found '" + unit
                            + "'\nMaybe download the series in US dollars, millions."));
            return;
        }
        String reporterName = ExcelWorkbook.text(sheet.getRow(3), 1).strip();
        Optional<CountryCodes.Country> reporter = ctx.codes.byName("imf", reporterName);
        if (reporter.isPresent() && !reporter.get().status().isActor()) {
            ctx.report.setAside(
                    "sheets of workbooks whose reporter is an IMF aggregate (" + reporterName + "), not an actor");
            return;
        }
        if (reporter.isEmpty()) {
            ctx.report.fatal(
                    ExcelWorkbook.problem(
                            ctx,
                            sheet,
                            3,
                            1,
                            DatasetRule.UNKNOWN_ACTOR,
                            "reporter '" + reporterName
                                    + "' is not a country of the country-name table\nMaybe add the IMF's spelling to country-names.csv (see docs/importers.md)."));
            return;
        }
        String reporterCode = code(reporter.get());
        Row years = sheet.getRow(6);
        List<int[]> yearColumns = new ArrayList<>();
        if (years != null) {
            for (int c = 2; c < Math.max(2, years.getLastCellNum()); c++) {
                String text = ExcelWorkbook.text(years, c).strip();
                if (text.matches("\\d{4}")) {
                    yearColumns.add(new int[] {c, Integer.parseInt(text)});
                } else if (!text.isEmpty()) {
                    ctx.report.fatal(ExcelWorkbook.problem(
                            ctx,
                            sheet,
                            6,
                            c,
                            InputRule.HEADER,
                            "'" + text + "' is not a year" + "\nMaybe download annual frequency."));
                    return;
                }
            }
        }
        if (yearColumns.isEmpty()) {
            ctx.report.fatal(ExcelWorkbook.problem(
                    ctx, sheet, 6, 2, InputRule.HEADER, "no years in row 7\nMaybe this is not an " + LAYOUT + "."));
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 7; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String partnerName = ExcelWorkbook.text(row, 1).strip();
            if (partnerName.isEmpty()) {
                continue;
            }
            ctx.report.rowsRead++;
            Optional<CountryCodes.Country> partner = ctx.codes.byName("imf", partnerName);
            if (partner.isEmpty()) {
                ctx.report.bad(
                        ExcelWorkbook.problem(
                                ctx,
                                sheet,
                                r,
                                1,
                                DatasetRule.UNKNOWN_ACTOR,
                                "partner '" + partnerName
                                        + "' is not in the country-name table\nMaybe add the IMF's spelling to country-names.csv (see docs/importers.md)."));
                continue;
            }
            if (!partner.get().status().isActor()) {
                ctx.report.setAside(
                        "rows of IMF regional and analytical aggregates (Euro Area, Advanced Economies, ... not specified), not actors");
                continue;
            }
            String partnerCode = code(partner.get());
            if (!seen.add(partnerCode)) {
                // DOTS exports list a partner again under its region (e.g. the first row repeats later): the first
                // listing is read
                ctx.report.setAside("partners listed a second time in the same sheet (the first listing is imported)");
                continue;
            }
            if (partnerCode.equals(reporterCode)) {
                ctx.report.setAside("rows of the reporter with itself");
                continue;
            }
            for (int[] column : yearColumns) {
                Double number = ExcelWorkbook.numeric(row, column[0]);
                FigureFlag flag = FigureFlag.NONE;
                if (number == null) {
                    String text = ExcelWorkbook.text(row, column[0]).strip();
                    Matcher m = VALUE.matcher(text);
                    if (!m.matches()) {
                        ctx.report.bad(ExcelWorkbook.problem(
                                ctx,
                                sheet,
                                r,
                                column[0],
                                InputRule.NOT_A_NUMBER,
                                "value '" + text + "' is neither a number nor an IMF estimate such as '0.14 e'"));
                        continue;
                    }
                    number = Double.parseDouble(m.group(1).replace(",", ""));
                    flag = m.group(2) != null ? FigureFlag.ESTIMATE : FigureFlag.NONE;
                }
                if (number.isNaN()) {
                    continue;
                }
                if (number < 0 || number.isInfinite()) {
                    ctx.report.bad(ExcelWorkbook.problem(
                            ctx,
                            sheet,
                            r,
                            column[0],
                            InputRule.NEGATIVE_VALUE,
                            "value " + number + " is negative or not finite"));
                    continue;
                }
                double millions = number / ctx.divisor;
                String note = flag == FigureFlag.ESTIMATE ? "IMF estimate (marked 'e' in DOTS)" : "";
                ctx.emit(
                        new Figure(
                                reporterCode,
                                partnerCode,
                                dimension,
                                column[1],
                                millions,
                                Basis.REPORTER,
                                false,
                                note,
                                flag),
                        r + 1);
                boolean mirror = switch (ctx.options.mirror()) {
                    case ALL -> true;
                    case FOCAL -> partnerCode.equals(ctx.focal);
                    case NONE -> false;
                };
                if (mirror && !partnerCode.equals(Actor.WORLD) && partner.get().status() != CountryCodes.Status.BLOC) {
                    String mirrorNote = "mirror: " + reporterCode + "'s reported "
                            + (Dimension.IMPORTS.equals(dimension) ? "imports (CIF)" : "exports (FOB)")
                            + (flag == FigureFlag.ESTIMATE ? "; IMF estimate" : "");
                    ctx.emit(
                            new Figure(
                                    partnerCode,
                                    reporterCode,
                                    TradeFigures.mirrorOf(dimension),
                                    column[1],
                                    millions,
                                    Basis.MIRROR,
                                    false,
                                    mirrorNote,
                                    flag),
                            r + 1);
                }
            }
        }
    }

    private static String code(CountryCodes.Country c) {
        return c.status() == CountryCodes.Status.WORLD ? Actor.WORLD : c.code();
    }
}
