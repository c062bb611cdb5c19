package org.multivector.bargaining;

import java.util.Arrays;

/** Mean, standard deviation and quantiles of a sample (quantiles by linear interpolation, type 7). */
public record Summary(
        int count,
        double mean,
        double sd,
        double min,
        double p05,
        double p25,
        double p50,
        double p75,
        double p95,
        double max) {

    /** Summarises {@code values} (not modified). */
    public static Summary of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new Summary(
                    0,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);
        }
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0;
        return new Summary(
                n,
                mean,
                sd,
                sorted[0],
                quantile(sorted, 0.05),
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                quantile(sorted, 0.95),
                sorted[n - 1]);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
