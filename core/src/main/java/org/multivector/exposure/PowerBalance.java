package org.multivector.exposure;

import java.util.List;

/**
 * Equal closeness, equidistance or tilt: the balance of a country's ties among a set of powers.
 *
 * <p>Each power {@code p} has a closeness {@code c_p ≥ 0} (in the exposure analysis, its mean share
 * of the country's reported totals over the balance dimensions). Then
 * <ul>
 *   <li>level {@code L = Σ c_p}: how deep the ties with the powers are together;</li>
 *   <li>weights {@code w_p = c_p / L} and evenness {@code E = −Σ w_p ln w_p / ln k} for {@code k ≥ 2}
 *       powers: Shannon entropy normalised by its maximum (Pielou's evenness, E. C. Pielou, <i>J.
 *       Theoretical Biology</i> 13, 1966), 1 for identical closeness, 0 when one power takes all;
 *       {@code E = 1} by convention when {@code L = 0} (no ties with any power: equally distant);</li>
 *   <li>classification, with {@code X} the power of largest weight: alignment with X when
 *       {@code w_X ≥ a*}; otherwise, when {@code E ≥ e*}, equal closeness if {@code L ≥ l*} and
 *       equidistance if not; otherwise tilt toward X ({@link BalanceThresholds}).</li>
 * </ul>
 * This construct is the project's own (no published hedging index was found; see {@code docs/metrics.md}).
 */
public final class PowerBalance {

    private PowerBalance() {}

    /** {@code Σ c_p}. */
    public static double level(double... closeness) {
        double sum = 0;
        for (double c : closeness) {
            sum += c;
        }
        return sum;
    }

    /**
     * Pielou's evenness of the closeness values: 1 for an even spread, 0 when one power takes all.
     *
     * @throws IllegalArgumentException with fewer than two powers, or a negative closeness
     */
    public static double evenness(double... closeness) {
        if (closeness.length < 2) {
            throw new IllegalArgumentException("evenness needs at least two powers, got " + closeness.length);
        }
        double level = 0;
        for (double c : closeness) {
            if (!(c >= 0)) {
                throw new IllegalArgumentException("closeness must be non-negative, was " + c);
            }
            level += c;
        }
        if (level == 0) {
            return 1;
        }
        double entropy = 0;
        for (double c : closeness) {
            if (c > 0) {
                double w = c / level;
                entropy -= w * Math.log(w);
            }
        }
        return Math.min(1, entropy / Math.log(closeness.length));
    }

    /**
     * The classification from each power's weight (summing to 1) and the level of the ties, as
     * {@link #classify} does from closeness values whose weights and level they are. The balance of
     * several channels (material ties and UN voting) averages the channels' weights and levels.
     */
    public static Balance classifyWeights(
            List<String> powers, double[] weights, double level, BalanceThresholds thresholds) {
        if (powers.size() != weights.length) {
            throw new IllegalArgumentException(powers.size() + " powers but " + weights.length + " weights");
        }
        int top = 0;
        for (int i = 1; i < weights.length; i++) {
            if (weights[i] > weights[top]) {
                top = i;
            }
        }
        if (level > 0 && weights[top] >= thresholds.alignmentWeight()) {
            return new Balance.AlignmentWith(powers.get(top));
        }
        if (evenness(weights) >= thresholds.evenEvenness()) {
            return level >= thresholds.deepLevel() ? new Balance.EqualCloseness() : new Balance.Equidistance();
        }
        return new Balance.TiltToward(powers.get(top));
    }

    /** The classification of closeness values of {@code powers} (same order) under {@code thresholds}. */
    public static Balance classify(List<String> powers, double[] closeness, BalanceThresholds thresholds) {
        if (powers.size() != closeness.length) {
            throw new IllegalArgumentException(powers.size() + " powers but " + closeness.length + " closeness values");
        }
        double level = level(closeness);
        int top = 0;
        for (int i = 1; i < closeness.length; i++) {
            if (closeness[i] > closeness[top]) {
                top = i;
            }
        }
        double weight = level > 0 ? closeness[top] / level : 0;
        if (weight >= thresholds.alignmentWeight()) {
            return new Balance.AlignmentWith(powers.get(top));
        }
        if (evenness(closeness) >= thresholds.evenEvenness()) {
            return level >= thresholds.deepLevel() ? new Balance.EqualCloseness() : new Balance.Equidistance();
        }
        return new Balance.TiltToward(powers.get(top));
    }
}
