package org.multivector.strategy;

import org.multivector.scenario.Design;
import org.multivector.scenario.Lever;
import org.multivector.scenario.Scenario;

import java.util.List;
import java.util.Objects;

/**
 * A strategy study, read from a scenario file's {@code levers.ranges}, {@code policies} and
 * {@code study} sections with {@link StudyReader}: the scenario, the levers, the policies to compare,
 * the outcomes, the satisficing thresholds and the settings of each analysis.
 */
public record Study(
        Scenario scenario,
        List<Lever> leverList,
        List<Policy> policyList,
        List<StudyOutcome> outcomeList,
        List<Threshold> thresholdList,
        Sample sample,
        Optimisation optimisation,
        Discovery discovery,
        Sensitivity sensitivity,
        Western western) {

    public Study {
        Objects.requireNonNull(scenario, "scenario");
        leverList = List.copyOf(leverList);
        policyList = List.copyOf(policyList);
        outcomeList = List.copyOf(outcomeList);
        thresholdList = List.copyOf(thresholdList);
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(optimisation, "optimisation");
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(western, "western");
    }

    /** The position of outcome {@code name}, or -1. */
    public int outcomeIndex(String name) {
        for (int i = 0; i < outcomeList.size(); i++) {
            if (outcomeList.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of policy {@code name}, or -1. */
    public int policyIndex(String name) {
        for (int i = 0; i < policyList.size(); i++) {
            if (policyList.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The scenarios policies are compared over.
     *
     * @param scenarios      how many
     * @param design         Monte Carlo or Latin hypercube over the uncertainties
     * @param seed           master seed (scenario j uses the same draws and outage seed under every policy)
     * @param samplePolicies how many extra policies to draw by Latin hypercube over the lever ranges (0: only the named ones)
     */
    public record Sample(int scenarios, Design design, long seed, int samplePolicies) {}

    /** The algorithms the robust search may use. */
    public enum Algorithm {
        /** NSGA-II (Deb, Pratap, Agarwal and Meyarivan 2002, doi:10.1109/4235.996017). */
        NSGA_II,
        /** ε-MOEA (Deb, Mohan and Mishra 2005, doi:10.1162/106365605774666895). */
        EPSILON_MOEA
    }

    /**
     * The robust many-objective search.
     *
     * @param algorithm   NSGA-II or ε-MOEA
     * @param population  population size
     * @param generations how many generations
     * @param scenarios   size of the fixed ensemble each candidate is scored over
     * @param seed        seed of the search and of the ensemble
     * @param objectiveList outcome names to optimise (their senses say which way)
     * @param statistic   what summarises an outcome over the ensemble: {@code mean}, or a percentile {@code p10}, {@code p90} ...
     */
    public record Optimisation(
            Algorithm algorithm,
            int population,
            int generations,
            int scenarios,
            long seed,
            List<String> objectiveList,
            String statistic) {
        public Optimisation {
            objectiveList = List.copyOf(objectiveList);
        }
    }

    /**
     * Scenario discovery with PRIM: in which futures does an outcome fall below (or rise above) a level?
     *
     * @param policy    the policy whose runs are searched
     * @param outcome   the outcome
     * @param below     true: cases are runs with outcome &lt; threshold; false: &gt; threshold
     * @param threshold the level
     * @param peelAlpha share of the box's points peeled per step
     * @param minMass   smallest share of all points a box may hold
     * @param minDensity the density the reported box must reach (the box of highest coverage at or above it)
     */
    public record Discovery(
            String policy,
            String outcome,
            boolean below,
            double threshold,
            double peelAlpha,
            double minMass,
            double minDensity) {}

    /**
     * Global sensitivity of an outcome to the uncertainties, under one policy.
     *
     * @param policy      the policy
     * @param outcome     the outcome
     * @param samples     Sobol base sample size N (N(d+2) model runs)
     * @param bootstrap   bootstrap resamples for the intervals
     * @param trajectories Morris trajectories r (r(d+1) model runs)
     * @param levels      Morris grid levels p
     * @param seed        seed (bootstrap, Morris trajectories, the runs' outage seed)
     */
    public record Sensitivity(
            String policy, String outcome, int samples, int bootstrap, int trajectories, int levels, long seed) {}

    /**
     * The Western partner's view: room gained per billion US$ of Western money, against a baseline policy.
     *
     * @param outcome  the outcome gained (room)
     * @param baseline the policy compared against (the status quo)
     */
    public record Western(String outcome, String baseline) {}
}
