package org.multivector.strategy;

import java.util.Locale;

/** How one run's series over the horizon becomes the single number a strategy study compares. */
public enum Reduction {
    /** The average over the periods. */
    MEAN,
    /** The value in the last period. */
    FINAL,
    /** The lowest value over the periods (e.g. the worst room). */
    MIN,
    /** The highest value over the periods (e.g. the peak dependence). */
    MAX;

    /** The file spelling, e.g. {@code mean}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; null when unknown. */
    public static Reduction fromFileName(String text) {
        for (Reduction reduction : values()) {
            if (reduction.fileName().equals(text)) {
                return reduction;
            }
        }
        return null;
    }

    /** Reduces {@code periods} values of {@code out} starting at {@code offset}. */
    public double apply(double[] out, int offset, int periods) {
        double result = switch (this) {
            case MEAN, FINAL -> 0;
            case MIN -> Double.POSITIVE_INFINITY;
            case MAX -> Double.NEGATIVE_INFINITY;
        };
        for (int k = 0; k < periods; k++) {
            double v = out[offset + k];
            switch (this) {
                case MEAN -> result += v / periods;
                case FINAL -> result = v;
                case MIN -> result = Math.min(result, v);
                case MAX -> result = Math.max(result, v);
            }
        }
        return result;
    }
}
