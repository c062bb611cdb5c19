package org.multivector.bargaining;

import java.util.List;

/**
 * The state after one round (round 0 = the input).
 *
 * @param round          0 for the input, then 1, 2, ...
 * @param positionList   every stakeholder's position, in the order
 * @param riskList       the risk exponents r_i used in this round (all 1 in round 0)
 * @param offerList      the offers accepted in this round (receivers in issue order)
 * @param madeOfferList  every offer made in this round, accepted or not (receiver, then sender, in issue order);
 *                       {@code toPosition} is where the receiver would have moved had it accepted
 * @param weightedMean   Σ c s x / Σ c s
 * @param weightedMedian the position that a c·s-weighted majority prefers to every other (see {@link WeightedStatistics})
 */
public record RoundResult(
        int round,
        List<Double> positionList,
        List<Double> riskList,
        List<Offer> offerList,
        List<Offer> madeOfferList,
        double weightedMean,
        double weightedMedian) {

    public RoundResult {
        positionList = List.copyOf(positionList);
        riskList = List.copyOf(riskList);
        offerList = List.copyOf(offerList);
        madeOfferList = List.copyOf(madeOfferList);
    }

    /** The position of the stakeholder at {@code index}. */
    public double position(int index) {
        return positionList.get(index);
    }
}
