package org.multivector.work;

import java.util.concurrent.CancellationException;

/**
 * A computation stopped because its {@link Cancellation} asked it to; nothing it computed is
 * returned. A {@link CancellationException}, so callers that already treat those as "stopped"
 * (thread pools, streams) keep doing so.
 */
public final class ComputationCancelledException extends CancellationException {

    public ComputationCancelledException(String message) {
        super(message);
    }
}
