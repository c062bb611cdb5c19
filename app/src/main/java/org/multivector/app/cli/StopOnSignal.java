package org.multivector.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a long command: the command is asked to stop, and the JVM waits up
 * to a minute for it to store what it finished and print what it kept before it exits.
 *
 * <pre>{@code
 * try (StopOnSignal signal = StopOnSignal.install()) {
 *     run(..., signal::requested);   // the work polls it between units
 *     print(...);                    // printed before the JVM is let go
 * }
 * }</pre>
 */
final class StopOnSignal implements AutoCloseable {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal() {
        hook = new Thread(
                () -> {
                    requested.set(true);
                    try {
                        finished.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "multivector-stop");
    }

    /** Installs the shutdown hook; close it when the command is done. */
    static StopOnSignal install() {
        StopOnSignal signal = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Whether a signal asked the command to stop. */
    boolean requested() {
        return requested.get();
    }

    /** The command is done: the JVM may exit (if a signal came), or the hook is removed (if none did). */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // a signal came: the hook is running and now lets the JVM exit
        }
    }
}
