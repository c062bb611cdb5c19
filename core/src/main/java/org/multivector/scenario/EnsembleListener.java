package org.multivector.scenario;

/** Hears about an ensemble's progress (for progress bars); called from worker threads. */
@FunctionalInterface
public interface EnsembleListener {

    /** One more run finished; {@code done} runs of {@code total} are complete. */
    void runCompleted(int done, int total);

    /** A listener that ignores everything. */
    EnsembleListener NONE = (done, total) -> { };
}
