package org.multivector.strategy;

import java.util.Objects;

/**
 * A satisficing criterion (Simon 1955; Lempert and Collins 2007): an outcome must be at least or at
 * most a stated level in a scenario for the policy to "do well enough" there.
 *
 * @param outcome the outcome's name
 * @param atLeast the lowest acceptable value, or NaN
 * @param atMost  the highest acceptable value, or NaN
 */
public record Threshold(String outcome, double atLeast, double atMost) {

    public Threshold {
        Objects.requireNonNull(outcome, "outcome");
        if (Double.isNaN(atLeast) == Double.isNaN(atMost)) {
            throw new IllegalArgumentException("threshold on " + outcome + ": give exactly one of atLeast and atMost");
        }
    }

    /** Whether {@code value} meets the criterion. */
    public boolean met(double value) {
        return Double.isNaN(atLeast) ? value <= atMost : value >= atLeast;
    }

    /** As written in reports, e.g. {@code room >= 0.4}. */
    public String label() {
        return Double.isNaN(atLeast) ? outcome + " <= " + atMost : outcome + " >= " + atLeast;
    }
}
