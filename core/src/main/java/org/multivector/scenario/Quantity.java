package org.multivector.scenario;

/**
 * A number in a scenario: either fixed, or the name of a parameter whose value is fixed in the
 * scenario's {@code parameters} section or drawn per run from its {@code uncertainties} section.
 */
public sealed interface Quantity {

    /** A number written in the file. */
    record Fixed(double value) implements Quantity {}

    /** A reference {@code {param: NAME}} to a named parameter. */
    record Parameter(String name) implements Quantity {}

    /** A fixed quantity. */
    static Quantity of(double value) {
        return new Fixed(value);
    }
}
