package org.multivector.corridors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exposure of a commodity's exports to each country on its routes: the share whose status-quo route
 * crosses it, and the worst case, the loss after rerouting when it closes for the whole year
 * (docs/corridors.md, "Exposure").
 */
public final class CorridorExposure {

    private CorridorExposure() {}

    /** One row per country crossed by the commodity's built links, largest loss first. */
    public static List<JurisdictionExposure> of(
            CorridorNetwork network, CorridorAllocator allocator, String commodity, int year) {
        return of(network, allocator, commodity, year, org.multivector.work.Cancellation.NEVER);
    }

    /**
     * As {@link #of(CorridorNetwork, CorridorAllocator, String, int)}, checking {@code cancellation}
     * before each allocation (one per country crossed).
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    public static List<JurisdictionExposure> of(
            CorridorNetwork network,
            CorridorAllocator allocator,
            String commodity,
            int year,
            org.multivector.work.Cancellation cancellation) {
        AllocationResult base = allocator.allocate(network, AllocationRequest.baseline(commodity, year), cancellation);
        List<JurisdictionExposure> rows = new ArrayList<>();
        for (String country : network.jurisdictions(commodity, year)) {
            double crossing = base.routeList().stream()
                    .filter(r -> r.crosses(country))
                    .mapToDouble(RouteFlow::volume)
                    .sum();
            AllocationResult closed = allocator.allocate(
                    network,
                    AllocationRequest.baseline(commodity, year)
                            .with(new Disruption.CloseJurisdiction(country, Period.fullYear())),
                    cancellation);
            rows.add(new JurisdictionExposure(
                    country,
                    crossing,
                    crossing / base.demand(),
                    closed.lostVolume(),
                    closed.lostVolume() / base.demand(),
                    closed.rerouted(),
                    closed.revenueAtRiskMillionUsd()));
        }
        rows.sort(Comparator.comparingDouble(JurisdictionExposure::lossIfClosed)
                .reversed()
                .thenComparing(Comparator.comparingDouble(JurisdictionExposure::crossingVolume)
                        .reversed())
                .thenComparing(JurisdictionExposure::country));
        return rows;
    }
}
