package org.multivector.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code multivector sweep}: one table per country and an index, the same bytes on any thread count;
 * and the mistakes a user can make, refused before anything is written. (The Spark engine's bytes are
 * checked in the spark module.)
 */
class SweepCommandTest {

    @Test
    void theSweepWritesOneTablePerCountryAndAnIndexTheSameOnAnyThreadCount(@TempDir Path temp) throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        CliRun first = CliRun.of(
                "sweep", "--dataset", "kazakhstan", "--out", one.toString(), "--threads", "1", "--no-progress");
        CliRun second = CliRun.of(
                "sweep", "--dataset", "kazakhstan", "--out", two.toString(), "--threads", "2", "--no-progress");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        List<String> files = list(one);
        assertThat(files).contains("index.csv", "KAZ.csv.gz", "CHN.csv.gz");
        assertThat(list(two)).isEqualTo(files);
        for (String file : files) {
            assertThat(Files.mismatch(one.resolve(file), two.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
        String kaz;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(one.resolve("KAZ.csv.gz")))) {
            kaz = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(kaz)
                .startsWith("country,metric,dimension,partner,year,value,label\n")
                .contains("\nKAZ,share,", "\nKAZ,influence,,CHN,", "\nKAZ,balance,,");
        List<String> index = Files.readAllLines(one.resolve("index.csv"));
        assertThat(index.getFirst()).isEqualTo("country,rows,file");
        assertThat(index)
                .contains("KAZ," + (kaz.lines().count() - 1) + ",KAZ.csv.gz")
                .hasSize(files.size());
        assertThat(first.out()).contains("Sweep of kazakhstan", "countries", "rows");
    }

    @Test
    void withoutTheSparkEngineOnTheClassPathTheSweepSaysHowToGetItAndWritesNothing(@TempDir Path temp)
            throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("sweep", "--dataset", "kazakhstan", "--out", out.toString(), "--engine", "spark");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the Spark engine is not on the class path", "Maybe run through ./multivector");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownDatasetOrEngineIsRefusedNamingTheChoices(@TempDir Path temp) {
        CliRun dataset = CliRun.of(
                "sweep", "--dataset", "atlantis", "--out", temp.resolve("a").toString());
        CliRun engine = CliRun.of(
                "sweep", "--dataset", "kazakhstan", "--out", temp.resolve("b").toString(), "--engine", "flink");
        CliRun master = CliRun.of(
                "sweep", "--dataset", "kazakhstan", "--out", temp.resolve("c").toString(), "--master", "local[2]");

        assertThat(dataset.exitCode()).isEqualTo(1);
        assertThat(dataset.err())
                .contains("--dataset 'atlantis' is neither an embedded dataset nor a folder", "Maybe --dataset world");
        assertThat(engine.err()).contains("--engine 'flink' is not local or spark");
        assertThat(master.err()).contains("--master is for --engine spark");
        assertThat(temp.resolve("a")).doesNotExist();
        assertThat(temp.resolve("b")).doesNotExist();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
