package org.multivector.input;

/** A CSV file whose text cannot be read as CSV at a given place (bad quoting, not UTF-8, too large). */
public final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Place place;
    private final Rule rule;

    /** Broken CSV syntax at a line and column. */
    public CsvFormatException(int line, int column, String message) {
        this(new Place.Text(line, column), InputRule.UNREADABLE_FILE, message);
    }

    /** Text that cannot be read at {@code place}, breaking {@code rule}. */
    public CsvFormatException(Place place, Rule rule, String message) {
        super(message);
        this.place = place;
        this.rule = rule;
    }

    /** 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() {
        return place.line();
    }

    /** 1-based column of the problem, 0 when unknown. */
    public int column() {
        return place.column();
    }

    /** Where the problem is (a byte offset for bytes that are not UTF-8). */
    public Place place() {
        return place;
    }

    /** The rule broken: unreadable-file for syntax, encoding, too-large. */
    public Rule rule() {
        return rule;
    }

    /** The problem this is, on {@code file}. */
    public Problem problem(String file) {
        return new Problem(file, place, rule, getMessage());
    }
}
