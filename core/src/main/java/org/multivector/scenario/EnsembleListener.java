package org.multivector.scenario;

/**
 * Hears about an ensemble's progress (for progress bars) and its finished runs (for stores that
 * keep runs as they finish, so an interrupted ensemble loses only the runs under way); called from
 * worker threads, concurrently.
 */
@FunctionalInterface
public interface EnsembleListener {

    /** One more run finished; {@code done} runs of {@code total} are complete. */
    void runCompleted(int done, int total);

    /**
     * Run {@code run} finished with these parameter values ({@link ParameterSpace#names()} order)
     * and outputs (series × periods, as {@link EnsembleResult#value}); called before
     * {@link #runCompleted}. The arrays are reused once the call returns: copy what you keep.
     */
    default void runFinished(int run, double[] parameterValues, double[] values) {}

    /** A listener that ignores everything. */
    EnsembleListener NONE = (done, total) -> {};
}
