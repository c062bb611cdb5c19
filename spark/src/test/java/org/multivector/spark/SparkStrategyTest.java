package org.multivector.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.app.cli.Main;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.ModelRecipe;
import org.multivector.strategy.ExperimentExecutor;
import org.multivector.strategy.ExperimentResult;
import org.multivector.strategy.ExperimentRunner;
import org.multivector.strategy.ExperimentSink;
import org.multivector.strategy.Policy;
import org.multivector.strategy.PolicyEvaluator;
import org.multivector.strategy.Study;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strategy experiments (policies × scenarios) on Spark give the local engine's numbers bit for bit:
 * through the executor, with failed tasks retried, when resuming, and through {@code multivector strategy}
 * (the same printed results and the same rows in the run store).
 */
class SparkStrategyTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "strategy", "kazakhstan-autonomy.yaml");

    @TempDir
    static Path temp;

    private static SparkSession spark;
    private static Path tiny;
    private static ModelRecipe recipe;
    private static PolicyEvaluator evaluator;
    private static List<Policy> policies;
    private static double[][] u;

    @BeforeAll
    static void start() throws Exception {
        // local[2,2]: two cores, and every task may fail once and be retried
        spark = SparkEngine.session("local[2,2]");
        // the example with small optimise and sensitivity settings, so the command-line test runs in seconds
        String text = Files.readString(EXAMPLE)
                .replace(
                        "optimise: {algorithm: nsga-ii, population: 16, generations: 8, scenarios: 12, seed: 7,",
                        "optimise: {algorithm: nsga-ii, population: 8, generations: 2, scenarios: 3, seed: 7,")
                .replace("samples: 64, bootstrap: 200, trajectories: 10", "samples: 8, bootstrap: 50, trajectories: 2");
        assertThat(text).contains("population: 8, generations: 2", "samples: 8, bootstrap: 50");
        tiny = temp.resolve("tiny-study.yaml");
        Files.writeString(tiny, text);
        recipe = ModelRecipe.embedded(tiny.toString(), text, "kazakhstan");
        evaluator = PolicyEvaluator.compile(recipe, Files.createTempDirectory(temp, "driver"));
        Study study = evaluator.study();
        policies = ExperimentRunner.policies(
                study, study.sample().samplePolicies(), study.sample().seed());
        u = evaluator.scenarios(
                new Study.Sample(23, study.sample().design(), study.sample().seed(), 0));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void anExperimentOnSparkEqualsTheLocalOneBitForBitEvenWhenTasksFailOnce() {
        ExperimentResult local = ExperimentExecutor.LOCAL.run(
                evaluator, fresh(), u, 11, ExperimentSink.NONE, EnsembleListener.NONE, () -> false, 2);
        SparkExperimentExecutor.SliceFault failFirstAttemptOfEverySecondSlice = (slice, attempt) -> {
            if (attempt == 0 && slice.runs()[0] % 2 == 0) {
                throw new IllegalStateException("injected executor failure in the slice from run " + slice.runs()[0]);
            }
        };
        Set<Integer> sunk = ConcurrentHashMap.newKeySet();
        AtomicInteger progress = new AtomicInteger();
        ExperimentResult onSpark = new SparkExperimentExecutor(spark, recipe, failFirstAttemptOfEverySecondSlice)
                .run(
                        evaluator,
                        fresh(),
                        u,
                        11,
                        (p, s, outcomes) -> assertThat(sunk.add(p * u.length + s))
                                .as("run %d/%d stored twice", p, s)
                                .isTrue(),
                        (done, total) -> progress.set(done),
                        () -> false,
                        2);
        assertSame(local, onSpark);
        assertThat(sunk).hasSize(policies.size() * u.length);
        assertThat(progress.get()).isEqualTo(policies.size() * u.length);
    }

    @Test
    void aResumedExperimentRunsOnlyWhatIsMissingAndEqualsAnUninterruptedOne() {
        ExperimentResult local = ExperimentExecutor.LOCAL.run(
                evaluator, fresh(), u, 5, ExperimentSink.NONE, EnsembleListener.NONE, () -> false, 1);
        ExperimentResult prior = fresh();
        double[] out = new double[evaluator.outcomeCount()];
        for (int s = 0; s < u.length; s++) {
            for (int p = 0; p < policies.size(); p++) {
                if (s < 7 || (p + s) % 4 == 0) { // every policy on the first scenarios, and scattered runs
                    for (int o = 0; o < out.length; o++) {
                        out[o] = local.value(p, s, o);
                    }
                    prior.put(p, s, out.clone());
                }
            }
        }
        int stored = prior.doneCount();
        List<Integer> computed = new ArrayList<>();
        ExperimentResult resumed = new SparkExperimentExecutor(spark, recipe)
                .run(
                        evaluator,
                        prior,
                        u,
                        5,
                        (p, s, outcomes) -> computed.add(p * u.length + s),
                        EnsembleListener.NONE,
                        () -> false,
                        2);
        assertSame(local, resumed);
        assertThat(computed).hasSize(policies.size() * u.length - stored).doesNotHaveDuplicates();
    }

    @Test
    void theStrategyCommandOnSparkPrintsAndStoresWhatTheLocalEngineDoes() throws Exception {
        Path localStore = temp.resolve("local.duckdb");
        Path sparkStore = temp.resolve("spark.duckdb");
        String local = strategy("--store", localStore.toString(), "--threads", "2");
        String onSpark = strategy("--store", sparkStore.toString(), "--engine", "spark", "--master", "local[2]");
        assertThat(local)
                .startsWith("section,policy,item,measure,value")
                .contains("robustness,", "prim-box,", "pareto,", "sobol,");
        assertThat(onSpark).isEqualTo(local);
        List<String> localRows = storedRuns(localStore);
        assertThat(localRows).hasSize(policies.size() * 16 * evaluator.outcomeCount());
        assertThat(storedRuns(sparkStore)).isEqualTo(localRows);
    }

    private static String strategy(String... options) {
        List<String> args = new ArrayList<>(
                List.of("strategy", tiny.toString(), "--scenarios", "16", "--format", "csv", "--no-progress"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    /** Every stored run value, in key order, with its exact bits. */
    private static List<String> storedRuns(Path store) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT experiment_id, policy_index, scenario_index, outcome_index, value "
                                + "FROM strategy_runs ORDER BY 1, 2, 3, 4")) {
            while (result.next()) {
                rows.add(result.getInt(1) + "/" + result.getInt(2) + "/" + result.getInt(3) + "/" + result.getInt(4)
                        + "=" + Long.toHexString(Double.doubleToRawLongBits(result.getDouble(5))));
            }
        }
        return rows;
    }

    private static ExperimentResult fresh() {
        return new ExperimentResult(policies, u.length, evaluator.outcomeCount());
    }

    private static void assertSame(ExperimentResult expected, ExperimentResult actual) {
        assertThat(actual.complete()).isTrue();
        for (int p = 0; p < expected.policyCount(); p++) {
            for (int s = 0; s < expected.scenarioCount(); s++) {
                for (int o = 0; o < expected.outcomeCount(); o++) {
                    assertThat(Double.doubleToRawLongBits(actual.value(p, s, o)))
                            .as("policy %d scenario %d outcome %d", p, s, o)
                            .isEqualTo(Double.doubleToRawLongBits(expected.value(p, s, o)));
                }
            }
        }
    }
}
