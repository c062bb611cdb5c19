package org.multivector.bargaining;

import java.util.List;

/**
 * A model run: the issue, the variant, and every round from the input (round 0) to the last.
 * The forecast proper is the last round's weighted median (BDM's usage) and weighted mean.
 */
public record Forecast(Issue issue, Variant variant, List<RoundResult> roundList) {

    public Forecast {
        roundList = List.copyOf(roundList);
    }

    /** The final round. */
    public RoundResult last() {
        return roundList.getLast();
    }

    /** The number of rounds run (not counting round 0). */
    public int rounds() {
        return roundList.size() - 1;
    }
}
