package org.multivector.app.cli;

import org.multivector.app.store.ExperimentStore;
import org.multivector.app.store.RunStore;
import org.multivector.scenario.Lever;
import org.multivector.scenario.ScenarioModel;
import org.multivector.strategy.ExperimentExecutor;
import org.multivector.strategy.ExperimentResult;
import org.multivector.strategy.ExperimentRunner;
import org.multivector.strategy.ExperimentSink;
import org.multivector.strategy.MorrisScreening;
import org.multivector.strategy.Policy;
import org.multivector.strategy.PolicyEvaluator;
import org.multivector.strategy.Prim;
import org.multivector.strategy.RobustOptimiser;
import org.multivector.strategy.Robustness;
import org.multivector.strategy.SobolIndices;
import org.multivector.strategy.StrategyAnalysis;
import org.multivector.strategy.Study;
import org.multivector.strategy.StudyOutcome;
import org.multivector.strategy.WesternView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs a strategy study's analyses for the command line and the dashboard alike: the experiment
 * (policies × scenarios, streamed to the run store and resumed from it), then robustness and the
 * Western view, the robust search, scenario discovery and sensitivity; and turns the results into
 * one JSON-ready document.
 */
public final class StrategyStudies {

    private StrategyStudies() {}

    /** The analyses a run may ask for. */
    public enum Analysis {
        COMPARE,
        OPTIMISE,
        DISCOVER,
        SENSITIVITY;

        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses a comma-separated list such as {@code compare,discover}; null for an unknown name. */
        public static Set<Analysis> parse(String text) {
            Set<Analysis> result = EnumSet.noneOf(Analysis.class);
            for (String part : text.split(",")) {
                String name = part.strip().toLowerCase(java.util.Locale.ROOT);
                Analysis found = switch (name) {
                    case "compare" -> COMPARE;
                    case "optimise", "optimize" -> OPTIMISE;
                    case "discover" -> DISCOVER;
                    case "sensitivity" -> SENSITIVITY;
                    case "all" -> null;
                    default -> throw new IllegalArgumentException(name);
                };
                if (found == null) {
                    result.addAll(EnumSet.allOf(Analysis.class));
                } else {
                    result.add(found);
                }
            }
            return result;
        }
    }

    /**
     * @param store where the experiment's runs are streamed (null: kept in memory only)
     * @param storeWait how long to wait for another user of the store, asked when the wait starts and
     *     as it goes on (a server job's time left; the configured wait for the command line)
     */
    public record Options(
            Set<Analysis> analyses,
            Integer scenarios,
            Long seed,
            int threads,
            Path store,
            java.util.function.Supplier<java.time.Duration> storeWait) {

        /** Options whose store is waited for as long as {@code MULTIVECTOR_STORE_WAIT} says (60 s by default). */
        public Options(Set<Analysis> analyses, Integer scenarios, Long seed, int threads, Path store) {
            this(
                    analyses,
                    scenarios,
                    seed,
                    threads,
                    store,
                    org.multivector.app.store.RunRecorder.waitFor(() -> java.time.Duration.ZERO));
        }
    }

    /** Hears about progress: a phase starts with a total, then steps. */
    public interface Progress {
        void phase(String name, long total, long done);

        void step(long done);

        Progress NONE = new Progress() {
            @Override
            public void phase(String name, long total, long done) {}

            @Override
            public void step(long done) {}
        };
    }

    /** Everything a study run produced; the parts not asked for are null. */
    public record Outcome(
            Study study,
            PolicyEvaluator evaluator,
            Study.Sample sample,
            List<Policy> policyList,
            ExperimentResult experiment,
            Integer experimentId,
            int resumedRuns,
            boolean interrupted,
            Robustness.Report robustness,
            WesternView.Result western,
            StrategyAnalysis.Optimisation optimisation,
            StrategyAnalysis.Discovery discovery,
            StrategyAnalysis.Sensitivity sensitivity,
            double seconds) {}

    /** Runs the study's analyses, the experiment on this machine's threads. */
    public static Outcome run(
            Study study,
            ScenarioModel model,
            ExperimentStore.Metadata metadata,
            Options options,
            Progress progress,
            BooleanSupplier stop) {
        return run(study, model, metadata, options, progress, stop, ExperimentExecutor.LOCAL);
    }

    /** Runs the study's analyses, the experiment (policies × scenarios) on {@code executor}; the other analyses here. */
    public static Outcome run(
            Study study,
            ScenarioModel model,
            ExperimentStore.Metadata metadata,
            Options options,
            Progress progress,
            BooleanSupplier stop,
            ExperimentExecutor executor) {
        long started = System.nanoTime();
        PolicyEvaluator evaluator = new PolicyEvaluator(study, model);
        StrategyAnalysis analysis = new StrategyAnalysis(evaluator, options.threads());
        Study.Sample sample = new Study.Sample(
                options.scenarios() != null
                        ? options.scenarios()
                        : study.sample().scenarios(),
                study.sample().design(),
                options.seed() != null ? options.seed() : study.sample().seed(),
                study.sample().samplePolicies());
        List<Policy> policies = ExperimentRunner.policies(study, sample.samplePolicies(), sample.seed());
        ExperimentResult experiment = null;
        Integer id = null;
        int resumed = 0;
        boolean interrupted = false;
        Robustness.Report robustness = null;
        WesternView.Result western = null;
        StrategyAnalysis.Discovery discovery = null;
        double[][] u = null;
        Set<Analysis> analyses = options.analyses();
        if (analyses.contains(Analysis.COMPARE) || analyses.contains(Analysis.DISCOVER)) {
            u = evaluator.scenarios(sample);
            experiment = new ExperimentResult(policies, sample.scenarios(), evaluator.outcomeCount());
            long total = (long) policies.size() * sample.scenarios();
            if (options.store() != null) {
                ExperimentStore.Metadata withSample = new ExperimentStore.Metadata(
                        metadata.studyName(),
                        metadata.studyFile(),
                        metadata.studyHash(),
                        metadata.studyText(),
                        metadata.datasetVersion(),
                        metadata.codeVersion(),
                        sample.scenarios(),
                        sample.design().fileName(),
                        sample.seed());
                try (RunStore runStore = RunStore.open(options.store(), options.storeWait())) {
                    ExperimentStore store = new ExperimentStore(runStore);
                    id = store.openOrCreate(withSample, policies, study.outcomeList());
                    resumed = store.load(id, experiment);
                    progress.phase("experiment", total, resumed);
                    long runStarted = System.nanoTime();
                    try (ExperimentStore.Writer writer = store.writer(id)) {
                        executor.run(
                                evaluator,
                                experiment,
                                u,
                                sample.seed(),
                                writer,
                                (done, all) -> progress.step(done),
                                stop,
                                options.threads());
                    }
                    interrupted = !experiment.complete();
                    store.finish(id, !interrupted, (System.nanoTime() - runStarted) / 1e9);
                }
            } else {
                progress.phase("experiment", total, 0);
                executor.run(
                        evaluator,
                        experiment,
                        u,
                        sample.seed(),
                        ExperimentSink.NONE,
                        (done, all) -> progress.step(done),
                        stop,
                        options.threads());
                interrupted = !experiment.complete();
            }
            if (!interrupted) {
                if (analyses.contains(Analysis.COMPARE)) {
                    robustness = analysis.robustness(experiment);
                    western = analysis.western(experiment);
                }
                if (analyses.contains(Analysis.DISCOVER)) {
                    discovery = analysis.discover(experiment, u);
                }
            }
        }
        StrategyAnalysis.Optimisation optimisation = null;
        if (!interrupted && analyses.contains(Analysis.OPTIMISE) && !stop.getAsBoolean()) {
            progress.phase("optimise", study.optimisation().generations() + 1L, 0);
            optimisation = analysis.optimise(g -> progress.step(g + 1L));
        }
        StrategyAnalysis.Sensitivity sensitivity = null;
        if (!interrupted && analyses.contains(Analysis.SENSITIVITY) && !stop.getAsBoolean()) {
            int d = evaluator.dimensions();
            progress.phase(
                    "sensitivity",
                    (long) study.sensitivity().samples() * (d + 2)
                            + (long) study.sensitivity().trajectories() * (d + 1),
                    0);
            sensitivity = analysis.sensitivity();
        }
        return new Outcome(
                study,
                evaluator,
                sample,
                policies,
                experiment,
                id,
                resumed,
                interrupted,
                robustness,
                western,
                optimisation,
                discovery,
                sensitivity,
                (System.nanoTime() - started) / 1e9);
    }

    // ---- the JSON document ----

    /** The study's results as one JSON-ready document (also the dashboard's). */
    public static Map<String, Object> json(Outcome outcome) {
        Study study = outcome.study();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("study", study.scenario().name());
        root.put("description", study.scenario().description());
        root.put("dataset", outcome.evaluator().model().datasetVersion());
        root.put("scenarios", outcome.sample().scenarios());
        root.put("design", outcome.sample().design().fileName());
        root.put("seed", outcome.sample().seed());
        root.put("experimentId", outcome.experimentId());
        root.put("resumedRuns", outcome.resumedRuns());
        root.put("interrupted", outcome.interrupted());
        root.put("elapsedSeconds", Numbers.round6(outcome.seconds()));
        List<Map<String, Object>> levers = new ArrayList<>();
        for (Lever lever : study.leverList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", lever.name());
            m.put("min", lever.min());
            m.put("max", lever.max());
            m.put("statusQuo", lever.baseline());
            m.put("unit", lever.unit());
            m.put("effect", lever.effect());
            m.put("costPerUnit", lever.cost().perUnit());
            m.put("costUnit", lever.cost().unit());
            m.put("westernShare", lever.cost().westernShare());
            m.put("costReference", lever.cost().reference());
            m.put("costAssumption", lever.cost().assumption());
            levers.add(m);
        }
        root.put("levers", levers);
        List<OutcomeDocument> outcomes = new ArrayList<>();
        for (StudyOutcome o : study.outcomeList()) {
            outcomes.add(new OutcomeDocument(
                    o.name(), o.series(), o.reduction().fileName(), o.sense().fileName(), o.unit()));
        }
        root.put("outcomes", outcomes);
        List<Map<String, Object>> policies = new ArrayList<>();
        for (Policy policy : outcome.policyList()) {
            double[] values = outcome.evaluator().leverValues(policy);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", policy.name());
            m.put("levers", policy.leverMap());
            m.put("cost", Numbers.round6(outcome.evaluator().cost(values)));
            m.put("westernCost", Numbers.round6(outcome.evaluator().westernCost(values)));
            policies.add(m);
        }
        root.put("policies", policies);
        if (outcome.robustness() != null) {
            root.put("robustness", robustness(outcome.robustness()));
        }
        if (outcome.western() != null) {
            root.put("western", western(outcome.western()));
        }
        if (outcome.optimisation() != null) {
            root.put("optimisation", optimisation(outcome.optimisation(), study));
        }
        if (outcome.discovery() != null) {
            root.put("discovery", discovery(outcome.discovery()));
        }
        if (outcome.sensitivity() != null) {
            root.put("sensitivity", sensitivity(outcome.sensitivity()));
        }
        root.put(
                "routes",
                outcome.evaluator().model().routes().stream()
                        .map(org.multivector.scenario.CompiledRoute::document)
                        .toList());
        root.put(
                "assumptions",
                study.scenario().assumptionList().stream()
                        .map(a -> new org.multivector.app.store.RunDocuments.Assumption(a.text(), a.reference()))
                        .toList());
        return root;
    }

    /** A study outcome in the result document: how it reduces a series of a run to one number, and which way is better. */
    private record OutcomeDocument(String name, String series, String reduce, String sense, String unit) {}

    private static Map<String, Object> robustness(Robustness.Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thresholds", report.thresholdLabels());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Robustness.PolicyRobustness p : report.policyList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("policy", p.policy());
            row.put("rank", p.rank());
            row.put("satisficing", finite(p.satisficing()));
            row.put("thresholdShares", p.thresholdShares());
            row.put("bestProbability", finite(p.bestProbability()));
            List<Map<String, Object>> outcomes = new ArrayList<>();
            for (Robustness.OutcomeSummary o : p.outcomeList()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("outcome", o.outcome());
                s.put("mean", finite(o.mean()));
                s.put("p05", finite(o.p05()));
                s.put("p50", finite(o.p50()));
                s.put("p95", finite(o.p95()));
                s.put("meanRegret", finite(o.meanRegret()));
                s.put("p90Regret", finite(o.p90Regret()));
                s.put("maxRegret", finite(o.maxRegret()));
                outcomes.add(s);
            }
            row.put("outcomes", outcomes);
            rows.add(row);
        }
        m.put("policies", rows);
        Robustness.Convergence c = report.convergence();
        Map<String, Object> convergence = new LinkedHashMap<>();
        convergence.put("criterion", c.criterion());
        convergence.put("scenarios", c.scenarios());
        convergence.put("bootstrap", c.bootstrap());
        convergence.put("topStability", finite(c.topStability()));
        convergence.put("meanSpearman", finite(c.meanSpearman()));
        convergence.put("halfSampleTop", c.halfTop());
        convergence.put("tiedBest", c.tiedBest());
        convergence.put("stable", c.stable());
        convergence.put("verdict", c.verdict());
        m.put("convergence", convergence);
        return m;
    }

    private static Map<String, Object> western(WesternView.Result result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", result.outcome());
        m.put("baseline", result.baseline());
        m.put("unit", "outcome gained per USD billion of Western money");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WesternView.Row r : result.rowList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("policy", r.policy());
            row.put("rank", r.rank() == 0 ? null : r.rank());
            row.put("gain", finite(r.gain()));
            row.put("totalCost", finite(r.totalCost()));
            row.put("westernCost", finite(r.westernCost()));
            row.put("perBillion", finite(r.perBillion()));
            row.put("low", finite(r.low()));
            row.put("high", finite(r.high()));
            row.put("scenarioP05", finite(r.scenarioP05()));
            row.put("scenarioP95", finite(r.scenarioP95()));
            rows.add(row);
        }
        m.put("policies", rows);
        return m;
    }

    private static Map<String, Object> optimisation(StrategyAnalysis.Optimisation o, Study study) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "algorithm",
                study.optimisation()
                        .algorithm()
                        .name()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'));
        m.put("population", study.optimisation().population());
        m.put("generations", study.optimisation().generations());
        m.put("scenarios", o.scenarios());
        m.put("statistic", o.statistic());
        m.put("seed", study.optimisation().seed());
        m.put("evaluations", o.result().evaluations());
        m.put("levers", o.leverNames());
        m.put("objectives", o.objectiveNames());
        m.put("senses", o.senses().stream().map(s -> s.fileName()).toList());
        List<Map<String, Object>> front = new ArrayList<>();
        for (RobustOptimiser.Member member : o.result().front()) {
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, Object> levers = new LinkedHashMap<>();
            for (int i = 0; i < o.leverNames().size(); i++) {
                levers.put(o.leverNames().get(i), Numbers.round6(member.variables()[i]));
            }
            Map<String, Object> objectives = new LinkedHashMap<>();
            for (int i = 0; i < o.objectiveNames().size(); i++) {
                objectives.put(o.objectiveNames().get(i), Numbers.round6(member.objectives()[i]));
            }
            row.put("levers", levers);
            row.put("objectives", objectives);
            front.add(row);
        }
        m.put("front", front);
        List<Double> hv = new ArrayList<>();
        for (double v : o.result().hypervolume()) {
            hv.add(Numbers.round6(v));
        }
        m.put("hypervolume", hv);
        return m;
    }

    private static Map<String, Object> discovery(StrategyAnalysis.Discovery d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", d.policy());
        m.put("outcome", d.outcome());
        m.put("cases", d.caseDefinition());
        m.put("points", d.result().points());
        m.put("caseCount", d.result().cases());
        m.put("chosenStep", d.result().chosenStep());
        m.put("box", box(d.result().chosen()));
        m.put(
                "trajectory",
                d.result().trajectory().stream().map(StrategyStudies::box).toList());
        return m;
    }

    private static Map<String, Object> box(Prim.Box box) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coverage", Numbers.round6(box.coverage()));
        m.put("density", Numbers.round6(box.density()));
        m.put("mass", Numbers.round6(box.mass()));
        m.put("points", box.points());
        m.put("cases", box.cases());
        List<Map<String, Object>> limits = new ArrayList<>();
        for (Prim.Limit limit : box.limitList()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("input", limit.input());
            l.put("lower", Numbers.round6(limit.lower()));
            l.put("upper", Numbers.round6(limit.upper()));
            l.put("quasiP", finite(limit.quasiP()));
            limits.add(l);
        }
        m.put("limits", limits);
        return m;
    }

    private static Map<String, Object> sensitivity(StrategyAnalysis.Sensitivity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", s.policy());
        m.put("outcome", s.outcome());
        m.put("sobolSamples", s.sobol().samples());
        m.put("sobolRuns", s.sobol().runs());
        m.put("variance", finite(s.sobol().variance()));
        List<Map<String, Object>> sobol = new ArrayList<>();
        for (SobolIndices.Index index : s.sobol().indexList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", index.input());
            row.put("first", finite(index.first()));
            row.put("firstLow", finite(index.firstLow()));
            row.put("firstHigh", finite(index.firstHigh()));
            row.put("total", finite(index.total()));
            row.put("totalLow", finite(index.totalLow()));
            row.put("totalHigh", finite(index.totalHigh()));
            sobol.add(row);
        }
        m.put("sobol", sobol);
        m.put("morrisTrajectories", s.morris().trajectories());
        m.put("morrisRuns", s.morris().runs());
        List<Map<String, Object>> morris = new ArrayList<>();
        for (MorrisScreening.Effect effect : s.morris().effectList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", effect.input());
            row.put("muStar", finite(effect.muStar()));
            row.put("mu", finite(effect.mu()));
            row.put("sigma", finite(effect.sigma()));
            morris.add(row);
        }
        m.put("morris", morris);
        return m;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? Numbers.round6(value) : null;
    }
}
