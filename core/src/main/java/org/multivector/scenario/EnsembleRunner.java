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
 * {@link EnsembleResult#of} assembles a result from those pieces for runners outside this package.
 */
public interface EnsembleRunner {

    /**
     * @param stop polled between runs; when it turns true no new run starts, the runs under way
     *             finish, and the result holds every completed run
     */
    EnsembleResult run(ScenarioModel model, EnsembleRequest request, EnsembleListener listener, BooleanSupplier stop);
}
