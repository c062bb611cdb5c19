package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * UN General Assembly ideal points, Bailey, Strezhnev and Voeten, "Estimating Dynamic State Preferences
 * from United Nations Voting Data", Journal of Conflict Resolution 61(2), 2017 (Harvard Dataverse
 * hdl:1902.1/12379, file {@code IdealpointestimatesAll_*.csv}): one row per country and session with
 * {@code ccode}, {@code session}, {@code IdealPointAll}, {@code iso3c} and the share of votes agreeing
 * with the USA, Russia, Brazil, China, India and Israel ({@code USAgree}, {@code RUSSAgree}, ...;
 * {@code NA} when absent). Year = session + 1945.
 *
 * <p>Imported: {@code unga_ideal_point} (monadic, signed), {@code unga_agreement} with each of the six
 * states, and {@code unga_ideal_distance} to each of them (|ideal point - the state's ideal point| in
 * the same session; derived, the note says so). The file codes the Soviet Union as RUS and
 * Yugoslavia's successors as YUG throughout; historical entities are kept distinct: RUS before 1992
 * is SUN, YUG is SCG for 1992–2005 and SRB from 2006, and COW 680 (South Yemen, coded YAR in the
 * file) is YMD.
 */
final class UngaIdealPointReader implements SourceReader {

    static final String LAYOUT = "UNGA ideal-point CSV (ccode, session, IdealPointAll, iso3c, USAgree, RUSSAgree, ...)";

    /** Agreement columns and the state they refer to (before Soviet dissolution, RUS reads SUN). */
    private static final Map<String, String> AGREEMENT = new LinkedHashMap<>();

    static {
        AGREEMENT.put("USAgree", "USA");
        AGREEMENT.put("RUSSAgree", "RUS");
        AGREEMENT.put("ChinaAgree", "CHN");
        AGREEMENT.put("BrazilAgree", "BRA");
        AGREEMENT.put("IndiaAgree", "IND");
        AGREEMENT.put("IsraelAgree", "ISR");
    }

    /** The code of a state in a year, keeping historical entities apart. */
    static String historical(String iso3, int ccode, int year) {
        if (ccode == 680) {
            return "YMD";
        }
        if (iso3.equals("RUS") && year <= 1991) {
            return "SUN";
        }
        if (iso3.equals("YUG") && year >= 1992) {
            return year <= 2005 ? "SCG" : "SRB";
        }
        return iso3;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        // year -> code -> ideal point (for the distances, written after the file is read)
        Map<Integer, Map<String, double[]>> idealMap = new TreeMap<>();
        try (CsvReader reader = ctx.open()) {
            CsvRecord header = reader.next();
            if (header == null) {
                ctx.report.fatal(new Problem(
                        ctx.file, 0, 0, InputRule.UNREADABLE_FILE, "the file is empty; expected a " + LAYOUT));
                return;
            }
            ReadContext.Columns columns = new ReadContext.Columns(header);
            int session = columns.require(ctx, LAYOUT, "session");
            int ideal = columns.require(ctx, LAYOUT, "IdealPointAll");
            int iso = columns.require(ctx, LAYOUT, "iso3c");
            int ccode = columns.require(ctx, LAYOUT, "ccode");
            Map<String, Integer> agreeAt = new LinkedHashMap<>();
            for (String column : AGREEMENT.keySet()) {
                int at = columns.find(column);
                if (at >= 0) {
                    agreeAt.put(column, at);
                }
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
                Integer s = integer(ctx, row, session, "session", 1, 200);
                Integer cow = integer(ctx, row, ccode, "ccode", 1, 9999);
                if (s == null || cow == null) {
                    continue;
                }
                int year = s + 1945;
                String text = row.field(iso).strip();
                if (text.isEmpty() || text.equals("NA")) {
                    ctx.report.setAside("rows without an ISO code (iso3c NA)");
                    continue;
                }
                String code = historical(text.toUpperCase(java.util.Locale.ROOT), cow, year);
                Optional<CountryCodes.Country> country =
                        ctx.actor(row, iso, ctx.codes.byCode(code), "country", "'" + code + "'");
                if (country.isEmpty()) {
                    continue;
                }
                String idealText = row.field(ideal).strip();
                if (!idealText.isEmpty() && !idealText.equals("NA")) {
                    Double point = signed(ctx, row, ideal, "IdealPointAll");
                    if (point != null) {
                        ctx.emit(
                                new Figure(
                                        code,
                                        code,
                                        Dimension.UNGA_IDEAL_POINT,
                                        year,
                                        point,
                                        Basis.INDEPENDENT,
                                        false,
                                        ""),
                                row.line());
                        idealMap.computeIfAbsent(year, k -> new TreeMap<>())
                                .put(code, new double[] {point, row.line()});
                    }
                }
                for (Map.Entry<String, Integer> agree : agreeAt.entrySet()) {
                    String cell = row.field(agree.getValue()).strip();
                    if (cell.isEmpty() || cell.equals("NA")) {
                        continue;
                    }
                    String partner = historical(AGREEMENT.get(agree.getKey()), 0, year);
                    if (partner.equals(code)) {
                        continue;
                    }
                    Double share = ctx.number(row, agree.getValue(), agree.getKey());
                    if (share == null) {
                        continue;
                    }
                    if (share > 1) {
                        ctx.report.bad(ctx.problem(
                                row,
                                agree.getValue(),
                                InputRule.INVALID_VALUE,
                                agree.getKey() + " " + cell + " is not a share between 0 and 1"));
                        continue;
                    }
                    ctx.emit(
                            new Figure(
                                    code,
                                    partner,
                                    Dimension.UNGA_AGREEMENT,
                                    year,
                                    share,
                                    Basis.INDEPENDENT,
                                    false,
                                    "share of the session's roll-call votes agreeing with " + partner + " ("
                                            + agree.getKey() + ")"),
                            row.line());
                }
            }
        } catch (CsvFormatException e) {
            ctx.unreadable(e);
            return;
        }
        for (Map.Entry<Integer, Map<String, double[]>> year : idealMap.entrySet()) {
            for (String power : AGREEMENT.values()) {
                String p = historical(power, 0, year.getKey());
                double[] theirs = year.getValue().get(p);
                if (theirs == null) {
                    continue;
                }
                for (Map.Entry<String, double[]> mine : year.getValue().entrySet()) {
                    if (mine.getKey().equals(p)) {
                        continue;
                    }
                    ctx.emit(
                            new Figure(
                                    mine.getKey(),
                                    p,
                                    Dimension.UNGA_IDEAL_DISTANCE,
                                    year.getKey(),
                                    Math.abs(mine.getValue()[0] - theirs[0]),
                                    Basis.INDEPENDENT,
                                    false,
                                    "derived: |ideal point of " + mine.getKey() + " - ideal point of " + p
                                            + "| in session " + (year.getKey() - 1945)),
                            (int) mine.getValue()[1]);
                }
            }
        }
    }

    private static Integer integer(ReadContext ctx, CsvRecord row, int index, String what, int min, int max) {
        String text = row.field(index).strip();
        try {
            if (text.length() <= 6) {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.report.bad(ctx.problem(
                row,
                index,
                InputRule.NOT_A_NUMBER,
                what + " '" + text + "' is not a whole number from " + min + " to " + max));
        return null;
    }

    private static Double signed(ReadContext ctx, CsvRecord row, int index, String what) {
        String text = row.field(index).strip();
        try {
            double value = Double.parseDouble(text);
            if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.report.bad(ctx.problem(row, index, InputRule.NOT_A_NUMBER, what + " '" + text + "' is not a number"));
        return null;
    }
}
