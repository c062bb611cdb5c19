package org.multivector.bargaining;

/** Weighted mean and weighted median of positions, the two summaries BDM's model reports. */
public final class WeightedStatistics {

    private WeightedStatistics() {}

    /** Σ w x / Σ w; NaN when all weights are zero. */
    public static double mean(double[] positions, double[] weights) {
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < positions.length; i++) {
            top += weights[i] * positions[i];
            bottom += weights[i];
        }
        return top / bottom;
    }

    /**
     * The weighted median: the lowest position at which the cumulative weight, counted from below,
     * reaches half the total. With linear (r = 1) utilities it is the position that beats every other in
     * a pairwise c·s-weighted vote (the "median voter" of BDM's model), found in O(n²) without allocation rather than
     * by the O(n³) pairwise votes some replications use. NaN when all weights are zero.
     */
    public static double median(double[] positions, double[] weights) {
        int n = positions.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        if (!(total > 0)) {
            return Double.NaN;
        }
        double half = total / 2 * (1 - 1e-12);
        double best = Double.POSITIVE_INFINITY;
        // O(n²) without allocation: for each candidate, the weight at or below it.
        for (int i = 0; i < n; i++) {
            double candidate = positions[i];
            if (candidate >= best) {
                continue;
            }
            double atOrBelow = 0;
            for (int k = 0; k < n; k++) {
                if (positions[k] <= candidate) {
                    atOrBelow += weights[k];
                }
            }
            if (atOrBelow >= half) {
                best = candidate;
            }
        }
        return best;
    }
}
