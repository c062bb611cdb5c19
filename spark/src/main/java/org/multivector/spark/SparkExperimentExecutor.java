package org.multivector.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.ModelRecipe;
import org.multivector.strategy.ExperimentExecutor;
import org.multivector.strategy.ExperimentResult;
import org.multivector.strategy.ExperimentSink;
import org.multivector.strategy.PolicyEvaluator;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs the missing runs of a policies × scenarios experiment on an Apache Spark cluster, with the
 * numbers of {@link org.multivector.strategy.ExperimentRunner}, bit for bit.
 *
 * <p>How: the driver lists the missing runs in the local engine's order (scenario by scenario) and cuts
 * them into contiguous slices, one partition each; it broadcasts the {@link ModelRecipe} (study text
 * and dataset), the scenarios' draws and every policy's lever values. An executor builds the study's
 * {@link PolicyEvaluator} once ({@link CompiledModels}) and computes run (p, s) from its indices alone
 * ({@link org.multivector.strategy.ExperimentExecutor}'s contract). Slices come back in waves: each run
 * goes into the result and to the sink (the run store) as it arrives, and a stop is honoured between
 * waves. A retried task recomputes the same numbers, so no run is lost or doubled.
 */
public final class SparkExperimentExecutor implements ExperimentExecutor {

    /** The most runs in one task, so that the store hears runs and Ctrl-C is honoured while a large experiment goes on. */
    static final int MAX_SLICE = 2_000;

    private final SparkSession spark;
    private final ModelRecipe recipe;
    private final SliceFault fault;

    /**
     * @param spark  the session to run on (the caller owns it and stops it)
     * @param recipe what the evaluator given to {@link #run} was built from ({@link PolicyEvaluator#compile})
     */
    public SparkExperimentExecutor(SparkSession spark, ModelRecipe recipe) {
        this(spark, recipe, SliceFault.NONE);
    }

    SparkExperimentExecutor(SparkSession spark, ModelRecipe recipe, SliceFault fault) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    @Override
    public ExperimentResult run(
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
        int[] missing = result.missing();
        if (missing.length == 0) {
            return result;
        }
        double[][] leverValues = evaluator.leverValues(result);
        int outcomes = evaluator.outcomeCount();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, context.defaultParallelism());
        int sliceCount = Math.min(missing.length, Math.max(cores * 4, (missing.length + MAX_SLICE - 1) / MAX_SLICE));
        List<Slice> slices = new ArrayList<>(sliceCount);
        for (int[] runs : Waves.slices(missing, sliceCount)) {
            slices.add(new Slice(runs));
        }
        Broadcast<ModelRecipe> recipeBroadcast = context.broadcast(recipe);
        Broadcast<double[][]> drawsBroadcast = context.broadcast(u);
        Broadcast<double[][]> leversBroadcast = context.broadcast(leverValues);
        SliceFault injected = fault;
        JavaRDD<SliceResult> computed = context.parallelize(slices, sliceCount)
                .map(slice -> compute(
                        slice,
                        recipeBroadcast.value(),
                        drawsBroadcast.value(),
                        leversBroadcast.value(),
                        scenarios,
                        seed,
                        injected));
        int total = policies * scenarios;
        int[] done = {total - missing.length};
        try {
            Waves.collect(computed, sliceCount, cores, stop, slice -> {
                if (slice.outcomes() != outcomes) {
                    throw new IllegalStateException("an executor built a study with " + slice.outcomes()
                            + " outcomes where the driver's has " + outcomes + ": the recipe does not match the study");
                }
                for (int k = 0; k < slice.runs().length; k++) {
                    int p = slice.runs()[k] / scenarios;
                    int s = slice.runs()[k] % scenarios;
                    double[] out = java.util.Arrays.copyOfRange(slice.values(), k * outcomes, (k + 1) * outcomes);
                    result.put(p, s, out);
                    sink.accept(p, s, out);
                    listener.runCompleted(++done[0], total);
                }
            });
        } finally {
            recipeBroadcast.destroy();
            drawsBroadcast.destroy();
            leversBroadcast.destroy();
        }
        return result;
    }

    /** Runs {@code slice} on an executor; a pure function of its arguments. */
    static SliceResult compute(
            Slice slice,
            ModelRecipe recipe,
            double[][] u,
            double[][] leverValues,
            int scenarios,
            long seed,
            SliceFault fault) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            fault.maybeFail(slice, task.attemptNumber());
        }
        PolicyEvaluator evaluator = CompiledModels.evaluator(recipe);
        int outcomes = evaluator.outcomeCount();
        double[] values = new double[slice.runs().length * outcomes];
        double[] out = new double[outcomes];
        for (int k = 0; k < slice.runs().length; k++) {
            int p = slice.runs()[k] / scenarios;
            int s = slice.runs()[k] % scenarios;
            evaluator.evaluate(leverValues[p], u[s], PolicyEvaluator.scenarioSeed(seed, s), out);
            System.arraycopy(out, 0, values, k * outcomes, outcomes);
        }
        return new SliceResult(slice.runs(), outcomes, values);
    }

    /** The runs of one task, each as {@code p * scenarios + s}. */
    record Slice(int[] runs) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A slice's outcomes, run by run. */
    record SliceResult(int[] runs, int outcomes, double[] values) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** A failure injected into a task attempt, to prove that retries neither lose nor duplicate runs. */
    @FunctionalInterface
    interface SliceFault extends Serializable {
        SliceFault NONE = (slice, attempt) -> {};

        void maybeFail(Slice slice, int attempt);
    }
}
