package org.multivector.app.cli;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting shared by the reports. */
public final class Numbers {

    private Numbers() {}

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

    /**
     * {@code String.format(pattern, value)} without a negative zero: a value that rounds to zero prints
     * as {@code 0.000}, not {@code -0.000}.
     */
    public static String fixed(String pattern, double value) {
        String text = String.format(Locale.ROOT, pattern, value);
        return text.startsWith("-") && text.substring(1).matches("[0.,]*0(%|\\s.*)?") ? text.substring(1) : text;
    }

    /** A name followed by its code in brackets, unless the name already ends with it: {@code China (CHN)}, not {@code ... (C+C5) (C+C5)}. */
    public static String named(String name, String code) {
        return name.equals(code) || name.endsWith("(" + code + ")") ? name : name + " (" + code + ")";
    }

    /** A span of years, {@code 2018–2023}, or one year alone when it starts and ends in it (never {@code 2022–2022}). */
    public static String span(int first, int last) {
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    /** A share rounded to six decimals for CSV and JSON. */
    public static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
