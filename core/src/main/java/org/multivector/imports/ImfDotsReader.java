package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Dimension;

import java.io.IOException;
import java.util.Optional;

/**
 * IMF Direction of Trade Statistics (DOTS, since 2025 IMTS) time-series CSV, the IMF's bulk layout
 * {@code "Country Name","Country Code","Indicator Name","Indicator Code","Counterpart Country Name",
 * "Counterpart Country Code","Attribute","1948",...}: one row per reporter, counterpart, indicator and
 * attribute, one column per period. Imported: annual columns of the {@code Value} rows of indicators
 * {@code TXG_FOB_USD} (exports, FOB) and {@code TMG_CIF_USD} (imports, CIF). Country codes are IMF codes
 * ({@code 916} Kazakhstan, {@code 1} World) or ISO alpha-3. Values are read as millions of US dollars,
 * the scale DOTS publishes in ({@code --scale} changes it).
 */
final class ImfDotsReader implements SourceReader {

    static final String LAYOUT =
            "IMF DOTS time-series CSV (Country Code, Indicator Code, Counterpart Country Code, Attribute, year columns)";

    @Override
    public void read(ReadContext ctx) throws IOException {
        try (CsvReader reader = ctx.open()) {
            CsvRecord header = reader.next();
            if (header == null) {
                ctx.report.fatal(new Problem(
                        ctx.file, 0, 0, InputRule.UNREADABLE_FILE, "the file is empty; expected an " + LAYOUT));
                return;
            }
            ReadContext.Columns columns = new ReadContext.Columns(header);
            int country = columns.require(ctx, LAYOUT, "Country Code", "COUNTRY");
            int indicator = columns.require(ctx, LAYOUT, "Indicator Code", "INDICATOR");
            int counterpart = columns.require(ctx, LAYOUT, "Counterpart Country Code", "COUNTERPART_COUNTRY");
            int attribute = columns.find("Attribute");
            YearColumns years = YearColumns.of(header);
            if (years.isEmpty()) {
                ctx.report.fatal(
                        new Problem(
                                ctx.file,
                                header.line(),
                                0,
                                InputRule.HEADER,
                                "the header has no annual columns (1990, 1991, ...)\nMaybe download annual frequency; quarterly and monthly columns are not imported."));
            }
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
                if (attribute >= 0 && !row.field(attribute).strip().equalsIgnoreCase("Value")) {
                    ctx.report.setAside(
                            "rows of attribute '" + row.field(attribute).strip() + "' (only Value rows are imported)");
                    continue;
                }
                String dimension = switch (row.field(indicator).strip()) {
                    case "TXG_FOB_USD" -> Dimension.EXPORTS;
                    case "TMG_CIF_USD" -> Dimension.IMPORTS;
                    default -> null;
                };
                if (dimension == null) {
                    ctx.report.setAside("rows of indicator '"
                            + row.field(indicator).strip() + "' (only TXG_FOB_USD and TMG_CIF_USD are imported)");
                    continue;
                }
                Optional<CountryCodes.Country> reporter = resolve(ctx, row, country, "reporter");
                Optional<CountryCodes.Country> partner =
                        reporter.isEmpty() ? Optional.empty() : resolve(ctx, row, counterpart, "partner");
                if (partner.isEmpty()) {
                    continue;
                }
                String reporterCode = code(reporter.get());
                String partnerCode = code(partner.get());
                for (int k = 0; k < years.indexArray.length; k++) {
                    int at = years.indexArray[k];
                    if (YearColumns.missing(row.field(at))) {
                        continue;
                    }
                    Double millions = ctx.millions(row, at, "value for " + years.yearArray[k]);
                    if (millions != null) {
                        TradeFigures.emit(
                                ctx, reporterCode, partnerCode, dimension, years.yearArray[k], millions, row.line());
                    }
                }
            }
        } catch (CsvFormatException e) {
            ctx.unreadable(e);
        }
    }

    private static String code(CountryCodes.Country c) {
        return c.status() == CountryCodes.Status.WORLD ? org.multivector.world.Actor.WORLD : c.code();
    }

    private static Optional<CountryCodes.Country> resolve(ReadContext ctx, CsvRecord row, int index, String role) {
        String text = row.field(index).strip();
        Optional<CountryCodes.Country> found = Optional.empty();
        if (!text.isEmpty() && text.length() <= 6 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            found = ctx.codes.byImf(Integer.parseInt(text));
        } else if (text.equals("W00") || text.equals("G001")) {
            found = ctx.codes.byCode("WLD");
        } else if (text.length() == 3) {
            found = ctx.codes.byCode(text);
        }
        return ctx.actor(row, index, found, role, "code '" + text + "'");
    }
}
