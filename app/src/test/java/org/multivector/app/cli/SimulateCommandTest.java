package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.app.store.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples", "scenarios");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "baseline",
                "western-disengagement",
                "russian-refocus",
                "repeated-cpc-outages",
                "middle-corridor-10mt-2027",
                "chinese-investment-doubles"
            })
    void everyExampleScenarioRunsFromTheCommandLine(String name) {
        CliRun run = CliRun.of(
                "simulate",
                EXAMPLES.resolve(name + ".yaml").toString(),
                "--runs",
                "40",
                "--store",
                temp.resolve("runs.duckdb").toString(),
                "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Scenario " + name,
                        "40 of 40 runs",
                        "Stored as ensemble 1",
                        "room",
                        "revenue-at-risk",
                        "Analyst assumptions:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"runs.csv", "runs.parquet"})
    void theExportForASeedIsByteIdenticalOnOneAndTwoThreads(String file) throws IOException {
        Path one = temp.resolve("one-" + file);
        Path two = temp.resolve("two-" + file);
        String scenario = EXAMPLES.resolve("baseline.yaml").toString();

        CliRun first = CliRun.of(
                "simulate",
                scenario,
                "--runs",
                "80",
                "--seed",
                "77",
                "--threads",
                "1",
                "--out",
                one.toString(),
                "--store",
                temp.resolve("a.duckdb").toString(),
                "--no-progress",
                "--format",
                "csv");
        CliRun second = CliRun.of(
                "simulate",
                scenario,
                "--runs",
                "80",
                "--seed",
                "77",
                "--threads",
                "2",
                "--out",
                two.toString(),
                "--store",
                temp.resolve("b.duckdb").toString(),
                "--no-progress",
                "--format",
                "csv");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.size(one)).isGreaterThan(1000);
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void withoutTheSparkModuleOnTheClassPathTheSparkEngineSaysHowToGetItAndRunsNothing() {
        // the CLI's own class path holds no Spark: the engine is found at run time, only when asked for
        assertThat(getClass().getClassLoader().getResource("org/apache/spark/SparkContext.class"))
                .isNull();
        Path store = temp.resolve("runs.duckdb");

        CliRun run = CliRun.of(
                "simulate",
                EXAMPLES.resolve("baseline.yaml").toString(),
                "--runs",
                "5",
                "--engine",
                "spark",
                "--store",
                store.toString(),
                "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("the Spark engine is not on the class path", "docs/spark.md")
                .doesNotContain("Exception");
        assertThat(store).doesNotExist();
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        String scenario = EXAMPLES.resolve("baseline.yaml").toString();
        CliRun a = CliRun.of(
                "simulate", scenario, "--runs", "30", "--seed", "1", "--no-store", "--no-progress", "--format", "csv");
        CliRun b = CliRun.of(
                "simulate", scenario, "--runs", "30", "--seed", "2", "--no-store", "--no-progress", "--format", "csv");

        assertThat(a.out()).isNotEqualTo(b.out());
    }

    @Test
    void aBrokenScenarioIsRejectedWithFileLineAndColumnAndNothingIsStored() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("baseline.yaml")).replace("step: quarter", "step: fortnight");
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, text);
        Path store = temp.resolve("runs.duckdb");

        CliRun run = CliRun.of("simulate", broken.toString(), "--store", store.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(broken
                        + ":11:28: [schema] 'horizon.step': 'fortnight' is not one of: quarter, quarters, year, years")
                .doesNotContain("Exception");
        assertThat(store).doesNotExist();
    }

    @Test
    void aScenarioNamingAPowerTheDatasetLacksIsRejectedWithItsLine() throws IOException {
        String text = Files.readString(EXAMPLES.resolve("baseline.yaml"))
                .replace("{code: USA, group: west", "{code: XYZ, group: west")
                .replace("\nassumptions:", "\nassumptions:")
                .replace("USA", "XYZ");
        Path broken = temp.resolve("unknown.yaml");
        Files.writeString(broken, text);

        CliRun run = CliRun.of("simulate", broken.toString(), "--no-store", "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("power 'XYZ' is not an actor of dataset kazakhstan")
                .contains(broken + ":23:5:");
    }

    @Test
    void storedRunsCanBeListedShownComparedExportedAndDeleted() throws IOException {
        String store = temp.resolve("runs.duckdb").toString();
        assertThat(CliRun.of(
                                "simulate",
                                EXAMPLES.resolve("baseline.yaml").toString(),
                                "--runs",
                                "30",
                                "--store",
                                store,
                                "--no-progress")
                        .exitCode())
                .isZero();
        assertThat(CliRun.of(
                                "simulate",
                                EXAMPLES.resolve("western-disengagement.yaml").toString(),
                                "--runs",
                                "30",
                                "--store",
                                store,
                                "--no-progress")
                        .exitCode())
                .isZero();

        CliRun list = CliRun.of("runs", "list", "--store", store);
        assertThat(list.out()).contains("baseline", "western-disengagement", "30/30", "complete");

        CliRun show = CliRun.of("runs", "show", "2", "--store", store, "--format", "json");
        assertThat(show.out())
                .contains("\"scenarioName\" : \"western-disengagement\"", "\"series\"", "\"p50\"", "\"assumptions\"");

        CliRun compare = CliRun.of("runs", "compare", "1", "2", "--store", store);
        assertThat(compare.out()).contains("median A", "median B", "dependence:RUS", "2034-Q4");

        Path quantiles = temp.resolve("q.csv");
        assertThat(CliRun.of(
                                "runs",
                                "export",
                                "1",
                                "--table",
                                "quantiles",
                                "--out",
                                quantiles.toString(),
                                "--store",
                                store)
                        .exitCode())
                .isZero();
        assertThat(Files.readAllLines(quantiles).getFirst())
                .isEqualTo("series,outcome,power,unit,period,period_end,p05,p25,p50,p75,p95,mean");

        assertThat(CliRun.of("runs", "delete", "1", "--store", store).exitCode())
                .isZero();
        assertThat(CliRun.of("runs", "list", "--store", store, "--format", "csv")
                        .out())
                .doesNotContain(",baseline,")
                .contains("western-disengagement");
        CliRun missing = CliRun.of("runs", "show", "1", "--store", store);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no ensemble 1");
    }

    @Test
    void ctrlCStopsTheEnsembleAndKeepsTheCompletedRuns() throws Exception {
        Path store = temp.resolve("runs.duckdb");
        Path scenario = temp.resolve("room-only.yaml");
        String text = Files.readString(EXAMPLES.resolve("repeated-cpc-outages.yaml"));
        text = text.substring(0, text.indexOf("outcomes:")) + "outcomes: [room]\n"
                + text.substring(text.indexOf("ensemble:"));
        Files.writeString(scenario, text);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.multivector.app.cli.Main",
                        "simulate",
                        scenario.toString(),
                        "--runs",
                        "200000",
                        "--threads",
                        "1",
                        "--store",
                        store.toString(),
                        "--no-progress")
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("log.txt").toFile())
                .start();
        Path log = temp.resolve("log.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(log) && Files.readString(log).contains("Ctrl-C stops")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).contains("200000 runs on 1 thread");
        // let the ensemble compute for 2 s of its own CPU time, however busy the machine is
        java.time.Duration started = cpu(process);
        long cap = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (cpu(process).minus(started).toMillis() < 2000 && System.nanoTime() < cap) {
            Thread.sleep(100);
        }
        process.destroy(); // SIGTERM: the same shutdown path as Ctrl-C's SIGINT
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (RunStore runStore = RunStore.open(store)) {
            List<RunStore.Summary> stored = runStore.list();
            assertThat(stored).singleElement().satisfies(summary -> {
                assertThat(summary.status()).isEqualTo("interrupted");
                assertThat(summary.runsCompleted()).isPositive().isLessThan(200_000);
                assertThat(runStore.valueCount(summary.id())).isPositive();
            });
        }
    }

    private static java.time.Duration cpu(Process process) {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }
}
