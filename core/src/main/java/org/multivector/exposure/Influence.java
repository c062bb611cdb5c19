package org.multivector.exposure;

/**
 * The FBIC-style influence capacity of one actor (the influencer) over another (the target) in a
 * year, with its components; each in [0, 1], NaN where the figures behind it are missing.
 * See {@link InfluenceScore} for how it is built.
 */
public record Influence(
        String influencer,
        String target,
        int year,
        double economicBandwidth,
        double politicalBandwidth,
        double securityBandwidth,
        double bandwidth,
        double economicDependence,
        double securityDependence,
        double dependence,
        double score) {

    /** Whether the score itself could be computed. */
    public boolean isPresent() {
        return !Double.isNaN(score);
    }
}
