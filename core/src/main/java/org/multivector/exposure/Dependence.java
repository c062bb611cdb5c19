package org.multivector.exposure;

/**
 * Dyadic dependence and its asymmetry, in the sense of Keohane and Nye's <i>sensitivity</i>
 * interdependence (R. O. Keohane and J. S. Nye, <i>Power and Interdependence</i>, 1977): how large
 * a tie is relative to each side's economy, before either side can adjust its policy.
 *
 * <ul>
 *   <li>dependence of A on B: {@code D(A,B) = T(A,B) / GDP(A)}, where {@code T} is their bilateral trade;</li>
 *   <li>asymmetry: {@code D(A,B) − D(B,A)}; positive when A needs the tie more than B does;</li>
 *   <li>Barbieri's trade share {@code s(A) = T(A,B) / total trade of A}, salience
 *       {@code √(s(A)·s(B))}, symmetry {@code 1 − |s(A) − s(B)|} and interdependence
 *       {@code salience × symmetry} (K. Barbieri, "Economic Interdependence: A Path to Peace or a
 *       Source of Interstate Conflict?", <i>Journal of Peace Research</i> 33(1), 1996, 29–49).</li>
 * </ul>
 *
 * Every function returns NaN when an input is missing (NaN) or a denominator is not positive: a
 * missing figure stays missing.
 */
public final class Dependence {

    private Dependence() {}

    /** {@code tie / size}: a tie relative to the economy (or total) of one side; NaN when undefined. */
    public static double ratio(double tie, double size) {
        return size > 0 && tie >= 0 ? tie / size : Double.NaN;
    }

    /** {@code dependenceOfA − dependenceOfB}. */
    public static double asymmetry(double dependenceOfA, double dependenceOfB) {
        return dependenceOfA - dependenceOfB;
    }

    /** Barbieri's salience {@code √(shareA·shareB)}. */
    public static double salience(double shareA, double shareB) {
        return Math.sqrt(shareA * shareB);
    }

    /** Barbieri's symmetry {@code 1 − |shareA − shareB|}. */
    public static double symmetry(double shareA, double shareB) {
        return 1 - Math.abs(shareA - shareB);
    }

    /** Barbieri's interdependence {@code salience × symmetry}. */
    public static double interdependence(double shareA, double shareB) {
        return salience(shareA, shareB) * symmetry(shareA, shareB);
    }
}
