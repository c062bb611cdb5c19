package org.multivector.bargaining;

/** A model that turns a bargaining issue into a round-by-round forecast. */
public interface BargainingModel {

    /** Runs the model on {@code issue}; round 0 of the result is the input. */
    Forecast run(Issue issue);

    /**
     * {@link #run(Issue)} that stops when {@code cancellation} asks (checked at least before it
     * starts; per round by models whose rounds are long).
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    default Forecast run(Issue issue, org.multivector.work.Cancellation cancellation) {
        cancellation.check();
        return run(issue);
    }
}
