package org.multivector.app.cli;

/**
 * A problem with what the user asked for or gave us (a bad file, an unknown country code). Printed as
 * its message alone, never as a stack trace, with exit code 1.
 */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
