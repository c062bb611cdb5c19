package org.multivector.corridors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of allocating a commodity's exports: how much reaches a market, by which routes, at
 * what cost, and what is lost compared with the status quo. Volumes are in {@link Commodity#unit()}
 * per year; money in million USD.
 *
 * @param demand            exports to place (sum of supplies)
 * @param delivered         volume reaching a market
 * @param undelivered       {@code demand - delivered}
 * @param rerouted          volume moved onto routes other than its status-quo route: {@code sum_r max(0, x_r - x_r^0)}
 * @param costMillionUsd    transport cost of the delivered volume
 * @param baselineCostMillionUsd the status quo's transport cost
 * @param sameVolumeBaselineCostMillionUsd the status quo network's least cost for exactly the volumes
 *                          delivered here from each origin (equal to the status quo's cost when nothing is lost)
 * @param price             the year's price used for revenue at risk, when the dataset has one
 * @param revenueAtRiskMillionUsd value of the volume lost against the status quo ({@code (undelivered - undelivered^0) x price}), NaN without a price
 * @param undeliveredByOrigin undelivered volume per exporting node
 */
public record AllocationResult(
        Commodity commodity,
        int year,
        List<Disruption> disruptionList,
        List<Expansion> expansionList,
        double demand,
        double delivered,
        double undelivered,
        double baselineUndelivered,
        double rerouted,
        double costMillionUsd,
        double baselineCostMillionUsd,
        double sameVolumeBaselineCostMillionUsd,
        Optional<Price> price,
        double revenueAtRiskMillionUsd,
        List<RouteFlow> routeList,
        List<LinkFlow> linkList,
        Map<String, Double> undeliveredByOrigin) {

    public AllocationResult {
        disruptionList = List.copyOf(disruptionList);
        expansionList = List.copyOf(expansionList);
        routeList = List.copyOf(routeList);
        linkList = List.copyOf(linkList);
        // origins in the allocator's (sorted) order: Map.copyOf's order changes from one JVM to the next,
        // and the documents list them, and the totals add them up, in iteration order
        undeliveredByOrigin = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(undeliveredByOrigin));
    }

    /**
     * Transport cost above what the status quo would pay for the same delivered volumes: the price of
     * the dearer routes. Never negative under disruptions alone (lost volume saves no cost here); an
     * expansion can make it negative, a saving.
     */
    public double costIncreaseMillionUsd() {
        return costMillionUsd - sameVolumeBaselineCostMillionUsd;
    }

    /** Volume lost compared with the status quo. */
    public double lostVolume() {
        return Math.max(0, undelivered - baselineUndelivered);
    }

    /** Share of the demand delivered. */
    public double deliveredShare() {
        return demand > 0 ? delivered / demand : 1;
    }

    /** Flow on a link, 0 when it carries none. */
    public double flowOn(String link) {
        return linkList.stream()
                .filter(l -> l.link().equals(link))
                .mapToDouble(LinkFlow::flow)
                .findFirst()
                .orElse(0);
    }
}
