package org.multivector.scenario;

/** Where something stands in its scenario file (1-based line and column; 0 when not from a file). */
public record At(int line, int column) {

    /** For scenarios built in code rather than read from a file. */
    public static final At NOWHERE = new At(0, 0);
}
