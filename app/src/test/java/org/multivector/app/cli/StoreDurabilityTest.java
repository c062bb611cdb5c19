package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.app.store.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost: runs are stored as they finish, so a {@code kill -9} in the middle of an ensemble
 * keeps what was stored, {@code simulate --resume} computes only the rest and gives the numbers of
 * an uninterrupted run; and two processes writing one store both succeed.
 */
class StoreDurabilityTest {

    @TempDir
    Path temp;

    private static final String RUNS = "12000";

    private Path roomOnlyScenario() throws IOException {
        Path scenario = temp.resolve("room-only.yaml");
        String text = Files.readString(SimulateCommandTest.EXAMPLES.resolve("repeated-cpc-outages.yaml"));
        Files.writeString(
                scenario,
                text.substring(0, text.indexOf("outcomes:")) + "outcomes: [room]\n"
                        + text.substring(text.indexOf("ensemble:")));
        return scenario;
    }

    private Process simulate(Path log, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.multivector.app.cli.Main",
                "simulate"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    @Test
    void kill_9_mid_ensemble_then_resume_gives_what_an_uninterrupted_run_gives() throws Exception {
        Path scenario = roomOnlyScenario();
        Path store = temp.resolve("killed.duckdb");
        // enough runs that the first batch is stored (every 2 s) well before the last run: a run takes about a
        // millisecond
        Process child = simulate(
                temp.resolve("killed.log"),
                scenario.toString(),
                "--runs",
                RUNS,
                "--threads",
                "1",
                "--store",
                store.toString(),
                "--no-progress");
        int stored = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (stored == 0 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(300);
            if (Files.exists(store)) {
                try (RunStore runStore = RunStore.open(store)) {
                    stored = runStore.list().stream()
                            .mapToInt(RunStore.Summary::runsCompleted)
                            .sum();
                }
            }
        }
        assertThat(child.isAlive())
                .as(Files.readString(temp.resolve("killed.log")))
                .isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (RunStore runStore = RunStore.open(store)) {
            assertThat(runStore.list()).singleElement().satisfies(summary -> {
                assertThat(summary.status()).isEqualTo(RunStore.INTERRUPTED);
                assertThat(summary.runsCompleted()).isPositive().isLessThan(Integer.parseInt(RUNS));
            });
        }

        CliRun resumed =
                CliRun.of("simulate", "--resume", "1", "--store", store.toString(), "--threads", "2", "--no-progress");
        Path reference = temp.resolve("reference.duckdb");
        CliRun whole = CliRun.of(
                "simulate",
                scenario.toString(),
                "--runs",
                RUNS,
                "--threads",
                "2",
                "--store",
                reference.toString(),
                "--no-progress");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err())
                .contains("resumed ensemble 1")
                .containsPattern("\\d+ runs were stored, \\d+ computed now");
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        for (String table : List.of("quantiles", "runs", "parameters")) {
            Path a = temp.resolve("resumed-" + table + ".csv");
            Path b = temp.resolve("whole-" + table + ".csv");
            assertThat(CliRun.of(
                                    "runs",
                                    "export",
                                    "1",
                                    "--table",
                                    table,
                                    "--out",
                                    a.toString(),
                                    "--store",
                                    store.toString())
                            .exitCode())
                    .isZero();
            assertThat(CliRun.of(
                                    "runs",
                                    "export",
                                    "1",
                                    "--table",
                                    table,
                                    "--out",
                                    b.toString(),
                                    "--store",
                                    reference.toString())
                            .exitCode())
                    .isZero();
            assertThat(Files.readString(a)).as(table).isEqualTo(Files.readString(b));
        }
        try (RunStore runStore = RunStore.open(store)) {
            assertThat(runStore.find(1)).hasValueSatisfying(summary -> {
                assertThat(summary.status()).isEqualTo(RunStore.COMPLETE);
                assertThat(summary.runsCompleted()).isEqualTo(Integer.parseInt(RUNS));
            });
        }
        CliRun again = CliRun.of("simulate", "--resume", "1", "--store", store.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("ensemble 1 is complete");
    }

    @Test
    void two_processes_saving_to_one_store_both_keep_their_ensemble() throws Exception {
        Path scenario = roomOnlyScenario();
        Path store = temp.resolve("shared.duckdb");
        Process first = simulate(
                temp.resolve("first.log"),
                scenario.toString(),
                "--runs",
                "12",
                "--threads",
                "1",
                "--store",
                store.toString(),
                "--no-progress");
        Process second = simulate(
                temp.resolve("second.log"),
                scenario.toString(),
                "--runs",
                "12",
                "--threads",
                "1",
                "--store",
                store.toString(),
                "--no-progress");

        assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue())
                .as(Files.readString(temp.resolve("first.log")))
                .isZero();
        assertThat(second.exitValue())
                .as(Files.readString(temp.resolve("second.log")))
                .isZero();
        try (RunStore runStore = RunStore.open(store)) {
            assertThat(runStore.list()).hasSize(2).allSatisfy(summary -> {
                assertThat(summary.status()).isEqualTo(RunStore.COMPLETE);
                assertThat(runStore.valueCount(summary.id())).isEqualTo(12L * 40);
            });
            assertThat(runStore.list()).extracting(RunStore.Summary::id).containsExactly(1, 2);
        }
    }
}
