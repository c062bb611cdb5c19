package org.multivector.scenario;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * Runs of an ensemble already computed by an earlier, interrupted attempt (read back from a store),
 * so that resuming computes only the missing ones. Because run {@code i} is a function of the
 * model, the master seed and {@code i} alone, the resumed ensemble is the one an uninterrupted
 * attempt would have given, value for value.
 */
public final class CompletedRuns {

    private final int runs;
    private final int outputSize;
    private final BitSet doneSet = new BitSet();
    private final double[][] parameterValues;
    private final double[][] values;

    /** Room for the runs of an ensemble of {@code runs} runs with {@code outputSize} values each. */
    public CompletedRuns(int runs, int outputSize) {
        if (runs < 1 || outputSize < 0) {
            throw new IllegalArgumentException("runs " + runs + " and output size " + outputSize + " must be positive");
        }
        this.runs = runs;
        this.outputSize = outputSize;
        this.parameterValues = new double[runs][];
        this.values = new double[runs][];
    }

    /** None: a fresh ensemble. */
    public static CompletedRuns none(int runs) {
        return new CompletedRuns(runs, 0);
    }

    /** Records run {@code run} with its parameter values and its outputs (copied). */
    public void put(int run, double[] runParameterValues, double[] runValues) {
        Objects.checkIndex(run, runs);
        if (runValues.length != outputSize) {
            throw new IllegalArgumentException(
                    "run " + run + " has " + runValues.length + " values, expected " + outputSize);
        }
        parameterValues[run] = runParameterValues.clone();
        values[run] = runValues.clone();
        doneSet.set(run);
    }

    /** How many runs the ensemble has. */
    public int runs() {
        return runs;
    }

    /** Whether run {@code run} is already done. */
    public boolean done(int run) {
        return doneSet.get(run);
    }

    /** How many runs are already done. */
    public int count() {
        return doneSet.cardinality();
    }

    /** The parameter values of done run {@code run} (not a copy: do not change it). */
    public double[] parameterValues(int run) {
        return parameterValues[run];
    }

    /** The outputs of done run {@code run} (not a copy: do not change it). */
    public double[] values(int run) {
        return values[run];
    }

    /** How many values each run has. */
    public int outputSize() {
        return outputSize;
    }

    @Override
    public String toString() {
        return count() + " of " + runs + " runs done"
                + (count() < 20 ? " " + Arrays.toString(doneSet.stream().toArray()) : "");
    }
}
