package org.multivector.exposure;

/**
 * Concentration of a country's ties over its partners.
 *
 * <p>Herfindahl–Hirschman index {@code HHI = Σ sᵢ²} of partner shares {@code sᵢ} (here on a 0–1
 * scale; antitrust practice multiplies by 10,000), Hirschman's own index
 * {@code H = 100·√(Σ sᵢ²)} (A. O. Hirschman, <i>National Power and the Structure of Foreign
 * Trade</i>, 1945) and the effective number of partners {@code 1 / HHI}. For {@code n} partners the
 * HHI lies in {@code [1/n, 1]}: {@code 1/n} for an even spread, 1 when one partner takes all.
 *
 * <p>Partner lists in datasets are partial and may overlap (a bloc and its members), so
 * {@link #ofCoverage} computes concentration over disjoint partners plus one "rest of the world"
 * residual, the reported total minus the listed partners. See {@code docs/metrics.md}.
 */
public final class Concentration {

    private Concentration() {}

    /**
     * The HHI of shares that sum to 1.
     *
     * @throws IllegalArgumentException when a share is negative or not finite
     */
    public static double hhi(double... shares) {
        double sum = 0;
        for (double share : shares) {
            if (!(share >= 0) || Double.isInfinite(share)) {
                throw new IllegalArgumentException("share must be a finite non-negative number, was " + share);
            }
            sum += share * share;
        }
        return sum;
    }

    /** Hirschman's index {@code 100·√HHI}, between {@code 100/√n} and 100. */
    public static double hirschman(double hhi) {
        return 100 * Math.sqrt(hhi);
    }

    /** The effective number of partners {@code 1/HHI}: how many equal partners would give the same concentration. */
    public static double effectivePartners(double hhi) {
        return 1 / hhi;
    }

    /**
     * The HHI of {@code values} of disjoint partners (their first {@code count} entries) against a
     * reported total, the part of the total not covered by them counted as one more partner (the
     * rest of the world). When the listed partners add up to more than the total (mirror figures,
     * revisions), they are taken as the whole and the residual is zero.
     *
     * @return the HHI, or NaN when the total is missing, not positive or no partner is listed
     */
    public static double ofCoverage(double[] values, int count, double total) {
        if (!(total > 0) || count == 0) {
            return Double.NaN;
        }
        double listed = 0;
        for (int i = 0; i < count; i++) {
            listed += values[i];
        }
        double whole = Math.max(total, listed);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double share = values[i] / whole;
            sum += share * share;
        }
        double residual = Math.max(0, 1 - listed / whole);
        return sum + residual * residual;
    }
}
