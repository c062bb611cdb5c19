package org.multivector.work;

import java.util.function.BooleanSupplier;

/**
 * A request to stop a computation, polled by the computation itself between units of work
 * (cooperative cancellation: nothing is interrupted from outside, so no structure is left half
 * updated). A loop calls {@link #check()} before each unit; once {@link #cancelled()} turns true it
 * stays true, and the computation ends with {@link ComputationCancelledException} carrying
 * {@link #reason()}. Polling must be cheap: implementations read a flag or a clock.
 *
 * <p>It is a {@link BooleanSupplier} (true: stop) so it can be passed where an older API takes a
 * stop signal, such as {@link org.multivector.scenario.EnsembleRunner}.
 */
@FunctionalInterface
public interface Cancellation extends BooleanSupplier {

    /** Never cancelled: for callers that run a computation to its end. */
    Cancellation NEVER = () -> false;

    /** Whether the computation should stop now. */
    boolean cancelled();

    /** Why it should stop, for the message of the exception (override to say more). */
    default String reason() {
        return "the computation was cancelled";
    }

    /**
     * Ends the computation when it should stop.
     *
     * @throws ComputationCancelledException when {@link #cancelled()}
     */
    default void check() {
        if (cancelled()) {
            throw new ComputationCancelledException(reason());
        }
    }

    @Override
    default boolean getAsBoolean() {
        return cancelled();
    }
}
