package org.multivector.bargaining;

/**
 * Noise put on an issue's inputs for one Monte Carlo run, each draw a standard normal z:
 * capability × max(0, 1 + capability·z) (relative), salience + salience·z clamped to [0, 1] (absolute),
 * position + position·Δ·z clamped to the scale (a share of the scale's range Δ).
 *
 * @param capability relative standard deviation of capabilities (0.2 = ±20 %)
 * @param salience   absolute standard deviation of saliences (on [0, 1])
 * @param position   standard deviation of positions as a share of the scale's range
 */
public record Perturbation(double capability, double salience, double position) {

    /** A moderate default: 20 % on capability, 0.1 on salience, 5 % of the range on position. */
    public static final Perturbation DEFAULT = new Perturbation(0.2, 0.1, 0.05);

    public Perturbation {
        if (!(capability >= 0) || !(salience >= 0) || !(position >= 0)) {
            throw new IllegalArgumentException("noise levels must be >= 0");
        }
    }
}
