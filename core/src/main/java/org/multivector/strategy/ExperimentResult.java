package org.multivector.strategy;

import java.util.Arrays;
import java.util.List;

/**
 * The outcomes of policies × scenarios: {@code value(p, s, o)} for every run done so far. Filled by
 * {@link ExperimentRunner} and, when an experiment resumes, by whoever reads the runs already
 * stored ({@link #put}); a run is either complete (all its outcomes) or absent.
 */
public final class ExperimentResult {

    private final List<Policy> policyList;
    private final int scenarios;
    private final int outcomes;
    private final double[] values;
    private final boolean[] done;

    /** An experiment with no run done yet. */
    public ExperimentResult(List<Policy> policyList, int scenarios, int outcomes) {
        this.policyList = List.copyOf(policyList);
        this.scenarios = scenarios;
        this.outcomes = outcomes;
        long size = (long) policyList.size() * scenarios * outcomes;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(policyList.size() + " policies × " + scenarios + " scenarios × "
                    + outcomes + " outcomes exceed what one experiment can hold in memory");
        }
        this.values = new double[(int) size];
        Arrays.fill(values, Double.NaN);
        this.done = new boolean[policyList.size() * scenarios];
    }

    public List<Policy> policyList() {
        return policyList;
    }

    public int policyCount() {
        return policyList.size();
    }

    public int scenarioCount() {
        return scenarios;
    }

    public int outcomeCount() {
        return outcomes;
    }

    /** Records run (policy {@code p}, scenario {@code s}). */
    public synchronized void put(int p, int s, double[] outcomeValues) {
        System.arraycopy(outcomeValues, 0, values, (p * scenarios + s) * outcomes, outcomes);
        done[p * scenarios + s] = true;
    }

    /** Whether run (p, s) is done. */
    public synchronized boolean done(int p, int s) {
        return done[p * scenarios + s];
    }

    /** How many runs are done. */
    public synchronized int doneCount() {
        int count = 0;
        for (boolean d : done) {
            count += d ? 1 : 0;
        }
        return count;
    }

    /**
     * Checks that {@code u} holds one draw per scenario of this experiment, as every executor needs.
     *
     * @throws IllegalArgumentException when it does not
     */
    public void requireDraws(double[][] u) {
        if (u.length != scenarios) {
            throw new IllegalArgumentException(
                    "the result has " + scenarios + " scenarios but " + u.length + " draws were given");
        }
    }

    /**
     * The runs not done yet, each as {@code p * scenarioCount() + s}, scenario by scenario (every
     * policy on scenario 0, then on scenario 1, ...): an interrupted experiment then has every policy
     * on its first scenarios.
     */
    public synchronized int[] missing() {
        int[] result = new int[done.length];
        int n = 0;
        int policies = policyList.size();
        for (int s = 0; s < scenarios; s++) {
            for (int p = 0; p < policies; p++) {
                if (!done[p * scenarios + s]) {
                    result[n++] = p * scenarios + s;
                }
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** Whether every run is done. */
    public boolean complete() {
        return doneCount() == done.length;
    }

    /** Outcome {@code o} of run (p, s); NaN when the run is not done. */
    public synchronized double value(int p, int s, int o) {
        return values[(p * scenarios + s) * outcomes + o];
    }

    /** The scenarios done under every policy, in order: the ones robustness can compare on. */
    public synchronized int[] commonScenarios() {
        int[] result = new int[scenarios];
        int n = 0;
        for (int s = 0; s < scenarios; s++) {
            boolean all = true;
            for (int p = 0; p < policyList.size() && all; p++) {
                all = done[p * scenarios + s];
            }
            if (all) {
                result[n++] = s;
            }
        }
        return Arrays.copyOf(result, n);
    }

    /** Outcome {@code o} of policy {@code p} over the given scenarios. */
    public synchronized double[] column(int p, int o, int[] scenarioIndex) {
        double[] result = new double[scenarioIndex.length];
        for (int i = 0; i < scenarioIndex.length; i++) {
            result[i] = values[(p * scenarios + scenarioIndex[i]) * outcomes + o];
        }
        return result;
    }
}
