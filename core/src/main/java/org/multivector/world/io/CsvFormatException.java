package org.multivector.world.io;

/** A CSV file whose text cannot be read as CSV at a given place (bad quoting, not UTF-8). */
public final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public CsvFormatException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int column() {
        return column;
    }
}
