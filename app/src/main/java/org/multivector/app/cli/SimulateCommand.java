package org.multivector.app.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.multivector.app.store.RunRecorder;
import org.multivector.app.store.RunStore;
import org.multivector.app.store.RunStoreException;
import org.multivector.report.Report;
import org.multivector.scenario.CompletedRuns;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleEngine;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.EnsembleRunner;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code multivector simulate SCENARIO.yaml}: runs a scenario as an ensemble, stores it, prints its
 * fan-chart quantiles and optionally exports every run. Ctrl-C stops starting new runs, keeps and
 * stores the completed ones, and exits.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario file as a Monte Carlo ensemble and show each outcome's median and 5–95 %% band over time.",
            "Results are stored (see 'multivector runs'); the same seed gives the same numbers whatever --threads."
        })
public final class SimulateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SCENARIO.yaml",
            description = "The scenario file (see docs/scenarios.md and examples/scenarios/); not with --resume.")
    Path scenarioFile;

    @Option(
            names = "--resume",
            paramLabel = "ID",
            description =
                    "Complete the interrupted ensemble ID of the store: only its missing runs are computed, with the stored scenario, seed and design.")
    Integer resume;

    @Option(names = "--runs", paramLabel = "N", description = "Number of runs. Default: the scenario's ensemble.runs.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed. Default: the scenario's ensemble.seed.")
    Long seed;

    @Option(
            names = "--design",
            paramLabel = "D",
            description = "monte-carlo (mc) or latin-hypercube (lhs). Default: the scenario's ensemble.design.")
    String design;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Also write every run's values to FILE.parquet or FILE.csv.")
    Path out;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    RunOptions run;

    private Integer recordedId;

    @Override
    public void run() {
        Path storePath = run.storePath();
        ScenarioFiles.Loaded loaded;
        ScenarioModel model;
        EnsembleRequest request;
        CompletedRuns prior = null;
        int threadCount = run.threadCount();
        if (resume != null) {
            if (scenarioFile != null || runs != null || seed != null || design != null || run.noStore) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--resume takes the scenario, runs, seed and design stored with the ensemble: give no SCENARIO.yaml, --runs, --seed, --design or --no-store");
            }
            try (RunStore runStore = RunStore.open(storePath)) {
                RunStore.Summary summary = runStore.find(resume)
                        .orElseThrow(() -> new UserException("no ensemble " + resume + " in " + storePath
                                + "\nMaybe list them: multivector runs list"
                                + (run.store == null ? "" : " --store " + run.store)));
                if (summary.status().equals(RunStore.COMPLETE)) {
                    throw new UserException("ensemble " + resume + " is complete (" + summary.runsCompleted()
                            + " runs); nothing to resume");
                }
                loaded = ScenarioFiles.fromText(
                        Path.of(summary.scenarioFile()),
                        runStore.scenarioText(resume).orElseThrow());
                model = ScenarioFiles.compile(loaded, ScenarioFiles.dataset(loaded, dataset.directory));
                if (!model.datasetVersion().equals(summary.datasetVersion())) {
                    throw new UserException(
                            "ensemble " + resume + " ran on dataset " + summary.datasetVersion() + ", but "
                                    + model.datasetVersion()
                                    + " is loaded; resuming would mix two datasets\nMaybe pass --dataset with the folder it ran on");
                }
                Design storedDesign = Design.fromFileName(summary.design());
                request = new EnsembleRequest(summary.runsRequested(), summary.seed(), storedDesign, threadCount);
                if (!runStore.takeOver(resume)) {
                    throw new UserException("ensemble " + resume
                            + " is still being written by another multivector process; nothing was run");
                }
                prior = runStore.completedRuns(resume, model, summary.runsRequested());
            } catch (RunStoreException e) {
                throw new UserException(e.getMessage());
            }
        } else {
            if (scenarioFile == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Missing required parameter: 'SCENARIO.yaml' (or --resume ID)");
            }
            loaded = ScenarioFiles.read(scenarioFile);
            model = ScenarioFiles.compile(loaded, ScenarioFiles.dataset(loaded, dataset.directory));
            Scenario scenario = loaded.scenario();
            Design chosenDesign = scenario.ensemble().design();
            if (design != null) {
                chosenDesign = Design.fromFileName(design.toLowerCase(Locale.ROOT));
                if (chosenDesign == null) {
                    throw new UserException(
                            "--design '" + design + "' is not monte-carlo (mc) or latin-hypercube (lhs)");
                }
            }
            int runCount = runs != null ? runs : scenario.ensemble().runs();
            if (runCount < 1) {
                throw new UserException("--runs must be at least 1, was " + runCount);
            }
            request = new EnsembleRequest(
                    runCount, seed != null ? seed : scenario.ensemble().seed(), chosenDesign, threadCount);
        }
        int runCount = request.runs();
        if (out != null && !(lower(out).endsWith(".parquet") || lower(out).endsWith(".csv"))) {
            throw new UserException("--out " + out + " must end in .parquet or .csv");
        }
        long bytes = (long) runCount
                * (model.outputSize() + 2L * model.parameters().names().size())
                * Double.BYTES;
        if (bytes > Runtime.getRuntime().maxMemory() * 0.7
                || (long) runCount * model.outputSize() > Integer.MAX_VALUE - 8) {
            throw new UserException(
                    runCount + " runs need about " + (bytes >> 20) + " MiB for their " + model.outputSize()
                            + " values each, more than this JVM may use ("
                            + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)"
                            + "\nMaybe run fewer, list fewer outcomes in the scenario, or give Java more memory: MULTIVECTOR_JAVA_OPTS=-Xmx16g");
        }

        EnsembleRunner runner = runner(loaded); // before the store opens: an engine that is missing stores nothing

        try (StopOnSignal stop = StopOnSignal.install()) {
            EnsembleResult result;
            long started = System.nanoTime();
            try (ProgressBar bar = progressBar(runCount)) {
                EnsembleListener listener = bar == null ? EnsembleListener.NONE : (done, total) -> bar.stepTo(done);
                RunRecorder recorder;
                try {
                    recorder = resume != null
                            ? RunRecorder.resume(storePath, resume, model, listener)
                            : run.noStore
                                    ? null
                                    : RunRecorder.start(
                                            storePath,
                                            new RunStore.Metadata(
                                                    model.scenario().name(),
                                                    loaded.file().toString(),
                                                    loaded.sha256(),
                                                    loaded.text(),
                                                    model.datasetVersion(),
                                                    ScenarioFiles.codeVersion(),
                                                    threadCount,
                                                    0),
                                            model,
                                            request,
                                            listener);
                } catch (RunStoreException e) {
                    throw new UserException(e.getMessage());
                }
                if (bar == null) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf(
                            "multivector: %d runs on %d thread%s (Ctrl-C stops and keeps the completed runs)%n",
                            runCount, threadCount, threadCount == 1 ? "" : "s");
                    err.flush();
                }
                EnsembleListener chosen = recorder != null ? recorder : listener;
                java.util.function.BooleanSupplier halt =
                        () -> stop.requested() || (recorder != null && recorder.failed());
                result = prior != null
                        ? runner.resume(model, request, prior, chosen, halt)
                        : runner.run(model, request, chosen, halt);
                double elapsed = (System.nanoTime() - started) / 1e9;
                if (recorder != null) {
                    try {
                        recorder.finish(result, elapsed);
                    } catch (RunStoreException e) {
                        throw new UserException(e.getMessage()
                                + "\nThe runs stored before this failure are kept; complete them with: multivector simulate --resume "
                                + recorder.id() + (run.store == null ? "" : " --store " + run.store));
                    }
                    recordedId = recorder.id();
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (prior != null) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "multivector: resumed ensemble %d: %d runs were stored, %d computed now%n",
                                resume, prior.count(), result.completedCount() - prior.count());
                spec.commandLine().getErr().flush();
            }
            report(loaded, model, result, elapsed, threadCount, storePath);
        }
    }

    /** The runner of the engine asked for; the Spark engine is looked up at run time, so its jars are needed only then. */
    private EnsembleRunner runner(ScenarioFiles.Loaded loaded) {
        if (run.local()) {
            return new LocalEnsembleRunner();
        }
        EnsembleEngine found = EnsembleEngine.find(run.engine).orElseThrow(RunOptions::sparkMissing);
        return found.runner(ScenarioFiles.recipe(loaded, dataset.directory), run.engineOptions());
    }

    private void report(
            ScenarioFiles.Loaded loaded,
            ScenarioModel model,
            EnsembleResult result,
            double elapsed,
            int threadCount,
            Path storePath) {
        Integer id = recordedId;
        Path scratch = null;
        try {
            if (run.noStore && out != null) {
                scratch = Files.createTempDirectory("multivector-export");
                storePath = scratch.resolve("runs.duckdb");
                try (RunStore runStore = RunStore.open(storePath)) {
                    id = runStore.save(
                            new RunStore.Metadata(
                                    model.scenario().name(),
                                    loaded.file().toString(),
                                    loaded.sha256(),
                                    loaded.text(),
                                    model.datasetVersion(),
                                    ScenarioFiles.codeVersion(),
                                    threadCount,
                                    elapsed),
                            result);
                }
            }
            if (out != null) {
                try (RunStore runStore = RunStore.open(storePath)) {
                    runStore.export(id, RunStore.Table.RUNS, out);
                }
            }
        } catch (RunStoreException e) {
            throw new UserException(e.getMessage());
        } catch (IOException e) {
            throw new UserException("cannot create a scratch folder for the export: " + e.getMessage());
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
        Integer storedId = run.noStore ? null : id;
        PrintWriter printer = spec.commandLine().getOut();
        List<org.multivector.app.store.RunStore.QuantileRow> rows = FanCharts.rows(result);
        Scenario scenario = model.scenario();
        Path storedIn = storePath;
        ReportOutput.print(
                printer,
                format,
                json(loaded, model, result, elapsed, threadCount, storedId, storePath, rows),
                () -> {
                    StringBuilder heading = new StringBuilder(String.format(
                            "Scenario %s (%s) — dataset %s%n", scenario.name(), loaded.file(), model.datasetVersion()));
                    heading.append(String.format(
                            "%d of %d runs%s, %s design, seed %d, %d thread%s, %.1f s (%.0f runs/s)",
                            result.completedCount(),
                            result.request().runs(),
                            result.complete() ? "" : " (stopped early; the completed runs are kept)",
                            result.request().design().fileName(),
                            result.request().seed(),
                            threadCount,
                            threadCount == 1 ? "" : "s",
                            elapsed,
                            result.completedCount() / Math.max(elapsed, 1e-9)));
                    if (storedId != null) {
                        heading.append(String.format("%nStored as ensemble %d in %s", storedId, storedIn));
                    }
                    if (out != null) {
                        heading.append(String.format("%nEvery run written to %s", out));
                    }
                    List<Report> reports = new ArrayList<>(List.of(
                            Report.text(heading.toString()),
                            FanCharts.table(rows),
                            ScenarioFiles.routes(model.routes())));
                    reports.addAll(FanCharts.assumptions(scenario.assumptionList().stream()
                            .map(a -> new String[] {a.text(), a.reference()})
                            .toList()));
                    return reports;
                },
                () -> List.of(FanCharts.csv(rows)));
    }

    private Map<String, Object> json(
            ScenarioFiles.Loaded loaded,
            ScenarioModel model,
            EnsembleResult result,
            double elapsed,
            int threadCount,
            Integer id,
            Path storePath,
            List<org.multivector.app.store.RunStore.QuantileRow> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", model.scenario().name());
        root.put("file", loaded.file().toString());
        root.put("scenarioHash", loaded.sha256());
        root.put("dataset", model.datasetVersion());
        root.put("runsRequested", result.request().runs());
        root.put("runsCompleted", result.completedCount());
        root.put("design", result.request().design().fileName());
        root.put("seed", result.request().seed());
        root.put("threads", threadCount);
        root.put("elapsedSeconds", Numbers.round6(elapsed));
        root.put("ensembleId", id);
        root.put("store", id == null ? null : storePath.toString());
        root.put(
                "routes",
                model.routes().stream()
                        .map(org.multivector.scenario.CompiledRoute::document)
                        .toList());
        root.put(
                "assumptions",
                model.scenario().assumptionList().stream()
                        .map(a -> new org.multivector.app.store.RunDocuments.Assumption(a.text(), a.reference()))
                        .toList());
        root.put("series", FanCharts.json(rows));
        return root;
    }

    private ProgressBar progressBar(int total) {
        if (!run.progress()) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName("simulate")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(100)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setUnit(" runs", 1)
                .build();
    }

    private static String lower(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left in the temp dir is harmless
        }
    }
}
