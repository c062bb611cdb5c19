package org.multivector.strategy;

import org.multivector.scenario.Lever;
import org.multivector.work.Parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The analyses of a strategy study, each on the study's compiled model: compare (robustness and the
 * Western view, from an experiment), optimise (the robust Pareto set), discover (PRIM) and
 * sensitivity (Sobol and Morris). docs/strategy.md describes each.
 */
public final class StrategyAnalysis {

    /** Unit-cube coordinates are kept inside [U_MIN, 1 − U_MIN] so unbounded distributions stay finite at the cube's faces. */
    public static final double U_MIN = 1e-3;

    private final PolicyEvaluator evaluator;
    private final int threads;

    public StrategyAnalysis(PolicyEvaluator evaluator, int threads) {
        this.evaluator = evaluator;
        this.threads = Math.max(1, threads);
    }

    public PolicyEvaluator evaluator() {
        return evaluator;
    }

    private Study study() {
        return evaluator.study();
    }

    // ---- compare ----

    /** Robustness of every policy of an experiment. */
    public Robustness.Report robustness(ExperimentResult result) {
        return Robustness.of(
                result,
                study().outcomeList(),
                study().thresholdList(),
                study().sample().seed());
    }

    /** The Western partner's view of an experiment's policies. */
    public WesternView.Result western(ExperimentResult result) {
        Study.Western settings = study().western();
        int o = study().outcomeIndex(settings.outcome());
        int baseline = indexOf(result.policyList(), settings.baseline());
        int[] common = result.commonScenarios();
        double[][] x = new double[result.policyCount()][];
        double[] total = new double[result.policyCount()];
        double[] western = new double[result.policyCount()];
        List<String> names = new ArrayList<>();
        for (int p = 0; p < result.policyCount(); p++) {
            Policy policy = result.policyList().get(p);
            names.add(policy.name());
            x[p] = result.column(p, o, common);
            double[] levers = evaluator.leverValues(policy);
            total[p] = evaluator.cost(levers);
            western[p] = evaluator.westernCost(levers);
        }
        return WesternView.of(
                settings.outcome(),
                names,
                x,
                total,
                western,
                baseline,
                Robustness.BOOTSTRAP,
                study().sample().seed() + 17);
    }

    // ---- optimise ----

    /** The robust search's result with the names of its variables and objectives. */
    public record Optimisation(
            List<String> leverNames,
            List<String> objectiveNames,
            List<Sense> senses,
            String statistic,
            int scenarios,
            RobustOptimiser.Result result) {}

    /** Runs the study's robust many-objective search. */
    public Optimisation optimise(IntConsumer progress) {
        Study.Optimisation settings = study().optimisation();
        List<Lever> levers = study().leverList();
        double[] lower = levers.stream().mapToDouble(Lever::min).toArray();
        double[] upper = levers.stream().mapToDouble(Lever::max).toArray();
        int[] objective = settings.objectiveList().stream()
                .mapToInt(study()::outcomeIndex)
                .toArray();
        Sense[] senses = new Sense[objective.length];
        for (int i = 0; i < objective.length; i++) {
            senses[i] = study().outcomeList().get(objective[i]).sense();
        }
        Study.Sample ensemble =
                new Study.Sample(settings.scenarios(), study().sample().design(), settings.seed(), 0);
        double[][] u = evaluator.scenarios(ensemble);
        String statistic = settings.statistic();
        RobustOptimiser.Scorer scorer = x -> {
            double[] leverValues = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                leverValues[i] = levers.get(i).admit(x[i]);
            }
            double[][] outcomes = new double[u.length][evaluator.outcomeCount()];
            Parallel.forEach(
                    u.length,
                    threads,
                    s -> evaluator.evaluate(
                            leverValues, u[s], PolicyEvaluator.scenarioSeed(settings.seed(), s), outcomes[s]));
            double[] score = new double[objective.length];
            for (int i = 0; i < objective.length; i++) {
                double[] column = new double[u.length];
                for (int s = 0; s < u.length; s++) {
                    column[s] = outcomes[s][objective[i]];
                }
                score[i] = statistic.equals("mean")
                        ? Statistics.mean(column)
                        : Statistics.percentile(column, Double.parseDouble(statistic.substring(1)));
            }
            return score;
        };
        RobustOptimiser.Result result = RobustOptimiser.optimise(
                scorer,
                lower,
                upper,
                senses,
                settings.algorithm(),
                settings.population(),
                settings.generations(),
                settings.seed(),
                progress);
        // report lever values as the model used them (integer levers rounded)
        List<RobustOptimiser.Member> admitted = new ArrayList<>();
        for (RobustOptimiser.Member member : result.front()) {
            double[] x = member.variables().clone();
            for (int i = 0; i < x.length; i++) {
                x[i] = levers.get(i).admit(x[i]);
            }
            admitted.add(new RobustOptimiser.Member(x, member.objectives()));
        }
        return new Optimisation(
                levers.stream().map(Lever::name).toList(),
                settings.objectiveList(),
                List.of(senses),
                statistic,
                settings.scenarios(),
                new RobustOptimiser.Result(admitted, result.hypervolume(), result.evaluations()));
    }

    // ---- discover ----

    /** PRIM's result with the case definition it searched for. */
    public record Discovery(
            String policy, String outcome, String caseDefinition, double threshold, Prim.Result result) {}

    /** Scenario discovery on the discovery policy's runs of an experiment. */
    public Discovery discover(ExperimentResult result, double[][] u) {
        Study.Discovery settings = study().discovery();
        int p = indexOf(result.policyList(), settings.policy());
        int o = study().outcomeIndex(settings.outcome());
        List<Integer> done = new ArrayList<>();
        for (int s = 0; s < result.scenarioCount(); s++) {
            if (result.done(p, s)) {
                done.add(s);
            }
        }
        double[] y = new double[done.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = result.value(p, done.get(i), o);
        }
        double threshold = Double.isNaN(settings.threshold())
                ? Statistics.percentile(y, settings.below() ? 25 : 75)
                : settings.threshold();
        int d = evaluator.dimensions();
        double[][] x = new double[y.length][d];
        boolean[] cases = new boolean[y.length];
        var space = evaluator.model().parameters();
        for (int i = 0; i < y.length; i++) {
            double[] values = space.values(u[done.get(i)]);
            for (int k = 0; k < d; k++) {
                x[i][k] = values[space.index(space.uncertainName(k))];
            }
            cases[i] = settings.below() ? y[i] < threshold : y[i] > threshold;
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            names.add(evaluator.uncertainName(k));
        }
        Prim.Result prim = Prim.find(x, cases, names, settings.peelAlpha(), settings.minMass(), settings.minDensity());
        String definition = settings.outcome() + (settings.below() ? " < " : " > ") + round(threshold);
        return new Discovery(settings.policy(), settings.outcome(), definition, threshold, prim);
    }

    // ---- sensitivity ----

    /** Sobol indices and Morris screening of one outcome under one policy. */
    public record Sensitivity(
            String policy, String outcome, SobolIndices.Result sobol, MorrisScreening.Result morris) {}

    /** Global sensitivity of the study's sensitivity outcome to the uncertainties. */
    public Sensitivity sensitivity() {
        Study.Sensitivity settings = study().sensitivity();
        int p = indexOf(study().policyList(), settings.policy());
        double[] levers = evaluator.leverValues(study().policyList().get(p));
        int o = study().outcomeIndex(settings.outcome());
        long modelSeed = PolicyEvaluator.scenarioSeed(settings.seed(), 0);
        UnitCubeFunction f = points -> {
            double[] y = new double[points.length];
            Parallel.forEach(points.length, threads, i -> {
                double[] u = points[i].clone();
                for (int k = 0; k < u.length; k++) {
                    u[k] = U_MIN + u[k] * (1 - 2 * U_MIN);
                }
                double[] out = new double[evaluator.outcomeCount()];
                evaluator.evaluate(levers, u, modelSeed, out);
                y[i] = out[o];
            });
            return y;
        };
        List<String> names = new ArrayList<>();
        for (int k = 0; k < evaluator.dimensions(); k++) {
            names.add(evaluator.uncertainName(k));
        }
        SobolIndices.Result sobol =
                SobolIndices.analyse(f, names, settings.samples(), settings.bootstrap(), settings.seed());
        MorrisScreening.Result morris =
                MorrisScreening.analyse(f, names, settings.trajectories(), settings.levels(), settings.seed() + 1);
        return new Sensitivity(settings.policy(), settings.outcome(), sobol, morris);
    }

    private static int indexOf(List<Policy> policies, String name) {
        for (int i = 0; i < policies.size(); i++) {
            if (policies.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no policy named " + name);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
