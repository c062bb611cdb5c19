package org.multivector.world;

import java.util.stream.IntStream;

/** Calendar years from {@code from} to {@code to}, both inclusive. */
public record YearRange(int from, int to) {

    public YearRange {
        if (to < from) {
            throw new IllegalArgumentException("year range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether {@code year} lies in the range. */
    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    /** The number of years in the range. */
    public int length() {
        return to - from + 1;
    }

    /** The years in ascending order. */
    public IntStream stream() {
        return IntStream.rangeClosed(from, to);
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
