package org.multivector.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.multivector.exposure.SweepEngine;
import org.multivector.exposure.SweepExecutor;
import org.multivector.scenario.CompletedRuns;
import org.multivector.scenario.EnsembleEngine;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.EnsembleRunner;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ScenarioModel;
import org.multivector.strategy.ExperimentEngine;
import org.multivector.strategy.ExperimentExecutor;
import org.multivector.world.io.InvalidDatasetException;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The {@code spark} engine of ensembles ({@code multivector simulate ... --engine spark [--master URL]}),
 * strategy experiments ({@code multivector strategy ... --engine spark}) and the world exposure sweep
 * ({@code multivector sweep ... --engine spark}).
 * Without a master it takes the one {@code spark-submit} set, else {@code local[*]}. The session is
 * started for the ensemble and stopped after it, unless one was already running in this JVM.
 */
public final class SparkEngine implements EnsembleEngine, ExperimentEngine, SweepEngine {

    /** The option naming the cluster's master URL, e.g. {@code local[2]} or {@code spark://host:7077}. */
    public static final String MASTER = "master";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public EnsembleRunner runner(ModelRecipe recipe, Map<String, String> options) {
        String master = options.get(MASTER);
        return new EnsembleRunner() {
            @Override
            public EnsembleResult run(
                    ScenarioModel model, EnsembleRequest request, EnsembleListener listener, BooleanSupplier stop) {
                return withSession(
                        master, spark -> new SparkEnsembleRunner(spark, recipe).run(model, request, listener, stop));
            }

            @Override
            public EnsembleResult resume(
                    ScenarioModel model,
                    EnsembleRequest request,
                    CompletedRuns prior,
                    EnsembleListener listener,
                    BooleanSupplier stop) {
                return withSession(
                        master,
                        spark -> new SparkEnsembleRunner(spark, recipe).resume(model, request, prior, listener, stop));
            }
        };
    }

    @Override
    public ExperimentExecutor executor(ModelRecipe recipe, Map<String, String> options) {
        String master = options.get(MASTER);
        return (evaluator, result, u, seed, sink, listener, stop, threads) -> withSession(
                master,
                spark -> new SparkExperimentExecutor(spark, recipe)
                        .run(evaluator, result, u, seed, sink, listener, stop, threads));
    }

    @Override
    public SweepExecutor executor(Map<String, String> options) {
        String master = options.get(MASTER);
        return (recipe, sink, progress, stop, threads) -> {
            InvalidDatasetException[] invalid = new InvalidDatasetException[1];
            int countries = withSession(master, spark -> {
                try {
                    return new SparkSweepExecutor(spark).run(recipe, sink, progress, stop, threads);
                } catch (InvalidDatasetException e) {
                    invalid[0] = e;
                    return 0;
                }
            });
            if (invalid[0] != null) {
                throw invalid[0];
            }
            return countries;
        };
    }

    /**
     * Runs {@code work} on a session for {@code master}: one started for it and stopped after it, or the
     * session already running in this JVM (then left running).
     */
    static <T> T withSession(String master, Function<SparkSession, T> work) {
        boolean running = SparkSession.getActiveSession().isDefined()
                || SparkSession.getDefaultSession().isDefined();
        SparkSession spark = session(master);
        try {
            return work.apply(spark);
        } finally {
            if (!running) {
                spark.stop();
            }
        }
    }

    static SparkSession session(String master) {
        SparkConf conf = new SparkConf(true);
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.app.name", "multivector");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
