package org.multivector.app.cli;

import org.multivector.exposure.DyadSweep;
import org.multivector.exposure.SweepEngine;
import org.multivector.exposure.SweepExecutor;
import org.multivector.exposure.SweepRecipe;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.world.BasisChoice;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code multivector sweep --out DIR}: every exposure metric of every country with every other actor,
 * in every year of a dataset (the shipped world by default), one compressed CSV table per country;
 * on this machine's threads or on Apache Spark, with the same bytes. docs/spark.md describes the tables.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Every exposure metric for every country, partner and year of a dataset, one table per country (docs/spark.md).",
            "Writes DIR/ISO3.csv.gz (country,metric,dimension,partner,year,value,label) and DIR/index.csv; "
                    + "--engine spark runs it on Apache Spark with the same bytes."
        })
public final class SweepCommand implements Runnable {

    /** The powers balanced among when none are named (those of them the dataset declares). */
    static final List<String> DEFAULT_POWERS = List.of("RUS", "CHN", "USA", "EU");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--dataset",
            paramLabel = "NAME|DIR",
            defaultValue = "world",
            description = "An embedded dataset (world, kazakhstan) or a dataset folder. Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "The folder to write the tables into (new or empty).")
    Path out;

    @Option(
            names = "--powers",
            paramLabel = "CODES",
            split = ",",
            description =
                    "The powers of the balance rows, comma-separated. Default: those of RUS, CHN, USA, EU the dataset declares.")
    List<String> powers;

    @Option(
            names = "--basis",
            paramLabel = "SIDE",
            defaultValue = "reporter",
            description = "reporter (each country's own figures) or mirror (its partners'). Default: ${DEFAULT-VALUE}.")
    ExposureCommand.BasisOption basis;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description =
                    "local (this machine's threads) or spark (Apache Spark; the same bytes). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "With --engine spark: the Spark master, e.g. local[2] or spark://host:7077. Default: spark-submit's, else local[*].")
    String master;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads of the local engine. Default: all cores.")
    Integer threads;

    @Option(names = "--no-progress", description = "Do not report progress.")
    boolean noProgress;

    @Override
    public void run() {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            throw new UserException("--threads must be at least 1, was " + threadCount);
        }
        SweepRecipe recipe = recipe();
        SweepExecutor executor = executor();
        prepareOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StopOnSignal stop = StopOnSignal.install()) {
            if (!noProgress) {
                err.printf(
                        "multivector: loading %s and sweeping every country on %s (Ctrl-C stops; the finished tables are kept)%n",
                        dataset,
                        engine.equals("local") ? threadCount + " thread" + (threadCount == 1 ? "" : "s") : "Spark");
                err.flush();
            }
            long started = System.nanoTime();
            Map<String, Long> rows = new TreeMap<>();
            int countries;
            try {
                countries = executor.run(
                        recipe,
                        table -> {
                            write(out.resolve(table.country() + ".csv.gz"), table.csvGzip());
                            rows.put(table.country(), table.rows());
                        },
                        done -> {
                            if (!noProgress && done % 25 == 0) {
                                err.printf("multivector: %d countries done%n", done);
                                err.flush();
                            }
                        },
                        stop::requested,
                        threadCount);
            } catch (InvalidDatasetException e) {
                throw new UserException(DatasetOption.describe(e));
            }
            Report.Builder index = Report.builder("")
                    .text("country")
                    .column("rows", Column.Kind.INTEGER)
                    .text("file");
            long total = 0;
            for (Map.Entry<String, Long> entry : rows.entrySet()) {
                index.row(entry.getKey(), entry.getValue(), entry.getKey() + ".csv.gz");
                total += entry.getValue();
            }
            write(
                    out.resolve("index.csv"),
                    CsvRenderer.render(List.of(index.build())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            double seconds = (System.nanoTime() - started) / 1e9;
            List<String> lines = new ArrayList<>();
            lines.add(String.format(
                    "Tables in %s (ISO3.csv.gz: %s; index.csv: rows per country)",
                    out, String.join(",", DyadSweep.CSV_HEADER)));
            if (rows.size() < countries) {
                lines.add(String.format(
                        "Stopped early: %d countries have no table. Run again into a new folder for the whole sweep.",
                        countries - rows.size()));
            }
            PrintWriter printer = spec.commandLine().getOut();
            printer.print(TableRenderer.render(List.of(Report.text(
                    String.format(
                            Locale.ROOT,
                            "Sweep of %s (%s basis, powers %s): %d of %d countries, %d rows, %.1f s on %s",
                            dataset,
                            basis,
                            String.join(",", recipe.powers()),
                            rows.size(),
                            countries,
                            total,
                            seconds,
                            engine),
                    lines.toArray(String[]::new)))));
            printer.flush();
        }
    }

    private SweepRecipe recipe() {
        BasisChoice choice = basis == ExposureCommand.BasisOption.mirror ? BasisChoice.MIRROR : BasisChoice.REPORTER;
        List<String> named = new ArrayList<>();
        for (String power : powers != null ? powers : DEFAULT_POWERS) {
            String code = power.strip().toUpperCase(Locale.ROOT);
            if (named.contains(code)) {
                throw new UserException("power " + code + " is given twice in --powers");
            }
            named.add(code);
        }
        if (named.size() > org.multivector.exposure.ExposureAnalysis.MAX_POWERS) {
            throw new UserException("--powers takes at most " + org.multivector.exposure.ExposureAnalysis.MAX_POWERS
                    + " powers, got " + named.size());
        }
        if (!dataset.contains("/") && !dataset.contains("\\") && !Files.isDirectory(Path.of(dataset))) {
            if (!new DatasetFiles.Embedded(dataset).exists(DatasetFiles.MANIFEST)) {
                throw new UserException("--dataset '" + dataset + "' is neither an embedded dataset nor a folder"
                        + "\nMaybe --dataset world (every country) or --dataset path/to/folder.");
            }
            return SweepRecipe.embedded(dataset, named, choice);
        }
        Path folder = Path.of(dataset);
        if (!Files.isDirectory(folder)) {
            throw new UserException("dataset folder " + folder + " does not exist or is not a folder");
        }
        return SweepRecipe.folder(folder, named, choice);
    }

    /** The sweep's executor for {@code --engine}; the Spark engine is looked up at run time, so its jars are needed only then. */
    private SweepExecutor executor() {
        if (engine.equals("local")) {
            if (master != null) {
                throw new UserException("--master is for --engine spark");
            }
            return SweepExecutor.LOCAL;
        }
        if (!engine.equals("spark")) {
            throw new UserException("--engine '" + engine + "' is not local or spark");
        }
        SweepEngine found = SweepEngine.find(engine)
                .orElseThrow(
                        () -> new UserException(
                                "the Spark engine is not on the class path"
                                        + "\nMaybe run through ./multivector, which adds it for --engine spark, or see docs/spark.md for spark-submit."));
        return found.executor(master == null ? Map.of() : Map.of("master", master));
    }

    private void prepareOut() {
        try {
            if (Files.exists(out)) {
                if (!Files.isDirectory(out)) {
                    throw new UserException("--out " + out + " is a file, not a folder");
                }
                try (Stream<Path> entries = Files.list(out)) {
                    if (entries.findAny().isPresent()) {
                        throw new UserException(
                                "--out " + out + " is not empty; the sweep writes into a new or empty folder");
                    }
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserException("cannot create --out " + out + ": " + e.getMessage());
        }
    }

    /** Writes a whole file or none: through a temporary file moved into place. */
    private static void write(Path file, byte[] bytes) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
