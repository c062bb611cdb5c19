package org.multivector.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.strategy.ExperimentResult;
import org.multivector.strategy.Policy;
import org.multivector.strategy.Reduction;
import org.multivector.strategy.Sense;
import org.multivector.strategy.StudyOutcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Experiments in the run store: runs streamed in survive closing the store, and the same experiment is found again to resume. */
class ExperimentStoreTest {

    @TempDir
    Path temp;

    private static final List<Policy> POLICIES = List.of(Policy.statusQuo(), new Policy("more", Map.of("x", 2.0)));
    private static final List<StudyOutcome> OUTCOMES = List.of(
            new StudyOutcome("room", "room", Reduction.MEAN, Sense.MAXIMISE, ""),
            new StudyOutcome("cost", "cost", Reduction.MEAN, Sense.MINIMISE, "USD bn"));

    private static ExperimentStore.Metadata metadata(long seed) {
        return new ExperimentStore.Metadata(
                "study", "study.yaml", "abc", "text", "kazakhstan 1", "test", 10, "latin-hypercube", seed);
    }

    @Test
    void streamedRunsAreFoundAgainByTheSameExperimentAfterARestart() {
        Path file = temp.resolve("runs.duckdb");
        int id;
        try (RunStore store = RunStore.open(file)) {
            ExperimentStore experiments = new ExperimentStore(store);
            id = experiments.openOrCreate(metadata(1), POLICIES, OUTCOMES);
            try (ExperimentStore.Writer writer = experiments.writer(id)) {
                for (int s = 0; s < 7; s++) {
                    writer.accept(0, s, new double[] {0.5 + s, 0});
                }
                writer.accept(1, 3, new double[] {0.9, 2});
            }
            experiments.finish(id, false, 1.5);
        }
        try (RunStore store = RunStore.open(file)) {
            ExperimentStore experiments = new ExperimentStore(store);
            assertThat(experiments.openOrCreate(metadata(1), POLICIES, OUTCOMES))
                    .isEqualTo(id);
            assertThat(experiments.openOrCreate(metadata(2), POLICIES, OUTCOMES))
                    .as("another seed is another experiment")
                    .isNotEqualTo(id);
            ExperimentResult result = new ExperimentResult(POLICIES, 10, 2);

            assertThat(experiments.load(id, result)).isEqualTo(8);

            assertThat(result.done(0, 6)).isTrue();
            assertThat(result.done(0, 7)).isFalse();
            assertThat(result.value(0, 6, 0)).isEqualTo(6.5);
            assertThat(result.value(1, 3, 1)).isEqualTo(2.0);
            ExperimentStore.Summary summary = experiments.find(id).orElseThrow();
            assertThat(summary.status()).isEqualTo("interrupted");
            assertThat(summary.runsStored()).isEqualTo(8);
        }
    }
}
