package org.multivector.scenario;

import java.util.function.BooleanSupplier;

/**
 * Runs a compiled scenario many times, drawing its uncertain parameters per run. Implementations
 * (local threads here; a cluster elsewhere) must give the same result for the same model, seed,
 * design and run count, whatever their parallelism. The contract every implementation follows:
 * <ul>
 *   <li>the uniform design {@code u = SampleDesign.draw(design, runs, uncertainCount, seed)} is drawn once
 *       for the whole ensemble (a Latin hypercube needs all runs at once);</li>
 *   <li>run {@code i} takes the parameters {@code parameters().values(u[i])} and the model seed
 *       {@link RunSeeds#modelSeed(long, int) RunSeeds.modelSeed(seed, i)}, and nothing else random;</li>
 *   <li>its outputs fill slice {@code i} of the result, so where or when it ran does not matter.</li>
 * </ul>
 * {@link EnsembleSlots} holds those pieces, the runs of an interrupted ensemble already in place, and assembles the result.
 */
public interface EnsembleRunner {

    /**
     * @param stop polled between runs; when it turns true no new run starts, the runs under way
     *             finish, and the result holds every completed run
     */
    EnsembleResult run(ScenarioModel model, EnsembleRequest request, EnsembleListener listener, BooleanSupplier stop);

    /**
     * Completes an interrupted ensemble: the runs in {@code prior} are taken as they are, only the
     * others are computed (and reported to {@code listener}); the result is the one an
     * uninterrupted {@link #run} would have given. Runners that cannot say so.
     *
     * @throws UnsupportedOperationException when this runner cannot resume
     */
    default EnsembleResult resume(
            ScenarioModel model,
            EnsembleRequest request,
            CompletedRuns prior,
            EnsembleListener listener,
            BooleanSupplier stop) {
        if (prior.count() == 0) {
            return run(model, request, listener, stop);
        }
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " cannot resume an ensemble; resume it with the local runner");
    }
}
