package org.multivector.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.app.cli.Main;
import org.multivector.app.store.RunRecorder;
import org.multivector.app.store.RunStore;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ScenarioModel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code simulate --engine spark} writes the same bytes as the local engine, through the command line.
 * One session serves the class (the command reuses a running session and leaves it running), so the
 * tests do not pay Spark's start-up each time; SparkSweepTest lets the command start and stop its own.
 */
class SparkSimulateCommandTest {

    private static final String SCENARIO =
            Path.of("..", "examples", "scenarios", "baseline.yaml").toString();
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkEngine.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theSparkEngineWritesTheLocalEnginesBytes(@TempDir Path folder) throws Exception {
        Path onSpark = folder.resolve("spark.csv");
        Path local = folder.resolve("local.csv");
        assertThat(simulate("--engine", "spark", "--master", "local[2]", "--out", onSpark.toString()))
                .isZero();
        assertThat(simulate("--threads", "2", "--out", local.toString())).isZero();
        assertThat(Files.size(onSpark)).isPositive();
        assertThat(Files.mismatch(onSpark, local)).isEqualTo(-1L);
    }

    @Test
    void aSeparateDatasetFolderTravelsToTheExecutors(@TempDir Path folder) throws Exception {
        Path dataset = folder.resolve("kazakhstan-copy");
        copyEmbeddedDataset(dataset);
        Path onSpark = folder.resolve("spark.csv");
        Path local = folder.resolve("local.csv");
        assertThat(simulate(
                        "--dataset",
                        dataset.toString(),
                        "--engine",
                        "spark",
                        "--master",
                        "local[2]",
                        "--out",
                        onSpark.toString()))
                .isZero();
        assertThat(simulate("--dataset", dataset.toString(), "--out", local.toString()))
                .isZero();
        assertThat(Files.mismatch(onSpark, local)).isEqualTo(-1L);
    }

    @Test
    void resumingOnSparkComputesOnlyTheMissingRunsAndStoresWhatAnUninterruptedRunStores(@TempDir Path folder)
            throws Exception {
        Path store = folder.resolve("interrupted.duckdb");
        ModelRecipe recipe = ModelRecipe.embedded(SCENARIO, Files.readString(Path.of(SCENARIO)), "kazakhstan");
        ScenarioModel model = recipe.compile(folder);
        EnsembleRequest request =
                new EnsembleRequest(120, 7, model.scenario().ensemble().design(), 2);
        AtomicInteger done = new AtomicInteger();
        RunRecorder recorder = RunRecorder.start(
                store,
                new RunStore.Metadata(
                        model.scenario().name(),
                        SCENARIO,
                        "test",
                        recipe.scenarioText(),
                        model.datasetVersion(),
                        "test",
                        2,
                        0),
                model,
                request,
                (d, total) -> done.set(d));
        EnsembleResult partial = new LocalEnsembleRunner().run(model, request, recorder, () -> done.get() >= 45);
        recorder.finish(partial, 0);
        assertThat(partial.completedCount()).isBetween(45, 119);

        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "simulate",
                "--resume",
                "1",
                "--store",
                store.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--no-progress");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("resumed ensemble 1: " + partial.completedCount() + " runs were stored, "
                        + (120 - partial.completedCount()) + " computed now");

        Path reference = folder.resolve("whole.duckdb");
        assertThat(simulateStored(reference)).isZero();
        for (String table : new String[] {"runs", "parameters", "quantiles"}) {
            Path resumed = folder.resolve("resumed-" + table + ".csv");
            Path whole = folder.resolve("whole-" + table + ".csv");
            assertThat(export(store, table, resumed)).isZero();
            assertThat(export(reference, table, whole)).isZero();
            assertThat(Files.mismatch(resumed, whole)).as(table).isEqualTo(-1L);
        }
        try (RunStore runStore = RunStore.open(store)) {
            assertThat(runStore.find(1))
                    .hasValueSatisfying(summary -> assertThat(summary.status()).isEqualTo(RunStore.COMPLETE));
        }
    }

    @Test
    void anUnknownEngineIsAUsageErrorNamingTheChoices() {
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "simulate",
                SCENARIO,
                "--runs",
                "3",
                "--no-store",
                "--no-progress",
                "--engine",
                "flink");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--engine 'flink' is not local or spark");
    }

    private static int simulate(String... options) {
        String[] args = new String[options.length + 8];
        String[] fixed = {"simulate", SCENARIO, "--runs", "120", "--seed", "7", "--no-store", "--no-progress"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(options, 0, args, fixed.length, options.length);
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(err.toString()).doesNotContain("internal error");
        return code;
    }

    private static int simulateStored(Path store) {
        return Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "simulate",
                SCENARIO,
                "--runs",
                "120",
                "--seed",
                "7",
                "--threads",
                "2",
                "--store",
                store.toString(),
                "--no-progress");
    }

    private static int export(Path store, String table, Path out) {
        return Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                "runs",
                "export",
                "1",
                "--table",
                table,
                "--out",
                out.toString(),
                "--store",
                store.toString());
    }

    private static void copyEmbeddedDataset(Path target) throws Exception {
        Path source = Path.of("..", "core", "src", "main", "resources", "datasets", "kazakhstan");
        try (var walk = Files.walk(source)) {
            for (Path file : walk.toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
    }
}
