package org.multivector.app.server;

import java.util.function.BooleanSupplier;

/** The time limit of a computation answered within one request. */
final class Deadlines {

    /** Seconds a request may compute before it is stopped (503). */
    static final long SECONDS = 30;

    private Deadlines() {
    }

    /** A stop signal that turns true {@link #SECONDS} from now, or when the request thread is interrupted. */
    static BooleanSupplier start() {
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        Thread requestThread = Thread.currentThread();
        return () -> System.nanoTime() > deadline || requestThread.isInterrupted();
    }
}
