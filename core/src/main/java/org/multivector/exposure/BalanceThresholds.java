package org.multivector.exposure;

/**
 * The thresholds that turn closeness and evenness into a {@link Balance} classification. They are
 * analyst choices, not published constants; {@code docs/metrics.md} explains the defaults.
 *
 * @param evenEvenness   evenness at or above which ties count as even (balanced), unless one power reaches the alignment weight
 * @param deepLevel      closeness level (the powers' combined share of the country's ties) at or
 *                       above which even ties count as deep: equal closeness rather than equidistance
 * @param alignmentWeight the power's weight among the powers (its closeness over the level) at or
 *                       above which ties count as alignment with it, however even the rest
 */
public record BalanceThresholds(double evenEvenness, double deepLevel, double alignmentWeight) {

    /** Evenness 0.95, level 0.5, alignment weight 0.6 (docs/metrics.md says what they mean). */
    public static final BalanceThresholds DEFAULT = new BalanceThresholds(0.95, 0.5, 0.6);

    public BalanceThresholds {
        check("evenEvenness", evenEvenness);
        check("deepLevel", deepLevel);
        check("alignmentWeight", alignmentWeight);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], was " + value);
        }
    }
}
