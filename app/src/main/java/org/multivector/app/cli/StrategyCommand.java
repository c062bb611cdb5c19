package org.multivector.app.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.multivector.app.store.ExperimentStore;
import org.multivector.app.store.RunStoreException;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.scenario.ScenarioModel;
import org.multivector.strategy.ExperimentEngine;
import org.multivector.strategy.ExperimentExecutor;
import org.multivector.strategy.InvalidStudyException;
import org.multivector.strategy.MorrisScreening;
import org.multivector.strategy.Policy;
import org.multivector.strategy.Prim;
import org.multivector.strategy.RobustOptimiser;
import org.multivector.strategy.Robustness;
import org.multivector.strategy.SobolIndices;
import org.multivector.strategy.Study;
import org.multivector.strategy.StudyReader;
import org.multivector.strategy.WesternView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code multivector strategy STUDY.yaml}: compares policies over scenarios (percentiles, regret,
 * satisficing, convergence, the Western partner's cost-effectiveness), searches the robust Pareto
 * set, finds the futures in which an outcome collapses (PRIM) and ranks the uncertainties (Sobol,
 * Morris). The experiment streams to the run store; Ctrl-C keeps what is done and the same command
 * resumes it.
 */
@Command(
        name = "strategy",
        mixinStandardHelpOptions = true,
        description = {
            "Compare policies over many futures, find robust ones, name the futures in which autonomy collapses, "
                    + "and rank what matters most (docs/strategy.md).",
            "The experiment is streamed to the run store: interrupted, the same command resumes it and runs only what is missing."
        })
public final class StrategyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(
            index = "0",
            paramLabel = "STUDY.yaml",
            description = "A scenario file with levers.ranges, policies and study (examples/strategy/).")
    Path file;

    @Option(
            names = "--analyses",
            paramLabel = "LIST",
            defaultValue = "all",
            description =
                    "Which analyses, comma-separated: compare, optimise, discover, sensitivity, or all. Default: ${DEFAULT-VALUE}.")
    String analyses;

    @Option(
            names = "--scenarios",
            paramLabel = "N",
            description = "Scenarios per policy. Default: the study's scenarios.runs.")
    Integer scenarios;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Master seed of the scenarios. Default: the study's scenarios.seed.")
    Long seed;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Mixin
    RunOptions run;

    @Override
    public void run() {
        ScenarioFiles.Loaded loaded = ScenarioFiles.read(file);
        Study study;
        try {
            study = StudyReader.read(loaded.scenario(), loaded.text(), file.toString());
        } catch (InvalidStudyException e) {
            throw new UserException(ScenarioFiles.describe("the strategy study", e.problems()));
        }
        ScenarioModel model = ScenarioFiles.compile(loaded, ScenarioFiles.dataset(loaded, dataset.directory));
        Set<StrategyStudies.Analysis> chosen;
        try {
            chosen = StrategyStudies.Analysis.parse(analyses);
        } catch (IllegalArgumentException e) {
            throw new UserException(
                    "--analyses: '" + e.getMessage() + "' is not compare, optimise, discover, sensitivity or all");
        }
        if (scenarios != null && scenarios < 2) {
            throw new UserException("--scenarios must be at least 2, was " + scenarios);
        }
        int threadCount = run.threadCount();
        ExperimentExecutor executor =
                executor(loaded); // before the store opens: an engine that is missing stores nothing
        Path storePath = run.noStore ? null : run.storePath();
        StrategyStudies.Options options = new StrategyStudies.Options(chosen, scenarios, seed, threadCount, storePath);
        ExperimentStore.Metadata metadata = new ExperimentStore.Metadata(
                study.scenario().name(),
                loaded.file().toString(),
                loaded.sha256(),
                loaded.text(),
                model.datasetVersion(),
                ScenarioFiles.codeVersion(),
                0,
                "",
                0);

        try (StopOnSignal stop = StopOnSignal.install()) {
            StrategyStudies.Outcome outcome;
            try (Bars bars = new Bars(run.progress())) {
                outcome = StrategyStudies.run(study, model, metadata, options, bars, stop::requested, executor);
            } catch (RunStoreException e) {
                throw new UserException(e.getMessage());
            }
            // printed before the stop hook lets the JVM exit, so an interrupted run still says what it kept
            PrintWriter out = spec.commandLine().getOut();
            ReportOutput.print(
                    out,
                    format,
                    StrategyStudies.json(outcome),
                    () -> tables(outcome, storePath),
                    () -> List.of(csv(outcome)));
        }
    }

    /** The experiment's executor for {@code --engine}; the Spark engine is looked up at run time, so its jars are needed only then. */
    private ExperimentExecutor executor(ScenarioFiles.Loaded loaded) {
        if (run.local()) {
            return ExperimentExecutor.LOCAL;
        }
        ExperimentEngine found = ExperimentEngine.find(run.engine).orElseThrow(RunOptions::sparkMissing);
        return found.executor(ScenarioFiles.recipe(loaded, dataset.directory), run.engineOptions());
    }

    /** Progress bars, one per phase, on the terminal only. */
    private final class Bars implements StrategyStudies.Progress, AutoCloseable {
        private final boolean enabled;
        private ProgressBar bar;

        Bars(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public synchronized void phase(String name, long total, long done) {
            close();
            if (!enabled) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf(
                        "multivector: %s (%d %s%s)%n",
                        name,
                        total,
                        name.equals("optimise") ? "generations" : "runs",
                        done > 0 ? ", " + done + " already stored" : "");
                err.flush();
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(name)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setMaxRenderedLength(100)
                    .showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                    .build();
            bar.stepTo(done);
        }

        @Override
        public synchronized void step(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    // ---- table ----

    private List<Report> tables(StrategyStudies.Outcome o, Path storePath) {
        Study study = o.study();
        StringBuilder heading = new StringBuilder(String.format(
                "Strategy study %s (%s) — dataset %s%n",
                study.scenario().name(), file, o.evaluator().model().datasetVersion()));
        heading.append(String.format(
                "%d policies × %d scenarios (%s, seed %d), %d levers, %.1f s",
                o.policyList().size(),
                o.sample().scenarios(),
                o.sample().design().fileName(),
                o.sample().seed(),
                study.leverList().size(),
                o.seconds()));
        if (o.experimentId() != null) {
            heading.append(String.format(
                    "%nExperiment %d in %s%s",
                    o.experimentId(),
                    storePath,
                    o.resumedRuns() > 0 ? " (resumed: " + o.resumedRuns() + " runs were already stored)" : ""));
        }
        List<Report> reports = new ArrayList<>();
        reports.add(Report.text(heading.toString()));
        if (o.interrupted()) {
            reports.add(Report.text(String.format(
                    "Interrupted: %d of %d runs are stored. Run the same command again to resume; only the missing runs will run.",
                    o.experiment().doneCount(),
                    o.policyList().size() * o.sample().scenarios())));
            return reports;
        }
        Report.Builder policies = Report.builder(
                        "Policies (cost in USD bn; Western = the share paid by Western partners)")
                .text("policy")
                .text("cost")
                .text("western")
                .text("levers set");
        for (Policy policy : o.policyList()) {
            double[] values = o.evaluator().leverValues(policy);
            policies.row(
                    policy.name(),
                    fmt(o.evaluator().cost(values), 2),
                    fmt(o.evaluator().westernCost(values), 2),
                    policy.leverMap().isEmpty()
                            ? "(status quo)"
                            : String.join(
                                    ", ",
                                    policy.leverMap().entrySet().stream()
                                            .map(e -> e.getKey() + "=" + Numbers.plain(Numbers.round6(e.getValue())))
                                            .toList()));
        }
        reports.add(policies.build());
        if (o.robustness() != null) {
            reports.add(robustnessTable(o.robustness(), study));
        }
        if (o.western() != null) {
            reports.add(westernTable(o.western()));
        }
        if (o.optimisation() != null) {
            reports.add(optimisationTable(o));
        }
        if (o.discovery() != null) {
            reports.addAll(discoveryTables(o));
        }
        if (o.sensitivity() != null) {
            reports.add(sensitivityTable(o));
        }
        reports.add(ScenarioFiles.routes(o.evaluator().model().routes()));
        Report.Builder costs = Report.builder(
                "Lever costs marked * are analyst assumptions, not sourced figures (see the study file and docs/strategy.md).");
        for (var lever : study.leverList()) {
            costs.note(String.format(
                    "  %s%s: %s USD bn per unit (%s), Western share %s — %s",
                    lever.name(),
                    lever.cost().assumed() ? "*" : "",
                    Numbers.plain(lever.cost().perUnit()),
                    lever.cost().unit(),
                    Numbers.percent(lever.cost().westernShare()),
                    lever.cost().assumed()
                            ? lever.cost().assumption()
                            : lever.cost().reference()));
        }
        reports.add(costs.build());
        return reports;
    }

    private static Report robustnessTable(Robustness.Report report, Study study) {
        Report.Builder table = Report.builder(
                "Robustness over the scenarios: median [5–95 %] and mean regret (shortfall from the best policy in each scenario)");
        table.column("rank", Column.Kind.INTEGER).text("policy");
        if (!report.thresholdLabels().isEmpty()) {
            table.column("satisficing", Column.Kind.SHARE);
        }
        for (var outcome : study.outcomeList()) {
            if (!outcome.isCost()) {
                table.text(outcome.name() + " (" + outcome.sense().fileName() + ")");
                table.column(
                        new Column(outcome.name() + " regret", "regret", "", Column.Kind.NUMBER, 3, Column.Shown.BOTH));
            }
        }
        table.column("P(best)", Column.Kind.SHARE);
        List<Robustness.PolicyRobustness> sorted = new ArrayList<>(report.policyList());
        sorted.sort(java.util.Comparator.comparingInt(Robustness.PolicyRobustness::rank));
        for (Robustness.PolicyRobustness p : sorted) {
            List<Object> row = new ArrayList<>(List.of(p.rank(), p.policy()));
            if (!report.thresholdLabels().isEmpty()) {
                row.add(p.satisficing());
            }
            for (int i = 0; i < study.outcomeList().size(); i++) {
                if (study.outcomeList().get(i).isCost()) {
                    continue;
                }
                Robustness.OutcomeSummary s = p.outcomeList().get(i);
                row.add(fmt(s.p50(), 3) + " [" + fmt(s.p05(), 3) + "–" + fmt(s.p95(), 3) + "]");
                row.add(s.meanRegret());
            }
            row.add(p.bestProbability());
            table.row(row);
        }
        if (!report.thresholdLabels().isEmpty()) {
            table.note("Satisficing: share of scenarios with " + String.join(" and ", report.thresholdLabels()));
        }
        return table.note("Convergence (" + report.convergence().criterion() + "): "
                        + report.convergence().verdict())
                .build();
    }

    private static Report westernTable(WesternView.Result western) {
        Report.Builder table = Report.builder(String.format(
                        "The Western partner's view: %s gained over %s per USD billion of Western money (95 %% bootstrap interval; 5–95 %% over scenarios)",
                        western.outcome(), western.baseline()))
                .column("rank", Column.Kind.INTEGER)
                .text("policy")
                .number("gain", 4)
                .number("western USD bn", 2)
                .text("per USD bn")
                .text("95 % interval")
                .text("5–95 % of futures");
        for (WesternView.Row r : western.rowList()) {
            boolean paid = !Double.isNaN(r.perBillion());
            table.row(
                    r.rank() == 0 ? null : r.rank(),
                    r.policy(),
                    r.gain(),
                    r.westernCost(),
                    paid ? fmt(r.perBillion(), 4) : "no Western cost",
                    paid ? fmt(r.low(), 4) + " to " + fmt(r.high(), 4) : "",
                    paid ? fmt(r.scenarioP05(), 4) + " to " + fmt(r.scenarioP95(), 4) : "");
        }
        return table.build();
    }

    private static Report optimisationTable(StrategyStudies.Outcome o) {
        var opt = o.optimisation();
        Study.Optimisation settings = o.study().optimisation();
        Report.Builder table = Report.builder(String.format(
                "Robust Pareto set (%s, population %d, %d generations, %d evaluations; %s over %d fixed scenarios; seed %d): %d policies",
                settings.algorithm().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                settings.population(),
                settings.generations(),
                opt.result().evaluations(),
                opt.statistic(),
                opt.scenarios(),
                settings.seed(),
                opt.result().front().size()));
        for (int i = 0; i < opt.objectiveNames().size(); i++) {
            table.number(
                    opt.objectiveNames().get(i) + " (" + opt.senses().get(i).fileName() + ")", 3);
        }
        opt.leverNames().forEach(name -> table.number(name, 2));
        for (RobustOptimiser.Member member : opt.result().front()) {
            List<Object> row = new ArrayList<>();
            for (double v : member.objectives()) {
                row.add(v);
            }
            for (double v : member.variables()) {
                row.add(v);
            }
            table.row(row);
        }
        double[] hv = opt.result().hypervolume();
        StringBuilder curve = new StringBuilder();
        for (int g = 0; g < hv.length; g++) {
            curve.append(g == 0 ? "" : " ").append(fmt(hv[g], 3));
        }
        return table.note("Hypervolume by generation (normalised): " + curve).build();
    }

    private static List<Report> discoveryTables(StrategyStudies.Outcome o) {
        var d = o.discovery();
        Prim.Box box = d.result().chosen();
        String heading = String.format(
                        "Scenario discovery (PRIM) under %s: futures with %s — %d of %d scenarios%n",
                        d.policy(),
                        d.caseDefinition(),
                        d.result().cases(),
                        d.result().points())
                + String.format(
                        "Box: coverage %s, density %s, %d scenarios (%s of all); chosen at peeling step %d of %d, then pasted",
                        Numbers.percent(box.coverage()),
                        Numbers.percent(box.density()),
                        box.points(),
                        Numbers.percent(box.mass()),
                        d.result().chosenStep(),
                        d.result().trajectory().size() - 1);
        if (d.result().cases() == 0) {
            return List.of(Report.text(
                    heading,
                    "No scenario has " + d.caseDefinition()
                            + ": there is nothing to box. Maybe raise the level, or run more scenarios."));
        }
        Report limits;
        if (box.limitList().isEmpty()) {
            limits = Report.text(heading, "(no restriction: these futures are not confined to a box)");
        } else {
            Report.Builder table = Report.builder(heading)
                    .text("uncertainty")
                    .number("from", 4)
                    .number("to", 4)
                    .text("quasi-p");
            for (Prim.Limit limit : box.limitList()) {
                table.row(
                        limit.input(),
                        limit.lower(),
                        limit.upper(),
                        String.format(Locale.ROOT, "%.2g", limit.quasiP()));
            }
            limits = table.build();
        }
        Report.Builder curve = Report.builder("Coverage–density trade-off (peeling trajectory):")
                .column("step", Column.Kind.INTEGER)
                .column("coverage", Column.Kind.SHARE)
                .column("density", Column.Kind.SHARE)
                .column("mass", Column.Kind.SHARE)
                .column("restricted", Column.Kind.INTEGER);
        List<Prim.Box> trajectory = d.result().trajectory();
        int every = Math.max(1, trajectory.size() / 8);
        for (int i = 0; i < trajectory.size(); i++) {
            if (i % every == 0 || i == trajectory.size() - 1 || i == d.result().chosenStep()) {
                Prim.Box b = trajectory.get(i);
                curve.row(i, b.coverage(), b.density(), b.mass(), b.limitList().size());
            }
        }
        return List.of(limits, curve.build());
    }

    private static Report sensitivityTable(StrategyStudies.Outcome o) {
        var s = o.sensitivity();
        Report.Builder table = Report.builder(String.format(
                        "Sensitivity of %s under %s: Sobol indices (Saltelli 2010; N = %d, %d runs; 95 %% bootstrap intervals) and Morris (r = %d, %d runs)",
                        s.outcome(),
                        s.policy(),
                        s.sobol().samples(),
                        s.sobol().runs(),
                        s.morris().trajectories(),
                        s.morris().runs()))
                .text("uncertainty")
                .number("S1", 3)
                .text("S1 interval")
                .number("ST", 3)
                .text("ST interval")
                .number("Morris mu*", 4)
                .number("sigma", 4);
        List<SobolIndices.Index> sorted = new ArrayList<>(s.sobol().indexList());
        sorted.sort(
                java.util.Comparator.comparingDouble(SobolIndices.Index::total).reversed());
        for (SobolIndices.Index index : sorted) {
            MorrisScreening.Effect effect = s.morris().effectList().stream()
                    .filter(e -> e.input().equals(index.input()))
                    .findFirst()
                    .orElseThrow();
            table.row(
                    index.input(),
                    index.first(),
                    fmt(index.firstLow(), 3) + " to " + fmt(index.firstHigh(), 3),
                    index.total(),
                    fmt(index.totalLow(), 3) + " to " + fmt(index.totalHigh(), 3),
                    effect.muStar(),
                    effect.sigma());
        }
        return table.build();
    }

    // ---- csv ----

    private static Report csv(StrategyStudies.Outcome o) {
        Report.Builder out = Report.builder("")
                .text("section")
                .text("policy")
                .text("item")
                .text("measure")
                .text("value");
        if (o.robustness() != null) {
            for (Robustness.PolicyRobustness p : o.robustness().policyList()) {
                row(out, "robustness", p.policy(), "", "rank", p.rank());
                row(out, "robustness", p.policy(), "", "satisficing", p.satisficing());
                row(out, "robustness", p.policy(), "", "best-probability", p.bestProbability());
                for (Robustness.OutcomeSummary s : p.outcomeList()) {
                    row(out, "robustness", p.policy(), s.outcome(), "mean", s.mean());
                    row(out, "robustness", p.policy(), s.outcome(), "p05", s.p05());
                    row(out, "robustness", p.policy(), s.outcome(), "p50", s.p50());
                    row(out, "robustness", p.policy(), s.outcome(), "p95", s.p95());
                    row(out, "robustness", p.policy(), s.outcome(), "mean-regret", s.meanRegret());
                    row(out, "robustness", p.policy(), s.outcome(), "p90-regret", s.p90Regret());
                    row(out, "robustness", p.policy(), s.outcome(), "max-regret", s.maxRegret());
                }
            }
            Robustness.Convergence c = o.robustness().convergence();
            row(out, "convergence", "", c.criterion(), "top-stability", c.topStability());
            row(out, "convergence", "", c.criterion(), "mean-spearman", c.meanSpearman());
        }
        if (o.western() != null) {
            for (WesternView.Row r : o.western().rowList()) {
                row(out, "western", r.policy(), o.western().outcome(), "gain", r.gain());
                row(out, "western", r.policy(), o.western().outcome(), "western-cost", r.westernCost());
                row(out, "western", r.policy(), o.western().outcome(), "per-billion", r.perBillion());
                row(out, "western", r.policy(), o.western().outcome(), "per-billion-low", r.low());
                row(out, "western", r.policy(), o.western().outcome(), "per-billion-high", r.high());
            }
        }
        if (o.optimisation() != null) {
            var opt = o.optimisation();
            for (int m = 0; m < opt.result().front().size(); m++) {
                RobustOptimiser.Member member = opt.result().front().get(m);
                for (int i = 0; i < opt.objectiveNames().size(); i++) {
                    row(
                            out,
                            "pareto",
                            "pareto-" + (m + 1),
                            opt.objectiveNames().get(i),
                            "objective",
                            member.objectives()[i]);
                }
                for (int i = 0; i < opt.leverNames().size(); i++) {
                    row(out, "pareto", "pareto-" + (m + 1), opt.leverNames().get(i), "lever", member.variables()[i]);
                }
            }
            for (int g = 0; g < opt.result().hypervolume().length; g++) {
                row(
                        out,
                        "hypervolume",
                        "",
                        Integer.toString(g),
                        "hypervolume",
                        opt.result().hypervolume()[g]);
            }
        }
        if (o.discovery() != null) {
            var d = o.discovery();
            for (Prim.Limit limit : d.result().chosen().limitList()) {
                row(out, "prim-box", d.policy(), limit.input(), "lower", limit.lower());
                row(out, "prim-box", d.policy(), limit.input(), "upper", limit.upper());
                row(out, "prim-box", d.policy(), limit.input(), "quasi-p", limit.quasiP());
            }
            row(
                    out,
                    "prim-box",
                    d.policy(),
                    d.caseDefinition(),
                    "coverage",
                    d.result().chosen().coverage());
            row(
                    out,
                    "prim-box",
                    d.policy(),
                    d.caseDefinition(),
                    "density",
                    d.result().chosen().density());
            for (int i = 0; i < d.result().trajectory().size(); i++) {
                row(
                        out,
                        "prim-trajectory",
                        d.policy(),
                        Integer.toString(i),
                        "coverage",
                        d.result().trajectory().get(i).coverage());
                row(
                        out,
                        "prim-trajectory",
                        d.policy(),
                        Integer.toString(i),
                        "density",
                        d.result().trajectory().get(i).density());
            }
        }
        if (o.sensitivity() != null) {
            var s = o.sensitivity();
            for (SobolIndices.Index index : s.sobol().indexList()) {
                row(out, "sobol", s.policy(), index.input(), "S1", index.first());
                row(out, "sobol", s.policy(), index.input(), "S1-low", index.firstLow());
                row(out, "sobol", s.policy(), index.input(), "S1-high", index.firstHigh());
                row(out, "sobol", s.policy(), index.input(), "ST", index.total());
                row(out, "sobol", s.policy(), index.input(), "ST-low", index.totalLow());
                row(out, "sobol", s.policy(), index.input(), "ST-high", index.totalHigh());
            }
            for (MorrisScreening.Effect e : s.morris().effectList()) {
                row(out, "morris", s.policy(), e.input(), "mu-star", e.muStar());
                row(out, "morris", s.policy(), e.input(), "mu", e.mu());
                row(out, "morris", s.policy(), e.input(), "sigma", e.sigma());
            }
        }
        return out.build();
    }

    private static void row(
            Report.Builder csv, String section, String policy, String item, String measure, double value) {
        csv.row(section, policy, item, measure, Double.isFinite(value) ? Numbers.round6(value) : null);
    }

    private static String fmt(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "";
    }
}
