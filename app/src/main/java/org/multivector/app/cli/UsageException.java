package org.multivector.app.cli;

/**
 * An option value the command cannot take (an unknown variant name, a bad enumeration word) found
 * after parsing: printed as its message with where to read the options, exit code 2 like every other
 * usage error.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
