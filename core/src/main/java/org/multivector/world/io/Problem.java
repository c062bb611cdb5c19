package org.multivector.world.io;

import java.util.Objects;

/**
 * One thing wrong with an input file.
 *
 * @param file    the file as the user named it (or the embedded resource name)
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when the problem concerns the whole line or file
 * @param rule    the rule broken
 * @param message what is wrong, naming the value; may end with a line starting "Maybe"
 */
public record Problem(String file, int line, int column, Rule rule, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: [rule] message}, the form compilers use, so editors can jump to it. */
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
