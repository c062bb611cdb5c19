package org.multivector.bargaining;

/** A closed interval [from, to] on an issue's scale. */
public record Interval(double from, double to) {

    public Interval {
        if (!(from <= to)) {
            throw new IllegalArgumentException("interval needs from <= to, got [" + from + ", " + to + "]");
        }
    }

    public double width() {
        return to - from;
    }

    public boolean contains(double x) {
        return x >= from && x <= to;
    }
}
