package org.multivector.strategy;

import org.multivector.scenario.EnsembleListener;

import java.util.function.BooleanSupplier;

/**
 * Runs the missing runs of a policies × scenarios experiment somewhere: on this machine's threads
 * ({@link #LOCAL}, {@link ExperimentRunner#run}) or on a cluster ({@link ExperimentEngine}). Every
 * executor follows one contract, so the numbers do not depend on where runs happen: run (policy
 * {@code p}, scenario {@code s}) is {@link PolicyEvaluator#evaluate} with the policy's
 * {@link PolicyEvaluator#leverValues lever values}, the draws {@code u[s]} and the model seed
 * {@link PolicyEvaluator#scenarioSeed PolicyEvaluator.scenarioSeed(seed, s)}, and nothing else; runs
 * the result already holds are not run again.
 */
@FunctionalInterface
public interface ExperimentExecutor {

    /**
     * Fills {@code result} with every run it lacks, handing each new run to {@code sink} as it finishes.
     *
     * @param evaluator the model and the study's outcomes
     * @param result    what is done so far; filled in place
     * @param u         the scenarios' unit-cube draws, {@code u[s][k]}
     * @param seed      the master seed of the scenarios' model seeds
     * @param sink      receives each new run as it finishes
     * @param listener  progress: runs done (including those done before) of the total
     * @param stop      polled between runs (or batches of runs): when true no new run starts
     * @param threads   worker threads on this machine (a cluster executor may ignore it)
     * @return {@code result}
     */
    ExperimentResult run(
            PolicyEvaluator evaluator,
            ExperimentResult result,
            double[][] u,
            long seed,
            ExperimentSink sink,
            EnsembleListener listener,
            BooleanSupplier stop,
            int threads);

    /** This machine's threads. */
    ExperimentExecutor LOCAL = ExperimentRunner::run;
}
