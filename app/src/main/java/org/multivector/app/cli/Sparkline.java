package org.multivector.app.cli;

/**
 * A one-line chart of a yearly series with block characters {@code ▁▂▃▄▅▆▇█}, scaled from the
 * series' smallest to its largest value; {@value #GAP} marks a year without a value.
 */
public final class Sparkline {

    /** The mark of a missing year. */
    public static final char GAP = '·';

    private static final char[] BLOCKS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {}

    /** The sparkline of {@code values}, one character per value; NaN is a gap. */
    public static String of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        StringBuilder line = new StringBuilder(values.length);
        for (double value : values) {
            if (Double.isNaN(value)) {
                line.append(GAP);
            } else if (max - min <= 1e-12 * Math.max(1, Math.abs(max))) {
                line.append(BLOCKS[3]);
            } else {
                int level = (int) Math.round((value - min) / (max - min) * (BLOCKS.length - 1));
                line.append(BLOCKS[level]);
            }
        }
        return line.toString();
    }
}
