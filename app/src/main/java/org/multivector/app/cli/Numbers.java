package org.multivector.app.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the reports. */
public final class Numbers {

    private Numbers() {
    }

    /** A figure as written in data: plain decimal, no exponent, no trailing zeros. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A figure for a table, with thousands separators and up to {@code decimals} decimals. */
    public static String grouped(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** A share in [0, 1] as a percentage with one decimal. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A share rounded to six decimals for CSV and JSON. */
    public static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
