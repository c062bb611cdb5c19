package org.multivector.strategy;

import org.multivector.scenario.EnsembleListener;
import org.multivector.work.Parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs policies × scenarios (EMA Workbench's "experiments"; Kwakkel 2017,
 * doi:10.1016/j.envsoft.2017.06.054) on this machine's cores, skipping the runs the result already
 * holds: an interrupted experiment resumes and runs only what is missing. Each run's inputs are the
 * policy's lever values, scenario {@code s}'s draws and its seed alone, so the numbers do not depend
 * on the thread count, on the order runs are done in, or on whether the experiment was resumed.
 * It is the {@link ExperimentExecutor#LOCAL local executor}; {@link ExperimentEngine}s run the same
 * runs elsewhere.
 */
public final class ExperimentRunner {

    private ExperimentRunner() {}

    /**
     * @param evaluator the model and the study's outcomes
     * @param result    what is done so far (a fresh {@link ExperimentResult} or one filled from the store); filled in place
     * @param u         the scenarios' unit-cube draws, {@code u[s][k]}
     * @param seed      the master seed of the scenarios' model seeds
     * @param sink      receives each new run as it finishes
     * @param listener  progress: runs done (including those done before) of the total
     * @param stop      polled between runs: when true no new run starts
     * @param threads   worker threads
     * @return {@code result}
     */
    public static ExperimentResult run(
            PolicyEvaluator evaluator,
            ExperimentResult result,
            double[][] u,
            long seed,
            ExperimentSink sink,
            EnsembleListener listener,
            BooleanSupplier stop,
            int threads) {
        int policies = result.policyCount();
        int scenarios = result.scenarioCount();
        result.requireDraws(u);
        double[][] leverValues = evaluator.leverValues(result);
        int[] missing =
                result.missing(); // scenario-major: an interrupted experiment has every policy on its first scenarios
        int total = policies * scenarios;
        AtomicInteger doneCount = new AtomicInteger(total - missing.length);
        int outcomes = evaluator.outcomeCount();
        Parallel.forEach(missing.length, threads, i -> {
            if (stop.getAsBoolean()) {
                return; // no new run starts once stop turns true
            }
            int p = missing[i] / scenarios;
            int s = missing[i] % scenarios;
            double[] out = new double[outcomes];
            evaluator.evaluate(leverValues[p], u[s], PolicyEvaluator.scenarioSeed(seed, s), out);
            result.put(p, s, out);
            sink.accept(p, s, out);
            listener.runCompleted(doneCount.incrementAndGet(), total);
        });
        return result;
    }

    /**
     * The study's named policies followed by {@code extra} policies drawn by Latin hypercube over the
     * lever ranges (named {@code sampled-1}, {@code sampled-2}, ...).
     */
    public static List<Policy> policies(Study study, int extra, long seed) {
        List<Policy> result = new ArrayList<>(study.policyList());
        if (extra > 0) {
            double[][] u = org.multivector.scenario.SampleDesign.draw(
                    org.multivector.scenario.Design.LATIN_HYPERCUBE,
                    extra,
                    study.leverList().size(),
                    seed ^ 0x5DEECE66DL);
            for (int i = 0; i < extra; i++) {
                java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
                for (int l = 0; l < study.leverList().size(); l++) {
                    var lever = study.leverList().get(l);
                    values.put(lever.name(), lever.admit(lever.min() + u[i][l] * (lever.max() - lever.min())));
                }
                result.add(new Policy("sampled-" + (i + 1), values));
            }
        }
        return result;
    }
}
