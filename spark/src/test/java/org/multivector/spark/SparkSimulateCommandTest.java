package org.multivector.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.app.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code simulate --engine spark} writes the same bytes as the local engine, through the command line. */
class SparkSimulateCommandTest {

    private static final String SCENARIO = Path.of("..", "examples", "scenarios", "baseline.yaml").toString();

    @Test
    void theSparkEngineWritesTheLocalEnginesBytes(@TempDir Path folder) throws Exception {
        Path onSpark = folder.resolve("spark.csv");
        Path local = folder.resolve("local.csv");
        assertThat(simulate("--engine", "spark", "--master", "local[2]", "--out", onSpark.toString())).isZero();
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
        assertThat(simulate("--dataset", dataset.toString(), "--engine", "spark", "--master", "local[2]", "--out", onSpark.toString())).isZero();
        assertThat(simulate("--dataset", dataset.toString(), "--out", local.toString())).isZero();
        assertThat(Files.mismatch(onSpark, local)).isEqualTo(-1L);
    }

    @Test
    void anUnknownEngineIsAUsageErrorNamingTheChoices() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "simulate", SCENARIO, "--runs", "3",
                "--no-store", "--no-progress", "--engine", "flink");
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
