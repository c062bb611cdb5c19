package org.multivector.exposure;

/**
 * How a country's ties with a set of great powers look in one year (see {@link PowerBalance}).
 */
public sealed interface Balance {

    /** Deep and even ties with every power at once. */
    record EqualCloseness() implements Balance {}

    /** Even but shallow ties with every power. */
    record Equidistance() implements Balance {}

    /** Uneven ties, leaning toward one power without being dominated by it. */
    record TiltToward(String power) implements Balance {}

    /** Uneven ties dominated by one power. */
    record AlignmentWith(String power) implements Balance {}

    /** A short label for reports: {@code equal closeness}, {@code tilt toward CHN}. */
    default String label() {
        return switch (this) {
            case EqualCloseness e -> "equal closeness";
            case Equidistance e -> "equidistance";
            case TiltToward t -> "tilt toward " + t.power();
            case AlignmentWith a -> "alignment with " + a.power();
        };
    }

    /** The power the ties lean to, or empty for the two balanced cases. */
    default String power() {
        return switch (this) {
            case TiltToward t -> t.power();
            case AlignmentWith a -> a.power();
            default -> "";
        };
    }
}
