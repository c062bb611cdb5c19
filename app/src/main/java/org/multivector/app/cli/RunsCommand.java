package org.multivector.app.cli;

import org.multivector.app.store.RunDocuments;
import org.multivector.app.store.RunStore;
import org.multivector.app.store.RunStoreException;
import org.multivector.report.Column;
import org.multivector.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@code multivector runs}: list, show, compare, export and delete stored ensembles. */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        description = "List, show, compare, export and delete ensembles stored by 'multivector simulate'.",
        subcommands = {
            RunsCommand.ListRuns.class,
            RunsCommand.Show.class,
            RunsCommand.Compare.class,
            RunsCommand.Export.class,
            RunsCommand.Delete.class
        })
public final class RunsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing command: list, show, compare, export or delete.");
    }

    /** The {@code --store PATH} option of every runs subcommand. */
    static final class StoreOption {
        @Option(
                names = "--store",
                paramLabel = "PATH",
                description = "Run store file. Default: $XDG_DATA_HOME/multivector/runs.duckdb (~/.local/share/...).")
        Path store;

        <T> T with(Function<RunStore, T> action) {
            Path path = store != null ? store : RunStore.defaultPath();
            if (!java.nio.file.Files.exists(path)) {
                throw new UserException("no run store at " + path
                        + "\nMaybe run 'multivector simulate SCENARIO.yaml' first, or give --store PATH.");
            }
            try (RunStore runStore = RunStore.open(path)) {
                return action.apply(runStore);
            } catch (RunStoreException e) {
                throw new UserException(e.getMessage());
            }
        }
    }

    static RunStore.Summary require(RunStore store, int id) {
        return store.find(id)
                .orElseThrow(() -> new UserException("no ensemble " + id + " in " + store.file()
                        + "\nMaybe 'multivector runs list' to see the stored ones."));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every stored ensemble, oldest first.")
    static final class ListRuns implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
        OutputFormat format;

        @Override
        public void run() {
            List<RunStore.Summary> all = store.with(RunStore::list);
            PrintWriter out = spec.commandLine().getOut();
            ReportOutput.print(
                    out,
                    format,
                    all.stream().map(RunDocuments.RunSummary::of).toList(),
                    () -> {
                        if (all.isEmpty()) {
                            return List.of(Report.text("No stored ensembles."));
                        }
                        Report.Builder table = Report.builder("")
                                .column("id", Column.Kind.INTEGER)
                                .tableOnly("created (UTC)", Column.Kind.TEXT)
                                .text("scenario")
                                .text("dataset")
                                .tableOnly("runs", Column.Kind.TEXT)
                                .text("design")
                                .column("seed", Column.Kind.INTEGER)
                                .text("status");
                        for (RunStore.Summary s : all) {
                            table.row(
                                    s.id(),
                                    s.createdAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                                    s.scenarioName(),
                                    s.datasetVersion(),
                                    s.runsCompleted() + "/" + s.runsRequested(),
                                    s.design(),
                                    s.seed(),
                                    s.status());
                        }
                        return List.of(table.build());
                    },
                    () -> {
                        Report.Builder csv = Report.builder("");
                        for (String name : List.of(
                                "id",
                                "created_at",
                                "scenario",
                                "file",
                                "scenario_hash",
                                "dataset",
                                "code_version",
                                "seed",
                                "design",
                                "runs_requested",
                                "runs_completed",
                                "threads",
                                "status",
                                "elapsed_seconds")) {
                            csv.text(name);
                        }
                        for (RunStore.Summary s : all) {
                            csv.row(
                                    s.id(),
                                    s.createdAt().toString(),
                                    s.scenarioName(),
                                    s.scenarioFile(),
                                    s.scenarioHash(),
                                    s.datasetVersion(),
                                    s.codeVersion(),
                                    s.seed(),
                                    s.design(),
                                    s.runsRequested(),
                                    s.runsCompleted(),
                                    s.threads(),
                                    s.status(),
                                    s.elapsedSeconds());
                        }
                        return List.of(csv.build());
                    });
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "One stored ensemble: its metadata, assumptions and quantiles.")
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ID", description = "The ensemble's id (see 'runs list').")
        int id;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
        OutputFormat format;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            store.with(runStore -> {
                RunStore.Summary s = require(runStore, id);
                List<RunStore.QuantileRow> rows = runStore.quantiles(id);
                List<String[]> assumptions = runStore.assumptions(id);
                ReportOutput.print(
                        out,
                        format,
                        RunDocuments.storedRun(s, rows, assumptions),
                        () -> {
                            List<Report> reports = new ArrayList<>();
                            reports.add(Report.text(String.format(
                                            "Ensemble %d: scenario %s (%s), dataset %s, %s%n",
                                            s.id(),
                                            s.scenarioName(),
                                            s.scenarioFile(),
                                            s.datasetVersion(),
                                            s.codeVersion())
                                    + String.format(
                                            "%d of %d runs (%s), %s design, seed %d, %d threads, %.1f s, stored %s%n",
                                            s.runsCompleted(),
                                            s.runsRequested(),
                                            s.status(),
                                            s.design(),
                                            s.seed(),
                                            s.threads(),
                                            s.elapsedSeconds(),
                                            s.createdAt())
                                    + String.format("Scenario SHA-256 %s", s.scenarioHash())));
                            reports.add(FanCharts.table(rows));
                            reports.addAll(FanCharts.assumptions(assumptions));
                            return reports;
                        },
                        () -> List.of(FanCharts.csv(rows)));
                return null;
            });
            out.flush();
        }
    }

    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description = "Two stored ensembles side by side: each series' median in both and the difference (B − A).")
    static final class Compare implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "A", description = "The first ensemble's id.")
        int first;

        @Parameters(index = "1", paramLabel = "B", description = "The second ensemble's id.")
        int second;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
        OutputFormat format;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            store.with(runStore -> {
                RunStore.Summary a = require(runStore, first);
                RunStore.Summary b = require(runStore, second);
                Map<String, RunStore.QuantileRow> rowsB = new LinkedHashMap<>();
                for (RunStore.QuantileRow row : runStore.quantiles(second)) {
                    rowsB.put(row.series() + "|" + row.period(), row);
                }
                List<RunStore.QuantileRow[]> pairs = new ArrayList<>();
                for (RunStore.QuantileRow row : runStore.quantiles(first)) {
                    RunStore.QuantileRow other = rowsB.get(row.series() + "|" + row.period());
                    if (other != null) {
                        pairs.add(new RunStore.QuantileRow[] {row, other});
                    }
                }
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("a", RunDocuments.RunSummary.of(a));
                root.put("b", RunDocuments.RunSummary.of(b));
                root.put(
                        "rows",
                        pairs.stream()
                                .map(p -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("series", p[0].series());
                                    m.put("unit", p[0].unit());
                                    m.put("period", p[0].period());
                                    m.put("medianA", FanCharts.rounded(p[0].p50()));
                                    m.put("medianB", FanCharts.rounded(p[1].p50()));
                                    m.put("difference", FanCharts.rounded(p[1].p50() - p[0].p50()));
                                    return m;
                                })
                                .toList());
                int periods =
                        (int) pairs.stream().map(p -> p[0].period()).distinct().count();
                boolean quarterly = pairs.stream().anyMatch(p -> p[0].period().contains("-Q"));
                List<Integer> shown = FanCharts.shownPeriods(periods, quarterly ? 4 : 1);
                ReportOutput.print(
                        out,
                        format,
                        root,
                        () -> List.of(
                                Report.text(String.format(
                                        "A = ensemble %d (%s, seed %d, %d runs); B = ensemble %d (%s, seed %d, %d runs)",
                                        a.id(),
                                        a.scenarioName(),
                                        a.seed(),
                                        a.runsCompleted(),
                                        b.id(),
                                        b.scenarioName(),
                                        b.seed(),
                                        b.runsCompleted())),
                                differences(pairs.stream()
                                        .filter(p -> shown.contains(p[0].periodIndex()))
                                        .toList())),
                        () -> List.of(differences(pairs)));
                return null;
            });
            out.flush();
        }

        /** Each series' median in A and B and the difference, in the table and in CSV alike. */
        private static Report differences(List<RunStore.QuantileRow[]> pairs) {
            Report.Builder table = Report.builder("")
                    .text("series")
                    .text("unit")
                    .text("period")
                    .csvOnly("median_a", "median_b", "difference")
                    .tableOnly("median A", Column.Kind.TEXT)
                    .tableOnly("median B", Column.Kind.TEXT)
                    .tableOnly("B − A", Column.Kind.TEXT);
            for (RunStore.QuantileRow[] p : pairs) {
                double difference = p[1].p50() - p[0].p50();
                table.row(
                        p[0].series(),
                        p[0].unit(),
                        p[0].period(),
                        FanCharts.rounded(p[0].p50()),
                        FanCharts.rounded(p[1].p50()),
                        FanCharts.rounded(difference),
                        FanCharts.num(p[0].p50()),
                        FanCharts.num(p[1].p50()),
                        FanCharts.num(difference));
            }
            return table.build();
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write a stored ensemble to Parquet or CSV.")
    static final class Export implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ID", description = "The ensemble's id.")
        int id;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.parquet or FILE.csv.")
        Path out;

        @Option(
                names = "--table",
                paramLabel = "TABLE",
                defaultValue = "runs",
                description = "runs (every value), quantiles or parameters. Default: ${DEFAULT-VALUE}.")
        String table;

        @Override
        public void run() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".parquet") && !name.endsWith(".csv")) {
                throw new UserException("--out " + out + " must end in .parquet or .csv");
            }
            RunStore.Table chosen = switch (table) {
                case "runs" -> RunStore.Table.RUNS;
                case "quantiles" -> RunStore.Table.QUANTILES;
                case "parameters" -> RunStore.Table.PARAMETERS;
                default -> throw new UserException("--table '" + table + "' is not runs, quantiles or parameters");
            };
            store.with(runStore -> {
                require(runStore, id);
                runStore.export(id, chosen, out);
                return null;
            });
            spec.commandLine().getOut().printf("Wrote ensemble %d (%s) to %s%n", id, table, out);
            spec.commandLine().getOut().flush();
        }
    }

    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete a stored ensemble and everything stored with it.")
    static final class Delete implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "ID", description = "The ensemble's id.")
        int id;

        @Override
        public void run() {
            store.with(runStore -> {
                require(runStore, id);
                runStore.delete(id);
                return null;
            });
            spec.commandLine().getOut().printf("Deleted ensemble %d%n", id);
            spec.commandLine().getOut().flush();
        }
    }
}
