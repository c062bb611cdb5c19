package org.multivector.report;

import java.util.Objects;

/**
 * A request that breaks one of an analysis's rules, found while resolving it against a dataset: the
 * field named is the request's (e.g. {@code year}, {@code powers}, {@code cut}); the command line reports
 * it as its option ({@code --year}), the API as the query parameter. A user's mistake, never a bug.
 */
public final class InvalidRequestException extends IllegalArgumentException {

    private final String field;

    /**
     * @param field   the request field at fault
     * @param message what is wrong, naming the value; advice on a second line starting "Maybe"
     */
    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The request field at fault. */
    public String field() {
        return field;
    }
}
