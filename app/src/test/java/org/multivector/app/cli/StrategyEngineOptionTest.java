package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strategy --engine}: without the Spark engine on the class path the command says how to get it
 * and stores nothing; other engine names and a stray {@code --master} are refused. (The Spark engine's
 * numbers are checked in the spark module.)
 */
class StrategyEngineOptionTest {

    @Test
    void withoutTheSparkEngineNothingRunsAndNothingIsStored(@TempDir Path temp) {
        Path store = temp.resolve("runs.duckdb");
        CliRun run = CliRun.of(
                "strategy",
                StrategyCommandTest.EXAMPLE.toString(),
                "--analyses",
                "compare",
                "--store",
                store.toString(),
                "--engine",
                "spark",
                "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the Spark engine is not on the class path", "docs/spark.md");
        assertThat(store).doesNotExist();
    }

    @Test
    void anUnknownEngineAndAMasterWithoutSparkAreRefused() {
        CliRun engine =
                CliRun.of("strategy", StrategyCommandTest.EXAMPLE.toString(), "--no-store", "--engine", "flink");
        CliRun master =
                CliRun.of("strategy", StrategyCommandTest.EXAMPLE.toString(), "--no-store", "--master", "local[2]");

        assertThat(engine.exitCode()).isEqualTo(1);
        assertThat(engine.err()).contains("--engine 'flink' is not local or spark");
        assertThat(master.err()).contains("--master is for --engine spark");
    }
}
