package org.multivector.strategy;

import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Lever;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ParameterSpace;
import org.multivector.scenario.RunSeeds;
import org.multivector.scenario.SampleDesign;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.scenario.Series;
import org.multivector.world.io.InvalidDatasetException;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one policy in one scenario: the scenario model (a black box) run once with the scenario's
 * uncertain parameters and the policy's lever values, its series reduced to the study's outcomes.
 * A scenario is a point {@code u} of the unit cube (pushed through each uncertainty's quantile
 * function, as the ensemble runner does) and a seed for the model's random outages; the same
 * scenario is used under every policy (common random numbers), so differences between policies are
 * the policies' doing. Thread-safe: every call keeps its state in locals.
 */
public final class PolicyEvaluator {

    private final Study study;
    private final ScenarioModel model;
    private final ParameterSpace space;
    private final int[] leverIndex;
    private final int[][] seriesIndex;
    private final int periods;

    /** Binds the study's levers and outcomes to a model compiled from its scenario. */
    public PolicyEvaluator(Study study, ScenarioModel model) {
        this.study = study;
        this.model = model;
        this.space = model.parameters();
        this.periods = model.periods();
        List<Lever> levers = study.leverList();
        leverIndex = new int[levers.size()];
        for (int i = 0; i < levers.size(); i++) {
            leverIndex[i] = space.index(levers.get(i).name());
            if (leverIndex[i] < 0) {
                throw new IllegalStateException(
                        "lever " + levers.get(i).name() + " is not a parameter of the compiled scenario");
            }
        }
        List<Series> series = model.series();
        seriesIndex = new int[study.outcomeList().size()][];
        for (int o = 0; o < seriesIndex.length; o++) {
            StudyOutcome outcome = study.outcomeList().get(o);
            List<Integer> matches = new ArrayList<>();
            if (!outcome.isCost()) {
                String label = outcome.series();
                boolean anyPower = label.endsWith(":*");
                String base = anyPower ? label.substring(0, label.length() - 2) : label;
                for (int s = 0; s < series.size(); s++) {
                    Series candidate = series.get(s);
                    if (anyPower
                            ? candidate.outcome().fileName().equals(base)
                            : candidate.label().equals(label)) {
                        matches.add(s);
                    }
                }
                if (matches.isEmpty()) {
                    throw new IllegalStateException(
                            "outcome " + outcome.name() + ": the model records no series " + label);
                }
            }
            seriesIndex[o] = matches.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Reads the study a recipe's scenario text holds and binds it to the model the recipe compiles to:
     * how another JVM (a cluster's executor) gets the evaluator the driver has.
     *
     * @param scratch a folder where a carried dataset may be written out
     */
    public static PolicyEvaluator compile(ModelRecipe recipe, Path scratch)
            throws InvalidStudyException, InvalidScenarioException, InvalidDatasetException {
        ScenarioModel model = recipe.compile(scratch);
        Scenario scenario = ScenarioReader.read(new StringReader(recipe.scenarioText()), recipe.scenarioFile());
        Study study = StudyReader.read(scenario, recipe.scenarioText(), recipe.scenarioFile());
        return new PolicyEvaluator(study, model);
    }

    public Study study() {
        return study;
    }

    public ScenarioModel model() {
        return model;
    }

    /** How many uncertain parameters a scenario draws. */
    public int dimensions() {
        return space.uncertainCount();
    }

    /** The name of uncertain parameter {@code k}. */
    public String uncertainName(int k) {
        return space.uncertainName(k);
    }

    /** The scenario draws of a sample: {@code u[j][k]}. */
    public double[][] scenarios(Study.Sample sample) {
        return SampleDesign.draw(sample.design(), sample.scenarios(), space.uncertainCount(), sample.seed());
    }

    /** The model seed (random outages) of scenario {@code j} of a sample with master seed {@code master}. */
    public static long scenarioSeed(long master, int j) {
        return RunSeeds.streamSeed(master, "strategy-scenario", j);
    }

    /** The policy's value for every lever, in {@link Study#leverList()} order (the baseline where it sets none). */
    public double[] leverValues(Policy policy) {
        List<Lever> levers = study.leverList();
        double[] values = new double[levers.size()];
        for (int i = 0; i < values.length; i++) {
            Lever lever = levers.get(i);
            Double set = policy.leverMap().get(lever.name());
            values[i] = set == null ? lever.baseline() : lever.admit(set);
        }
        return values;
    }

    /** {@link #leverValues(Policy)} of every policy of {@code result}, in its order. */
    public double[][] leverValues(ExperimentResult result) {
        return result.policyList().stream().map(this::leverValues).toArray(double[][]::new);
    }

    /** The policy's total cost, USD billion: Σ per-unit cost × |value − baseline|. */
    public double cost(double[] leverValues) {
        double total = 0;
        for (int i = 0; i < leverValues.length; i++) {
            total += study.leverList().get(i).costOf(leverValues[i]);
        }
        return total;
    }

    /** The share of that cost borne by Western partners, USD billion. */
    public double westernCost(double[] leverValues) {
        double total = 0;
        for (int i = 0; i < leverValues.length; i++) {
            Lever lever = study.leverList().get(i);
            total += lever.costOf(leverValues[i]) * lever.cost().westernShare();
        }
        return total;
    }

    /** The outcome count. */
    public int outcomeCount() {
        return seriesIndex.length;
    }

    /**
     * Runs the model once and writes the study's outcomes into {@code outcomes}.
     *
     * @param leverValues the policy's lever values ({@link #leverValues})
     * @param u           the scenario's unit-cube point (one coordinate per uncertain parameter)
     * @param seed        the scenario's model seed
     */
    public void evaluate(double[] leverValues, double[] u, long seed, double[] outcomes) {
        double[] values = space.values(u);
        for (int i = 0; i < leverIndex.length; i++) {
            values[leverIndex[i]] = leverValues[i];
        }
        double[] out = new double[model.outputSize()];
        model.run(values, seed, out);
        double cost = cost(leverValues);
        for (int o = 0; o < seriesIndex.length; o++) {
            StudyOutcome outcome = study.outcomeList().get(o);
            int[] matches = seriesIndex[o];
            if (outcome.isCost()) {
                outcomes[o] = cost;
            } else if (matches.length == 1) {
                outcomes[o] = outcome.reduction().apply(out, matches[0] * periods, periods);
            } else {
                double[] highest = new double[periods];
                java.util.Arrays.fill(highest, Double.NEGATIVE_INFINITY);
                for (int s : matches) {
                    for (int k = 0; k < periods; k++) {
                        highest[k] = Math.max(highest[k], out[s * periods + k]);
                    }
                }
                outcomes[o] = outcome.reduction().apply(highest, 0, periods);
            }
        }
    }
}
