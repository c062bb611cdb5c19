package org.multivector.strategy;

/** Whether more of an outcome is better or worse for the planners. */
public enum Sense {
    /** More is better (room to manoeuvre). */
    MAXIMISE,
    /** Less is better (dependence, revenue at risk, cost). */
    MINIMISE;

    /** +1 when more is better, −1 when less is. */
    public double sign() {
        return this == MAXIMISE ? 1 : -1;
    }

    /** The file spelling: {@code max} or {@code min}. */
    public String fileName() {
        return this == MAXIMISE ? "max" : "min";
    }
}
