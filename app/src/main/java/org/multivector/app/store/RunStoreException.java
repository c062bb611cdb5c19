package org.multivector.app.store;

/** The run store could not be opened, read or written; the message says which file and why. */
public final class RunStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
