package org.multivector.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code multivector strategy}: every analysis from the command line, the three formats, resume, and located errors. */
class StrategyCommandTest {

    static final Path EXAMPLE = Path.of("..", "examples", "strategy", "kazakhstan-autonomy.yaml");

    @TempDir
    static Path temp;

    static Path tiny;

    @BeforeAll
    static void tinyStudy() throws Exception {
        tiny = tinyStudyFile(temp);
    }

    /** The example with small analysis settings, so a test runs in seconds, written to {@code folder}. */
    static Path tinyStudyFile(Path folder) throws java.io.IOException {
        String text = Files.readString(EXAMPLE)
                .replace(
                        "optimise: {algorithm: nsga-ii, population: 16, generations: 8, scenarios: 12, seed: 7,",
                        "optimise: {algorithm: nsga-ii, population: 8, generations: 2, scenarios: 3, seed: 7,")
                .replace("samples: 64, bootstrap: 200, trajectories: 10", "samples: 8, bootstrap: 50, trajectories: 2")
                // a level some of six futures fall below, so PRIM has cases to box
                .replace(
                        "discover: {policy: status-quo, outcome: worstRoom, below: 0.21}",
                        "discover: {policy: status-quo, outcome: worstRoom, below: 0.23}");
        assertThat(text).contains("population: 8, generations: 2", "samples: 8, bootstrap: 50", "below: 0.23}");
        Path file = folder.resolve("tiny-study.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void everyAnalysisPrintsItsTable() {
        CliRun run = CliRun.of("strategy", tiny.toString(), "--scenarios", "6", "--no-store", "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "8 policies × 6 scenarios",
                        "Robustness over the scenarios",
                        "satisficing",
                        "regret",
                        "Convergence",
                        "The Western partner's view",
                        "per USD bn",
                        "Robust Pareto set (nsga-ii, population 8, 2 generations",
                        "Hypervolume by generation",
                        "Scenario discovery (PRIM) under status-quo",
                        "Coverage–density trade-off",
                        "Sensitivity of room under status-quo: Sobol",
                        "Morris",
                        "analyst assumptions");
    }

    @Test
    void jsonAndCsvCarryTheSameResults() throws Exception {
        CliRun json = CliRun.of(
                "strategy",
                tiny.toString(),
                "--scenarios",
                "6",
                "--no-store",
                "--no-progress",
                "--analyses",
                "compare,discover",
                "--format",
                "json");
        CliRun csv = CliRun.of(
                "strategy",
                tiny.toString(),
                "--scenarios",
                "6",
                "--no-store",
                "--no-progress",
                "--analyses",
                "compare,discover",
                "--format",
                "csv");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = Json.mapper().readTree(json.out());
        assertThat(root.get("robustness").get("policies")).hasSize(8);
        assertThat(root.get("western").get("policies")).isNotEmpty();
        assertThat(root.get("discovery").get("trajectory")).isNotEmpty();
        assertThat(root.has("optimisation")).isFalse();
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("section,policy,item,measure,value");
        double satisficing =
                root.get("robustness").get("policies").get(0).get("satisficing").asDouble();
        assertThat(csv.out())
                .contains("robustness,status-quo,,satisficing," + Numbers.plain(Numbers.round6(satisficing)));
    }

    @Test
    void aSecondRunResumesTheStoredExperimentAndRunsNothingTwice() {
        Path store = temp.resolve("resume.duckdb");
        CliRun first = CliRun.of(
                "strategy",
                tiny.toString(),
                "--scenarios",
                "5",
                "--store",
                store.toString(),
                "--no-progress",
                "--analyses",
                "compare");
        CliRun second = CliRun.of(
                "strategy",
                tiny.toString(),
                "--scenarios",
                "5",
                "--store",
                store.toString(),
                "--no-progress",
                "--analyses",
                "compare");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Experiment 1 in").doesNotContain("resumed");
        assertThat(second.out()).contains("Experiment 1 in", "(resumed: 40 runs were already stored)");
        // the same numbers, computed once
        assertThat(second.out().substring(second.out().indexOf("Robustness")))
                .isEqualTo(first.out().substring(first.out().indexOf("Robustness")));
    }

    @Test
    void aMistakeInTheStudyIsReportedWithItsLineAndNothingRuns() throws Exception {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(
                bad,
                Files.readString(tiny).replace("levers: {chinaCrudeCapacity: 6}", "levers: {chinaCrudeCapacity: 60}"));

        CliRun run = CliRun.of("strategy", bad.toString(), "--no-store", "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "the strategy study has 1 problem",
                        "bad.yaml:",
                        "chinaCrudeCapacity = 60 lies outside its range [2.39, 6]")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownAnalysisIsAUsageError() {
        CliRun run = CliRun.of("strategy", tiny.toString(), "--analyses", "guess", "--no-store");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'guess' is not compare, optimise, discover, sensitivity or all");
    }
}
