package org.multivector.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Actor;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;
import org.multivector.world.io.DatasetRule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bureau of National Statistics of Kazakhstan (stat.gov.kz), "Основные показатели внешней торговли
 * Республики Казахстан" (main indicators of foreign trade), .xls: one sheet per year (named
 * {@code 2023} or {@code 12_2019}), the header row "Наименование | Товарооборот | | Экспорт | |
 * Импорт", the next row "всего | удельный вес ..." and then one row per partner (Russian names)
 * with turnover, exports and imports in thousand US dollars and their shares. "Всего" is the world
 * total, "Страны СНГ", "Страны ЕАЭС" and "Страны ЕС" the CIS, EAEU and EU aggregates as the bureau
 * draws them that year; continents and "rest of the world" rows are set aside.
 *
 * <p>Each publication holds its year and the year before (revised). When several files are imported
 * together, a year is taken from the newest publication that holds it and the older figures are set
 * aside. Figures are converted to US$ millions; the note says so. The bureau states turnover itself,
 * so dimension {@code trade} is imported as published, never computed.
 */
final class BnsTradeReader implements SourceReader {

    static final String LAYOUT =
            "BNS Kazakhstan foreign-trade workbook (.xls; a sheet per year; Наименование, Товарооборот, Экспорт, Импорт)";
    private static final Pattern SHEET_YEAR = Pattern.compile("(?:\\d{1,2}_)?(\\d{4})");
    private static final Pattern PUBLISHED = Pattern.compile("Дата опубликования:\\s*(\\d{2})\\.(\\d{2})\\.(\\d{4})");

    @Override
    public void read(ReadContext ctx) throws IOException {
        try (Workbook workbook = ExcelWorkbook.open(ctx, LAYOUT)) {
            if (workbook != null) {
                read(ctx, workbook);
            }
        }
    }

    /** Reads an open workbook: its year sheets, their header rows and partner rows (the sheet and cell layer). */
    void read(ReadContext ctx, Workbook workbook) {
        Map<Integer, Sheet> sheets = yearSheets(workbook);
        if (sheets.isEmpty()) {
            ctx.report.fatal(new Problem(
                    ctx.file,
                    0,
                    0,
                    InputRule.HEADER,
                    "no sheet named after a year (2023, 12_2019)" + "\nMaybe this is not a " + LAYOUT + "."));
            return;
        }
        int newest = sheets.keySet().stream().max(Integer::compare).orElseThrow();
        String published = publicationDate(workbook);
        ctx.title =
                "Основные показатели внешней торговли Республики Казахстан (Main indicators of foreign trade of the Republic of Kazakhstan), "
                        + "January-December " + newest + " edition"
                        + (published == null ? "" : ", published " + published);
        ctx.sourceYear = published == null ? Integer.toString(newest) : published.substring(6);
        for (Map.Entry<Integer, Sheet> entry : new java.util.TreeMap<>(sheets).entrySet()) {
            int year = entry.getKey();
            if (ctx.publication != null && !ctx.publication.contains(year)) {
                ctx.report.setAside("years a newer publication in this import revises (" + year + " of the " + newest
                        + " edition)");
                continue;
            }
            readSheet(ctx, entry.getValue(), year, newest);
        }
    }

    private static Map<Integer, Sheet> yearSheets(Workbook workbook) {
        Map<Integer, Sheet> sheets = new HashMap<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Matcher m = SHEET_YEAR.matcher(workbook.getSheetName(s).strip());
            if (m.matches()) {
                sheets.putIfAbsent(Integer.parseInt(m.group(1)), workbook.getSheetAt(s));
            }
        }
        return sheets;
    }

    private static String publicationDate(Workbook workbook) {
        for (int s = 0; s < Math.min(2, workbook.getNumberOfSheets()); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                Matcher m = PUBLISHED.matcher(ExcelWorkbook.text(row, 0));
                if (m.find()) {
                    return m.group(1) + "." + m.group(2) + "." + m.group(3);
                }
                if (row.getRowNum() > 30) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * For files imported together: the years each file is the newest publication of (the file whose
     * newest sheet is the latest wins a year). Unreadable files get no entry (their read reports them).
     */
    static Map<Path, Set<Integer>> newestPublications(List<Path> files) {
        Map<Path, Set<Integer>> yearsOf = new HashMap<>();
        Map<Path, Integer> editionOf = new HashMap<>();
        for (Path file : files) {
            try (Workbook workbook = ExcelWorkbook.create(file)) {
                Set<Integer> years = new TreeSet<>(yearSheets(workbook).keySet());
                if (!years.isEmpty()) {
                    yearsOf.put(file, years);
                    editionOf.put(file, ((TreeSet<Integer>) years).last());
                }
            } catch (IOException | RuntimeException e) {
                // reported when the file is read
            }
        }
        Map<Path, Set<Integer>> chosen = new HashMap<>();
        for (Path file : yearsOf.keySet()) {
            Set<Integer> mine = new HashSet<>();
            for (int year : yearsOf.get(file)) {
                boolean newer = yearsOf.keySet().stream()
                        .anyMatch(other -> other != file
                                && yearsOf.get(other).contains(year)
                                && (editionOf.get(other) > editionOf.get(file)
                                        || (editionOf.get(other).equals(editionOf.get(file))
                                                && files.indexOf(other) > files.indexOf(file))));
                if (!newer) {
                    mine.add(year);
                }
            }
            chosen.put(file, mine);
        }
        return chosen;
    }

    private static void readSheet(ReadContext ctx, Sheet sheet, int year, int edition) {
        int headerRow = -1;
        int turnover = -1;
        int exports = -1;
        int imports = -1;
        boolean thousands = false;
        for (int r = 0; r <= Math.min(12, sheet.getLastRowNum()) && headerRow < 0; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                String text = ExcelWorkbook.text(row, c).strip().toLowerCase(java.util.Locale.ROOT);
                if (text.contains("тыс. долларов сша")) {
                    thousands = true;
                }
                switch (text) {
                    case "товарооборот" -> turnover = c;
                    case "экспорт" -> exports = c;
                    case "импорт" -> imports = c;
                    default -> {}
                }
            }
            if (turnover >= 0 && exports >= 0 && imports >= 0) {
                headerRow = r;
            }
        }
        if (headerRow < 0) {
            ctx.report.fatal(ExcelWorkbook.problem(
                    ctx,
                    sheet,
                    0,
                    0,
                    InputRule.HEADER,
                    "no header row with Товарооборот, Экспорт and Импорт in the first rows" + "\nMaybe this is not a "
                            + LAYOUT + "."));
            return;
        }
        if (!thousands) {
            ctx.report.fatal(ExcelWorkbook.problem(
                    ctx,
                    sheet,
                    0,
                    0,
                    InputRule.HEADER,
                    "the unit 'тыс. долларов США' (thousand US$) is not stated above the header"
                            + "\nMaybe the table is in another unit; only thousand US$ tables are read."));
            return;
        }
        String note = "BNS publishes thousand US$; converted to US$ millions (edition of " + edition + ")";
        for (int r = headerRow + 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name =
                    ExcelWorkbook.text(row, 0).lines().findFirst().orElse("").strip();
            if (name.isEmpty()) {
                continue;
            }
            ctx.report.rowsRead++;
            Optional<CountryCodes.Country> partner = ctx.codes.byName("bns", name);
            if (partner.isEmpty()) {
                ctx.report.bad(
                        ExcelWorkbook.problem(
                                ctx,
                                sheet,
                                r,
                                0,
                                DatasetRule.UNKNOWN_ACTOR,
                                "partner '" + name
                                        + "' is not in the country-name table\nMaybe add the bureau's spelling to country-names.csv (see docs/importers.md)."));
                continue;
            }
            if (!partner.get().status().isActor()) {
                ctx.report.setAside(
                        "rows of regional aggregates (continents, rest of the world, countries outside the EAEU or the EU), not actors");
                continue;
            }
            String code = partner.get().status() == CountryCodes.Status.WORLD
                    ? Actor.WORLD
                    : partner.get().code();
            if (code.equals("KAZ")) {
                continue;
            }
            String[] dimensions = {Dimension.TRADE, Dimension.EXPORTS, Dimension.IMPORTS};
            int[] columns = {turnover, exports, imports};
            for (int k = 0; k < 3; k++) {
                Double value = ExcelWorkbook.numeric(row, columns[k]);
                if (value == null) {
                    String text = ExcelWorkbook.text(row, columns[k]).strip();
                    if (text.equals("-") || text.equals("–") || text.equals("—")) {
                        continue; // nothing recorded
                    }
                    try {
                        value = Double.parseDouble(
                                text.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
                    } catch (NumberFormatException e) {
                        ctx.report.bad(ExcelWorkbook.problem(
                                ctx,
                                sheet,
                                r,
                                columns[k],
                                InputRule.NOT_A_NUMBER,
                                "value '" + text + "' is not a number"));
                        continue;
                    }
                }
                if (value.isNaN()) {
                    continue;
                }
                if (value < 0 || value.isInfinite()) {
                    ctx.report.bad(ExcelWorkbook.problem(
                            ctx,
                            sheet,
                            r,
                            columns[k],
                            InputRule.NEGATIVE_VALUE,
                            "value " + value + " is negative or not finite"));
                    continue;
                }
                ctx.emit(
                        new Figure(
                                "KAZ",
                                code,
                                dimensions[k],
                                year,
                                java.math.BigDecimal.valueOf(value)
                                        .movePointLeft(3)
                                        .doubleValue(),
                                Basis.REPORTER,
                                false,
                                note),
                        r + 1);
            }
        }
    }
}
