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

    /**
     * The stop signal of the work the current thread does for a caller, for code that takes none as
     * a parameter (the input readers: a YAML document is read node by node and polls it between
     * nodes). {@link #callWith} binds it for the length of one call; unbound it is {@link #NEVER}.
     */
    static Cancellation current() {
        Cancellation bound = Current.BOUND.get();
        return bound != null ? bound : NEVER;
    }

    /** Runs {@code work} with {@code signal} as this thread's {@link #current()} signal, restoring the previous one after. */
    static <T> T callWith(Cancellation signal, java.util.function.Supplier<T> work) {
        Cancellation previous = Current.BOUND.get();
        Current.BOUND.set(signal);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                Current.BOUND.remove();
            } else {
                Current.BOUND.set(previous);
            }
        }
    }

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

    /** Holder of the per-thread signal of {@link #current()}. */
    final class Current {
        private static final ThreadLocal<Cancellation> BOUND = new ThreadLocal<>();

        private Current() {}
    }
}
