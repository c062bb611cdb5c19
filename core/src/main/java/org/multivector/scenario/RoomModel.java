package org.multivector.scenario;

/**
 * Room to manoeuvre of the focal country on a one-dimensional alignment issue: how much of the
 * issue scale it could stand on without drawing a credible challenge (the default,
 * {@link BargainingRoom}, weighs each position by its expected-utility margin: docs/model.md, eq. 8). The scenario model asks this once per period with the period's capabilities and
 * saliences; implementations must be thread-safe (one instance serves every run) and allocate
 * little, since an ensemble asks millions of times.
 */
public interface RoomModel {

    /**
     * @param position   each stakeholder's position on the 0..100 alignment scale; index 0 is the focal country
     *                   (its entry is ignored: every position on the scale is tried for it)
     * @param capability each stakeholder's capability (non-negative)
     * @param salience   each stakeholder's salience, 0..1
     * @return the share of the scale, 0..1, on which the focal country draws no challenge
     */
    double room(double[] position, double[] capability, double[] salience);
}
