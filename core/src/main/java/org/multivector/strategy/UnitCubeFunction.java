package org.multivector.strategy;

/**
 * A model seen by the sensitivity analyses: a number for each point of the unit cube [0,1]^d (each
 * coordinate is an input's quantile). Evaluated a batch at a time, so an implementation can run the
 * points in parallel; it must return the same numbers whatever the batch or the order.
 */
@FunctionalInterface
public interface UnitCubeFunction {

    /** The value at each point, {@code points[i][k]} in [0, 1]. */
    double[] evaluate(double[][] points);
}
