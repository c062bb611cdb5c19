package org.multivector.scenario;

/**
 * The arrays an ensemble's result is assembled from, one slice per run, with the runs of an
 * interrupted ensemble already in place: what every {@link EnsembleRunner} fills, whether its runs
 * are computed on local threads or come back from a cluster. A run's slice is written once, by
 * whoever computed it; {@link #put} may be called from several threads for different runs.
 */
public final class EnsembleSlots {

    private final ScenarioModel model;
    private final EnsembleRequest request;
    private final int size;
    private final double[][] parameterValues;
    private final double[] values;
    private final boolean[] completed;
    private final int[] missing;

    private EnsembleSlots(ScenarioModel model, EnsembleRequest request, CompletedRuns prior) {
        int runs = request.runs();
        size = model.outputSize();
        if (prior.runs() != runs || (prior.count() > 0 && prior.outputSize() != size)) {
            throw new IllegalArgumentException("the completed runs (" + prior + ") do not belong to an ensemble of "
                    + runs + " runs of " + size + " values");
        }
        if ((long) runs * size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(runs + " runs of " + size
                    + " values each exceed what one ensemble can hold; run fewer, or record fewer outcomes");
        }
        this.model = model;
        this.request = request;
        parameterValues = new double[runs][];
        values = new double[runs * size];
        completed = new boolean[runs];
        missing = new int[runs - prior.count()];
        int m = 0;
        for (int run = 0; run < runs; run++) {
            if (prior.done(run)) {
                parameterValues[run] = prior.parameterValues(run).clone();
                System.arraycopy(prior.values(run), 0, values, run * size, size);
                completed[run] = true;
            } else {
                missing[m++] = run;
            }
        }
    }

    /**
     * The slots of an ensemble of {@code request.runs()} runs of {@code model}, holding the runs of
     * {@code prior} as they were stored.
     *
     * @throws IllegalArgumentException when {@code prior} belongs to another ensemble, or the
     *     ensemble would not fit in one array
     */
    public static EnsembleSlots resuming(ScenarioModel model, EnsembleRequest request, CompletedRuns prior) {
        return new EnsembleSlots(model, request, prior);
    }

    /** The runs still to compute, ascending. */
    public int[] missing() {
        return missing.clone();
    }

    /**
     * Stores run {@code run}: its parameter values (kept, not copied) and its outputs (copied from
     * {@code outputs} starting at {@code offset}).
     */
    public void put(int run, double[] parameters, double[] outputs, int offset) {
        parameterValues[run] = parameters;
        System.arraycopy(outputs, offset, values, run * size, size);
        synchronized (completed) {
            completed[run] = true;
        }
    }

    /** The result: every run stored so far, the others marked as not completed. */
    public EnsembleResult result() {
        boolean[] finished;
        synchronized (completed) {
            finished = completed.clone();
        }
        return new EnsembleResult(model, request, finished, parameterValues, values);
    }
}
