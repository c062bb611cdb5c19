package org.multivector.report;

import java.util.Objects;

/**
 * One cell of a {@link Report} row, typed so that each renderer can write it its own way: a table groups
 * thousands and prints shares as percentages, CSV writes plain figures. A figure that does not exist is
 * {@link Missing}, never zero (a renderer leaves it empty).
 */
public sealed interface Cell {

    /** A word, code, name or text already written for people. */
    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A whole number: a count, a rank, a year. */
    record Whole(long value) implements Cell {}

    /** A finite decimal figure. */
    record Figure(double value) implements Cell {
        public Figure {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a figure must be finite, not " + value
                        + "\nMaybe use Cell.of(value), which makes it Missing.");
            }
        }
    }

    /** A yes/no value. */
    record Flag(boolean value) implements Cell {}

    /** No value: an absent figure or an empty field. */
    record Missing() implements Cell {}

    /** The one missing cell. */
    Missing MISSING = new Missing();

    /**
     * The cell for a plain Java value: {@code null} and non-finite doubles are {@link Missing}, strings are
     * {@link Text} (the empty string too), integral numbers {@link Whole}, other numbers {@link Figure},
     * booleans {@link Flag}; a cell is kept as it is.
     *
     * @throws IllegalArgumentException for any other type (a bug in the caller)
     */
    static Cell of(Object value) {
        return switch (value) {
            case null -> MISSING;
            case Cell cell -> cell;
            case String text -> new Text(text);
            case Integer i -> new Whole(i);
            case Long l -> new Whole(l);
            case Short s -> new Whole(s);
            case Double d -> Double.isFinite(d) ? new Figure(d) : MISSING;
            case Float f -> Float.isFinite(f) ? new Figure(f) : MISSING;
            case Boolean b -> new Flag(b);
            default ->
                throw new IllegalArgumentException(
                        "no report cell for a " + value.getClass().getName());
        };
    }
}
