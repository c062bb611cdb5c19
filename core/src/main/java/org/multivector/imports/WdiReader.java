package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Actor;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * World Bank World Development Indicators CSV, wide layout: {@code Country Name,Country Code,Indicator
 * Name,Indicator Code,1960,1961,...} as in the bulk download and the per-country API files
 * ({@code API_KAZ_DS2_en_csv_v2_*.csv}, whose first four lines are a preamble), or DataBank's
 * {@code Country Name,Country Code,Series Name,Series Code,1990 [YR1990],...} with {@code ..} for a
 * missing value. GDP in current US dollars ({@code NY.GDP.MKTP.CD}) becomes dimension {@code gdp} in
 * millions; other indicators are imported only when named ({@code --indicator SP.POP.TOTL}), each as a
 * monadic dimension {@code wdi_sp_pop_totl} in the unit its name states. World Bank aggregates
 * (regions, income groups) are set aside; {@code WLD} is kept, and {@code EUU} becomes the bloc {@code EU}.
 */
final class WdiReader implements SourceReader {

    static final String GDP = "NY.GDP.MKTP.CD";
    /** The World Bank's code for its European Union aggregate. */
    static final String WORLD_BANK_EU = "EUU";

    static final String EU_NOTE = "World Bank aggregate EUU: the 27 EU member states of 2020, summed for every year";
    static final String LAYOUT =
            "World Bank WDI CSV (Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961, ...)";

    /** The dimension id an indicator becomes. */
    static String dimensionOf(String indicator) {
        return indicator.equals(GDP)
                ? Dimension.GDP
                : "wdi_" + indicator.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The unit an indicator's name states in its last parentheses ("GDP (current US$)" gives "current US$"). */
    static String unitOf(String indicatorName) {
        int open = indicatorName.lastIndexOf('(');
        int close = indicatorName.lastIndexOf(')');
        return open >= 0 && close > open
                ? indicatorName.substring(open + 1, close).strip()
                : "value";
    }

    static final String LONG_LAYOUT =
            "World Bank WDI single-indicator CSV (Country Name, Country Code, Year, Value): GDP, current US$";

    /**
     * The long single-indicator layout {@code Country Name,Country Code,Year,Value} (the World Bank's
     * NY.GDP.MKTP.CD as repackaged on data.worldbank.org / datahub): one row per country and year, GDP
     * in current US dollars, imported in millions. World Bank aggregates are set aside; WLD is kept.
     */
    private static void readLong(ReadContext ctx, CsvReader reader, CsvRecord header, ReadContext.Columns columns)
            throws IOException, CsvFormatException {
        int country = columns.require(ctx, LONG_LAYOUT, "Country Code");
        int year = columns.require(ctx, LONG_LAYOUT, "Year");
        int value = columns.require(ctx, LONG_LAYOUT, "Value");
        if (ctx.report.failed()) {
            return;
        }
        CsvRecord row;
        while ((row = reader.next()) != null) {
            if (ReadContext.blank(row)) {
                continue;
            }
            ctx.report.rowsRead++;
            if (!ctx.fieldCountOk(row, header)) {
                continue;
            }
            String text = row.field(country).strip();
            String actor = actorOf(ctx, row, country, text);
            if (actor == null) {
                continue;
            }
            Integer y = ctx.year(row, year);
            if (y == null || YearColumns.missing(row.field(value))) {
                continue;
            }
            Double millions = ctx.millions(row, value, "GDP for " + y);
            if (millions != null) {
                ctx.emit(
                        new Figure(actor, actor, Dimension.GDP, y, millions, Basis.REPORTER, false, noteOf(actor)),
                        row.line());
            }
        }
    }

    /**
     * The actor a WDI country code stands for, or null when the row is set aside (reported by the context).
     * Of the World Bank's aggregates two are actors here: the world (WLD) and the European Union (EUU, which
     * the World Bank computes for the 27 member states of 2020 in every year), imported as the bloc EU.
     */
    private static String actorOf(ReadContext ctx, CsvRecord row, int column, String code) {
        if (code.equals(WORLD_BANK_EU)) {
            return "EU";
        }
        Optional<CountryCodes.Country> found =
                ctx.actor(row, column, ctx.codes.byCode(code), "country", "code '" + code + "'");
        if (found.isEmpty()) {
            return null;
        }
        return found.get().status() == CountryCodes.Status.WORLD
                ? Actor.WORLD
                : found.get().code();
    }

    private static String noteOf(String actor) {
        return actor.equals("EU") ? EU_NOTE : "";
    }

    private static String fieldOrBlank(CsvRecord row, int index) {
        return index < row.size() ? row.field(index) : "";
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        try (CsvReader reader = ctx.open()) {
            CsvRecord header = reader.next();
            int preamble = 0;
            while (header != null && !header.field(0).strip().equals("Country Name") && preamble < 10) {
                header = reader.next();
                preamble++;
            }
            if (header == null || !header.field(0).strip().equals("Country Name")) {
                ctx.report.fatal(new Problem(
                        ctx.file,
                        1,
                        1,
                        InputRule.HEADER,
                        "no header starting with 'Country Name' in the first lines\nMaybe this is not a " + LAYOUT
                                + "."));
                return;
            }
            ReadContext.Columns columns = new ReadContext.Columns(header);
            if (columns.find("Year") >= 0
                    && columns.find("Value") >= 0
                    && columns.find("Indicator Code", "Series Code") < 0) {
                readLong(ctx, reader, header, columns);
                return;
            }
            int country = columns.require(ctx, LAYOUT, "Country Code");
            int indicatorName = columns.require(ctx, LAYOUT, "Indicator Name", "Series Name");
            int indicator = columns.require(ctx, LAYOUT, "Indicator Code", "Series Code");
            YearColumns years = YearColumns.of(header);
            if (years.isEmpty()) {
                ctx.report.fatal(new Problem(
                        ctx.file,
                        header.line(),
                        0,
                        InputRule.HEADER,
                        "the header has no year columns (1960, 1961, ...)" + "\nMaybe this is not a " + LAYOUT + "."));
            }
            if (ctx.report.failed()) {
                return;
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (ReadContext.blank(row)) {
                    continue;
                }
                if (row.size() < header.size() && row.field(0).isBlank()) {
                    continue;
                }
                if (fieldOrBlank(row, indicator).isBlank()
                        && fieldOrBlank(row, country).isBlank()) {
                    // DataBank appends "Data from database: ..." and "Last Updated: ..." lines
                    continue;
                }
                ctx.report.rowsRead++;
                if (!ctx.fieldCountOk(row, header)) {
                    continue;
                }
                String code = row.field(indicator).strip();
                boolean gdp = code.equals(GDP);
                if (!gdp && !ctx.options.indicatorSet().contains(code)) {
                    ctx.report.setAside(
                            "rows of indicators not asked for (GDP, NY.GDP.MKTP.CD, is imported; add others with --indicator CODE)");
                    continue;
                }
                String text = row.field(country).strip();
                String actor = actorOf(ctx, row, country, text);
                if (actor == null) {
                    continue;
                }
                String dimension = dimensionOf(code);
                if (!gdp) {
                    String name = row.field(indicatorName).strip();
                    ctx.describe(new Dimension(
                            dimension,
                            name,
                            unitOf(name),
                            org.multivector.world.DimensionKind.MONADIC,
                            "World Bank WDI indicator " + code));
                }
                for (int k = 0; k < years.indexArray.length; k++) {
                    int at = years.indexArray[k];
                    String cell = row.field(at);
                    if (YearColumns.missing(cell)) {
                        continue;
                    }
                    if (!gdp && cell.strip().startsWith("-")) {
                        ctx.report.setAside("negative values of " + code + " (dataset figures are non-negative)");
                        continue;
                    }
                    String what = code + " for " + years.yearArray[k];
                    Double value = gdp
                            ? ctx.millions(row, at, what)
                            : ctx.number(row, at, what); // GDP in millions, other indicators as published
                    if (value != null) {
                        ctx.emit(
                                new Figure(
                                        actor,
                                        actor,
                                        dimension,
                                        years.yearArray[k],
                                        value,
                                        Basis.REPORTER,
                                        false,
                                        noteOf(actor)),
                                row.line());
                    }
                }
            }
        } catch (CsvFormatException e) {
            ctx.unreadable(e);
        }
    }
}
