package org.multivector.corridors.io;

import java.util.Objects;

/**
 * One thing wrong with a corridor file, in the form of {@link org.multivector.input.Problem}.
 *
 * @param file    the file as the user named it (or the embedded resource name)
 * @param line    1-based line, 0 for the whole file
 * @param column  1-based column, 0 for the whole line
 * @param rule    the rule broken
 * @param message what is wrong, naming the value; may end with a line starting "Maybe"
 */
public record CorridorProblem(String file, int line, int column, CorridorRule rule, String message) {

    public CorridorProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: [rule] message}. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": [").append(rule.id()).append("] ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
