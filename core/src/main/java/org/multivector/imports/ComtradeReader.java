package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.world.Actor;
import org.multivector.world.Dimension;

import java.io.IOException;
import java.util.Optional;

/**
 * UN Comtrade CSV exports: the layout of comtradeplus.un.org downloads and of the {@code comtradeapicall}
 * bulk and API files ({@code typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,
 * reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,...,cmdCode,...,customsCode,
 * ...,motCode,...,primaryValue,...}), and the legacy Comtrade layout ({@code Year,Trade Flow Code,Reporter
 * Code,Reporter ISO,Partner Code,Partner ISO,Commodity Code,Trade Value (US$)}).
 *
 * <p>Imported: annual rows of the all-commodities total ({@code cmdCode TOTAL}) for flows X (exports) and
 * M (imports), with partner2, customs procedure and mode of transport at their totals when those columns
 * exist; primaryValue in US dollars becomes millions. Partner 0 (World) becomes {@code WLD}. Other rows are
 * valid but set aside and counted by reason.
 */
final class ComtradeReader implements SourceReader {

    static final String LAYOUT =
            "UN Comtrade CSV export (refYear, reporterCode, flowCode, partnerCode, cmdCode, primaryValue ...)";

    @Override
    public void read(ReadContext ctx) throws IOException {
        try (CsvReader reader = ctx.open()) {
            CsvRecord header = reader.next();
            if (header == null) {
                ctx.report.fatal(new org.multivector.input.Problem(
                        ctx.file, 0, 0, InputRule.UNREADABLE_FILE, "the file is empty; expected a " + LAYOUT));
                return;
            }
            ReadContext.Columns columns = new ReadContext.Columns(header);
            int year = columns.find("refYear", "Year");
            if (year < 0) {
                year = columns.require(ctx, LAYOUT, "refYear", "period", "Year");
            }
            int freq = columns.find("freqCode");
            int reporterCode = columns.require(ctx, LAYOUT, "reporterCode", "Reporter Code");
            int reporterIso = columns.find("reporterISO", "Reporter ISO");
            int flow = columns.require(ctx, LAYOUT, "flowCode", "Trade Flow Code");
            int partnerCode = columns.require(ctx, LAYOUT, "partnerCode", "Partner Code");
            int partnerIso = columns.find("partnerISO", "Partner ISO");
            int partner2 = columns.find("partner2Code", "2nd Partner Code");
            int commodity = columns.require(ctx, LAYOUT, "cmdCode", "Commodity Code");
            int customs = columns.find("customsCode", "Customs Proc. Code");
            int transport = columns.find("motCode", "Mode of Transport Code");
            int value = columns.require(ctx, LAYOUT, "primaryValue", "Trade Value (US$)");
            if (ctx.report.failed()) {
                return;
            }
            java.util.BitSet used = new java.util.BitSet();
            for (int at : new int[] {
                year,
                freq,
                reporterCode,
                reporterIso,
                flow,
                partnerCode,
                partnerIso,
                partner2,
                commodity,
                customs,
                transport,
                value
            }) {
                if (at >= 0) {
                    used.set(at);
                }
            }
            reader.keepOnly(used); // a Comtrade row has 47 fields; twelve are read
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (ReadContext.blank(row)) {
                    continue;
                }
                ctx.report.rowsRead++;
                if (!ctx.fieldCountOk(row, header)) {
                    continue;
                }
                if (freq >= 0 && !row.field(freq).strip().equals("A")) {
                    ctx.report.setAside("rows of frequency '" + row.field(freq).strip()
                            + "' (only annual rows, freqCode A, are imported)");
                    continue;
                }
                if (!row.field(commodity).strip().equalsIgnoreCase("TOTAL")) {
                    ctx.report.setAside("commodity detail rows (only cmdCode TOTAL, all commodities, is imported)");
                    continue;
                }
                if (partner2 >= 0 && !isZero(row.field(partner2))) {
                    ctx.report.setAside("rows with a second partner (only partner2Code 0 is imported)");
                    continue;
                }
                if (customs >= 0
                        && !row.field(customs).strip().isEmpty()
                        && !row.field(customs).strip().equals("C00")) {
                    ctx.report.setAside(
                            "rows of a single customs procedure (only customsCode C00, all procedures, is imported)");
                    continue;
                }
                if (transport >= 0 && !isZero(row.field(transport))) {
                    ctx.report.setAside("rows of a single mode of transport (only motCode 0, all modes, is imported)");
                    continue;
                }
                String dimension = switch (row.field(flow).strip()) {
                    case "X", "2" -> Dimension.EXPORTS;
                    case "M", "1" -> Dimension.IMPORTS;
                    default -> null;
                };
                if (dimension == null) {
                    ctx.report.setAside("rows of flow '" + row.field(flow).strip()
                            + "' (only X exports and M imports are imported)");
                    continue;
                }
                Integer refYear = yearOf(ctx, row, year);
                if (refYear == null) {
                    continue;
                }
                Optional<CountryCodes.Country> reporter = resolve(ctx, row, reporterCode, reporterIso, "reporter");
                Optional<CountryCodes.Country> partner =
                        reporter.isEmpty() ? Optional.empty() : resolve(ctx, row, partnerCode, partnerIso, "partner");
                if (partner.isEmpty()) {
                    continue;
                }
                if (partner.get().status() == CountryCodes.Status.WORLD
                        && reporter.get().status() == CountryCodes.Status.WORLD) {
                    continue;
                }
                Double millions = ctx.millions(row, value, "primaryValue");
                if (millions == null) {
                    continue;
                }
                TradeFigures.emit(
                        ctx, code(reporter.get()), code(partner.get()), dimension, refYear, millions, row.line());
            }
        } catch (CsvFormatException e) {
            ctx.unreadable(e);
        }
    }

    private static String code(CountryCodes.Country country) {
        return country.status() == CountryCodes.Status.WORLD ? Actor.WORLD : country.code();
    }

    private static boolean isZero(String text) {
        String t = text.strip();
        return t.isEmpty() || t.equals("0");
    }

    private static Integer yearOf(ReadContext ctx, CsvRecord row, int index) {
        String text = row.field(index).strip();
        if (text.length() > 4 && text.chars().allMatch(Character::isDigit)) {
            // a period such as 202301 in a file without refYear: monthly
            ctx.report.setAside("rows of a monthly period (only annual rows are imported)");
            return null;
        }
        return ctx.year(row, index);
    }

    /**
     * The country of a reporter or partner: by its ISO column when that holds a code of the table,
     * else by Comtrade's numeric code (842 is the United States, 0 the world).
     */
    private static Optional<CountryCodes.Country> resolve(
            ReadContext ctx, CsvRecord row, int codeIndex, int isoIndex, String role) {
        String iso = isoIndex >= 0 ? row.field(isoIndex).strip() : "";
        if (iso.length() == 3 && Character.isLetter(iso.charAt(0))) {
            Optional<CountryCodes.Country> byIso = ctx.codes.byCode(iso);
            if (byIso.isPresent() && byIso.get().status() != CountryCodes.Status.AGGREGATE) {
                return byIso;
            }
        }
        String text = row.field(codeIndex).strip();
        Optional<CountryCodes.Country> found;
        try {
            found = ctx.codes.byComtrade(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            ctx.report.bad(
                    ctx.problem(row, codeIndex, InputRule.NOT_A_NUMBER, role + "Code '" + text + "' is not a number"));
            return Optional.empty();
        }
        return ctx.actor(row, codeIndex, found, role, "code " + text + (iso.isEmpty() ? "" : " (ISO '" + iso + "')"));
    }
}
