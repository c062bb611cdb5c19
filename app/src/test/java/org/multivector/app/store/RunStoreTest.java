package org.multivector.app.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunStoreTest {

    @TempDir
    Path temp;

    private static EnsembleResult ensemble(int runs, int threads) throws Exception {
        Path file = Path.of("..", "examples", "scenarios", "baseline.yaml");
        ScenarioModel model = ScenarioModel.compile(
                ScenarioReader.read(file), org.multivector.dataset.Datasets.defaultDataset(), file.toString());
        return new LocalEnsembleRunner()
                .run(
                        model,
                        new EnsembleRequest(runs, 5, Design.LATIN_HYPERCUBE, threads),
                        EnsembleListener.NONE,
                        () -> false);
    }

    private static RunStore.Metadata metadata() {
        return new RunStore.Metadata(
                "baseline", "baseline.yaml", "abc123", "name: baseline", "kazakhstan test", "test", 2, 1.5);
    }

    @Test
    void appliesEveryMigrationOnceInOrder() throws Exception {
        Path file = temp.resolve("runs.duckdb");
        try (RunStore store = RunStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(RunStore.MIGRATIONS.size());
        }
        try (RunStore store = RunStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(RunStore.MIGRATIONS.size());
        }
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT version, name FROM schema_migrations ORDER BY version")) {
            for (int i = 0; i < RunStore.MIGRATIONS.size(); i++) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(i + 1);
                assertThat(rows.getString(2)).isEqualTo(RunStore.MIGRATIONS.get(i));
            }
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void storedRunsSurviveARestart() throws Exception {
        Path file = temp.resolve("store").resolve("runs.duckdb");
        EnsembleResult result = ensemble(50, 2);
        int id;
        List<RunStore.QuantileRow> before;
        try (RunStore store = RunStore.open(file)) {
            id = store.save(metadata(), result);
            before = store.quantiles(id);
        }

        try (RunStore reopened = RunStore.open(file)) {
            assertThat(reopened.list()).singleElement().satisfies(summary -> {
                assertThat(summary.id()).isEqualTo(id);
                assertThat(summary.scenarioHash()).isEqualTo("abc123");
                assertThat(summary.datasetVersion()).isEqualTo("kazakhstan test");
                assertThat(summary.seed()).isEqualTo(5);
                assertThat(summary.runsCompleted()).isEqualTo(50);
                assertThat(summary.status()).isEqualTo("complete");
            });
            assertThat(reopened.quantiles(id)).isEqualTo(before);
            assertThat(reopened.valueCount(id))
                    .isEqualTo(50L * result.series().size() * result.model().periods());
            double[] q = result.quantiles(0, 3);
            RunStore.QuantileRow row = reopened.quantiles(id).get(3);
            assertThat(new double[] {row.p05(), row.p25(), row.p50(), row.p75(), row.p95(), row.mean()})
                    .containsExactly(q);
            assertThat(reopened.assumptions(id)).isNotEmpty();
        }
    }

    @Test
    void idsIncreaseAndDeleteRemovesEverything() throws Exception {
        EnsembleResult result = ensemble(10, 1);
        try (RunStore store = RunStore.open(temp.resolve("runs.duckdb"))) {
            int first = store.save(metadata(), result);
            int second = store.save(metadata(), result);
            assertThat(second).isEqualTo(first + 1);

            assertThat(store.delete(first)).isTrue();
            assertThat(store.delete(first)).isFalse();
            assertThat(store.find(first)).isEmpty();
            assertThat(store.valueCount(first)).isZero();
            assertThat(store.quantiles(first)).isEmpty();
            assertThat(store.find(second)).isPresent();
        }
    }

    @Test
    void theSameEnsembleExportsToTheSameBytesWhateverTheThreadCount() throws Exception {
        EnsembleResult one = ensemble(40, 1);
        EnsembleResult two = ensemble(40, 2);
        try (RunStore store = RunStore.open(temp.resolve("runs.duckdb"))) {
            int a = store.save(metadata(), one);
            int b = store.save(metadata(), two);
            for (String name : List.of("x.parquet", "x.csv")) {
                for (RunStore.Table table : RunStore.Table.values()) {
                    Path fileA = temp.resolve("a-" + table + "-" + name);
                    Path fileB = temp.resolve("b-" + table + "-" + name);
                    store.export(a, table, fileA);
                    store.export(b, table, fileB);
                    assertThat(Files.readAllBytes(fileB)).as(table + " " + name).isEqualTo(Files.readAllBytes(fileA));
                }
            }
        }
    }
}
