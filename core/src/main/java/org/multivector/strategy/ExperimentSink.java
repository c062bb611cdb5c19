package org.multivector.strategy;

/**
 * Receives each run of an experiment as it finishes (the run store streams them to disk, so an
 * interrupted experiment keeps what it did). Called from worker threads: implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface ExperimentSink {

    /** Run (policy {@code p}, scenario {@code s}) finished with these outcome values (the array is the sink's to keep). */
    void accept(int p, int s, double[] outcomes);

    /** A sink that keeps nothing. */
    ExperimentSink NONE = (p, s, outcomes) -> {};
}
