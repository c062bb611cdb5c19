package org.multivector.corridors;

import java.util.List;

/**
 * What the failure of one link (or a pair) for the whole year costs.
 *
 * @param linkList        the failed links
 * @param lostVolume      volume that no longer reaches a market, after rerouting
 * @param rerouted        volume that moves to other links (flow the failed links carried, minus the loss)
 * @param costIncreaseMillionUsd transport cost above the status quo's least cost for the same delivered volumes
 *                        (the dearer detours; never negative, since the lost volume saves nothing here)
 * @param minCutList      links of a minimum cut that bounds what the affected exporters can still
 *                        deliver: saturated or closed links whose capacities explain the loss; empty when nothing is lost
 */
public record LinkCriticality(
        List<String> linkList,
        double lostVolume,
        double rerouted,
        double costIncreaseMillionUsd,
        List<String> minCutList) {

    public LinkCriticality {
        linkList = List.copyOf(linkList);
        minCutList = List.copyOf(minCutList);
    }

    /** The failed links joined by {@code +}. */
    public String name() {
        return String.join("+", linkList);
    }
}
