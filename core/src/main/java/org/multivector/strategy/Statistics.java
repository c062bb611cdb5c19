package org.multivector.strategy;

import org.hipparchus.stat.descriptive.rank.Percentile;

/** Small statistics shared by the analyses; quantiles come from Hipparchus, not re-derived. */
final class Statistics {

    private Statistics() {}

    /**
     * The {@code p}-th percentile (0 &lt; p ≤ 100) with linear interpolation between order statistics
     * (Hyndman and Fan 1996, definition 7, as the ensemble fan charts use).
     */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return new Percentile(p)
                .withEstimationType(Percentile.EstimationType.R_7)
                .evaluate(values);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return values.length < 2 ? 0 : sum / (values.length - 1);
    }

    /** Ranks 1..n (1 = best = highest score), ties averaged. */
    static double[] ranks(double[] score) {
        int n = score.length;
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            int above = 0;
            int equal = 0;
            for (int j = 0; j < n; j++) {
                if (score[j] > score[i]) {
                    above++;
                } else if (score[j] == score[i]) {
                    equal++;
                }
            }
            rank[i] = above + (equal + 1) / 2.0;
        }
        return rank;
    }

    /** Spearman's rank correlation of two rankings (Pearson correlation of the ranks); 1 when either has no spread. */
    static double spearman(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 1 : sab / Math.sqrt(saa * sbb);
    }

    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
