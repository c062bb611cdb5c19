package org.multivector.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.multivector.scenario.CompletedRuns;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.EnsembleRunner;
import org.multivector.scenario.EnsembleSlots;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ParameterSpace;
import org.multivector.scenario.RunSeeds;
import org.multivector.scenario.SampleDesign;
import org.multivector.scenario.ScenarioModel;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs an ensemble on an Apache Spark cluster with the same numbers as
 * {@link org.multivector.scenario.LocalEnsembleRunner}, bit for bit.
 *
 * <p>How: the driver draws the uniform design for all runs (a Latin hypercube needs them all at once)
 * and broadcasts it with the {@link ModelRecipe} — the scenario text and the dataset's bytes. The run
 * indices are cut into contiguous slices, one Spark partition each; an executor compiles the model
 * once per recipe ({@link CompiledModels}) and computes each run of its slice from its index alone
 * (parameters {@code values(u[i])}, seed {@link RunSeeds#modelSeed}). Slices come back to the driver,
 * which places them by run index. A task that fails is retried by Spark; since a slice is a pure
 * function of its indices, a retry neither loses nor duplicates a run.
 *
 * <p>Slices are collected in waves of partitions, so the {@link EnsembleListener} hears each finished run
 * (a run store keeps it as the local engine's runs are kept) and progress, and the
 * stop condition is honoured between waves: the result then holds every run of the finished waves.
 * {@link #resume} computes only the runs an interrupted ensemble lacks.
 * Results travel to the driver: an ensemble must fit in the driver's memory (the same limit as the
 * local engine's).
 */
public final class SparkEnsembleRunner implements EnsembleRunner {

    private final SparkSession spark;
    private final ModelRecipe recipe;
    private final int slicesPerCore;
    private final SliceFault fault;

    /**
     * @param spark  the session to run on (the caller owns it and stops it)
     * @param recipe what the model given to {@link #run} was compiled from
     */
    public SparkEnsembleRunner(SparkSession spark, ModelRecipe recipe) {
        this(spark, recipe, 4, SliceFault.NONE);
    }

    SparkEnsembleRunner(SparkSession spark, ModelRecipe recipe, int slicesPerCore, SliceFault fault) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        if (slicesPerCore < 1) {
            throw new IllegalArgumentException("slicesPerCore must be at least 1, got " + slicesPerCore);
        }
        this.slicesPerCore = slicesPerCore;
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    @Override
    public EnsembleResult run(
            ScenarioModel model, EnsembleRequest request, EnsembleListener listener, BooleanSupplier stop) {
        return resume(model, request, CompletedRuns.none(request.runs()), listener, stop);
    }

    /**
     * Completes an interrupted ensemble on the cluster: the runs in {@code prior} are taken as stored,
     * only the missing ones are cut into slices and computed (each from its index alone), so the
     * result is the one an uninterrupted run would have given, bit for bit.
     */
    @Override
    public EnsembleResult resume(
            ScenarioModel model,
            EnsembleRequest request,
            CompletedRuns prior,
            EnsembleListener listener,
            BooleanSupplier stop) {
        int runs = request.runs();
        int size = model.outputSize();
        EnsembleSlots slots = EnsembleSlots.resuming(model, request, prior);
        ParameterSpace space = model.parameters();
        double[][] u = SampleDesign.draw(request.design(), runs, space.uncertainCount(), request.seed());
        int[] missing = slots.missing();
        if (missing.length == 0) {
            return slots.result();
        }

        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, context.defaultParallelism());
        int sliceCount = Math.min(missing.length, cores * slicesPerCore);
        List<Slice> slices = new ArrayList<>(sliceCount);
        for (int[] runsOfSlice : Waves.slices(missing, sliceCount)) {
            slices.add(new Slice(runsOfSlice));
        }
        Broadcast<ModelRecipe> recipeBroadcast = context.broadcast(recipe);
        Broadcast<double[][]> designBroadcast = context.broadcast(u);
        long seed = request.seed();
        SliceFault injected = fault;
        JavaRDD<SliceResult> results = context.parallelize(slices, sliceCount)
                .map(slice -> compute(slice, recipeBroadcast.value(), designBroadcast.value(), seed, injected));
        int[] done = {prior.count()};
        try {
            Waves.collect(results, sliceCount, cores, stop, slice -> {
                if (slice.outputSize() != size) {
                    throw new IllegalStateException("an executor compiled a model with " + slice.outputSize()
                            + " outputs per run where the driver's has " + size
                            + ": the recipe does not match the model");
                }
                double[] out = new double[size];
                for (int k = 0; k < slice.runs().length; k++) {
                    int run = slice.runs()[k];
                    slots.put(run, slice.parameters()[k], slice.values(), k * size);
                    System.arraycopy(slice.values(), k * size, out, 0, size);
                    listener.runFinished(run, slice.parameters()[k], out);
                    listener.runCompleted(++done[0], runs);
                }
            });
        } finally {
            recipeBroadcast.destroy();
            designBroadcast.destroy();
        }
        return slots.result();
    }

    /** Runs {@code slice} on an executor; a pure function of its arguments. */
    static SliceResult compute(Slice slice, ModelRecipe recipe, double[][] u, long seed, SliceFault fault) {
        TaskContext task = TaskContext.get();
        if (task != null) {
            fault.maybeFail(slice, task.attemptNumber());
        }
        ScenarioModel model = CompiledModels.get(recipe);
        ParameterSpace space = model.parameters();
        int size = model.outputSize();
        int count = slice.runs().length;
        double[][] parameters = new double[count][];
        double[] values = new double[count * size];
        double[] out = new double[size];
        for (int k = 0; k < count; k++) {
            int run = slice.runs()[k];
            parameters[k] = space.values(u[run]);
            model.run(parameters[k], RunSeeds.modelSeed(seed, run), out);
            System.arraycopy(out, 0, values, k * size, size);
        }
        return new SliceResult(slice.runs(), size, parameters, values);
    }

    /** The run indices of one task, ascending (contiguous, except where a resumed ensemble already holds runs). */
    record Slice(int[] runs) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        /** The first run of the slice. */
        int from() {
            return runs[0];
        }
    }

    /** A slice's parameters (one row per run) and run-major outputs. */
    record SliceResult(int[] runs, int outputSize, double[][] parameters, double[] values) implements Serializable {
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
