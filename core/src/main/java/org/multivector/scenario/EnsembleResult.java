package org.multivector.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of an ensemble: every completed run's parameter values and series, and fan-chart
 * quantiles per series and period. Runs are held in run-index order, so the result does not depend
 * on which thread computed which run.
 */
public final class EnsembleResult {

    /** The probabilities of the fan-chart quantiles. */
    public static final double[] PROBABILITIES = {0.05, 0.25, 0.5, 0.75, 0.95};

    private final ScenarioModel model;
    private final EnsembleRequest request;
    private final boolean[] completed;
    private final double[][] parameterValues;
    private final double[] values;
    private final int completedCount;

    EnsembleResult(
            ScenarioModel model,
            EnsembleRequest request,
            boolean[] completed,
            double[][] parameterValues,
            double[] values) {
        this.model = model;
        this.request = request;
        this.completed = completed;
        this.parameterValues = parameterValues;
        this.values = values;
        int count = 0;
        for (boolean done : completed) {
            count += done ? 1 : 0;
        }
        this.completedCount = count;
    }

    public ScenarioModel model() {
        return model;
    }

    public EnsembleRequest request() {
        return request;
    }

    /** How many runs finished (all of them unless the ensemble was stopped). */
    public int completedCount() {
        return completedCount;
    }

    /** Whether every requested run finished. */
    public boolean complete() {
        return completedCount == completed.length;
    }

    /** Whether run {@code run} finished. */
    public boolean completed(int run) {
        return completed[run];
    }

    /** The value of series {@code series} in period {@code period} of run {@code run}. */
    public double value(int run, int series, int period) {
        return values[(run * model.series().size() + series) * model.periods() + period];
    }

    /** The parameter values run {@code run} used, in {@link ParameterSpace#names()} order. */
    public double[] parameterValues(int run) {
        return parameterValues[run].clone();
    }

    /**
     * Quantiles of one series and period over the completed runs: the values at
     * {@link #PROBABILITIES}, then the mean (linear interpolation between order statistics,
     * Hyndman and Fan 1996 definition 7).
     */
    public double[] quantiles(int series, int period) {
        double[] sample = new double[completedCount];
        int n = 0;
        double sum = 0;
        for (int run = 0; run < completed.length; run++) {
            if (completed[run]) {
                double v = value(run, series, period);
                sample[n++] = v;
                sum += v;
            }
        }
        double[] result = new double[PROBABILITIES.length + 1];
        if (n == 0) {
            Arrays.fill(result, Double.NaN);
            return result;
        }
        Arrays.sort(sample);
        for (int i = 0; i < PROBABILITIES.length; i++) {
            double h = (n - 1) * PROBABILITIES[i];
            int lo = (int) Math.floor(h);
            int hi = Math.min(lo + 1, n - 1);
            result[i] = sample[lo] + (h - lo) * (sample[hi] - sample[lo]);
        }
        result[PROBABILITIES.length] = sum / n;
        return result;
    }

    /** The series, as the model records them. */
    public List<Series> series() {
        return model.series();
    }
}
