package org.multivector.bargaining;

/** A model that turns a bargaining issue into a round-by-round forecast. */
public interface BargainingModel {

    /** Runs the model on {@code issue}; round 0 of the result is the input. */
    Forecast run(Issue issue);
}
