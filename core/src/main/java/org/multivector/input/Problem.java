package org.multivector.input;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input file: where it is, which rule it breaks and what is wrong. Every reader
 * (datasets, corridors, scenarios, issues, DEU tables, importers) reports with this one type.
 *
 * @param file    the file as the user named it (or the embedded resource name)
 * @param place   where in the file: line and column, byte offset or spreadsheet cell
 * @param rule    the rule broken
 * @param message what is wrong, naming the value; may end with a line starting "Maybe"
 */
public record Problem(String file, Place place, Rule rule, String message) {

    /** File, then line, then column: the order to show problems in. */
    public static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** A problem at a line and column of text (0 for the whole file or the whole line). */
    public Problem(String file, int line, int column, Rule rule, String message) {
        this(file, new Place.Text(Math.max(line, 0), Math.max(column, 0)), rule, message);
    }

    /** A problem about the whole file. */
    public static Problem ofFile(String file, Rule rule, String message) {
        return new Problem(file, Place.WHOLE_FILE, rule, message);
    }

    /** A problem in a spreadsheet cell, shown as {@code file:Sheet!C12}. */
    public static Problem atCell(String file, String sheet, int row, int column, Rule rule, String message) {
        return new Problem(file, new Place.Cell(sheet, row, column), rule, message);
    }

    /** 1-based line, 0 when the problem concerns the whole file (or is not on a line of text). */
    public int line() {
        return place.line();
    }

    /** 1-based column, 0 when it concerns the whole line or is unknown. */
    public int column() {
        return place.column();
    }

    /** {@code file:line:column: [rule] message}, the form compilers use, so editors can jump to it. */
    public String format() {
        return file + place.suffix() + ": [" + rule.id() + "] " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
