package org.multivector.input;

import java.io.IOException;

/**
 * Text that cannot be read as text: bytes that are not UTF-8, or a file above its size limit. Thrown by
 * {@link Utf8Reader}; readers turn it into a {@link Problem} with {@link #problem(String)}.
 */
public final class TextInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Place place;
    private final InputRule rule;

    TextInputException(Place place, InputRule rule, String message) {
        super(message);
        this.place = place;
        this.rule = rule;
    }

    /** Where reading stopped. */
    public Place place() {
        return place;
    }

    /** {@link InputRule#ENCODING} or {@link InputRule#TOO_LARGE}. */
    public InputRule rule() {
        return rule;
    }

    /** The problem this is, on {@code file}. */
    public Problem problem(String file) {
        return new Problem(file, place, rule, getMessage());
    }

    /** The first {@code TextInputException} among {@code e} and its causes, or null (parsers wrap reader failures). */
    public static TextInputException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextInputException found) {
                return found;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
