package org.multivector.corridors;

import java.util.List;
import java.util.Objects;

/**
 * What to allocate: one commodity's exports in one year, under zero or more disruptions (each for a
 * period within the year) and with zero or more capacity expansions.
 */
public record AllocationRequest(
        String commodity, int year, List<Disruption> disruptionList, List<Expansion> expansionList) {

    public AllocationRequest {
        Objects.requireNonNull(commodity, "commodity");
        disruptionList = List.copyOf(disruptionList);
        expansionList = List.copyOf(expansionList);
    }

    /** The status quo: no disruption, no expansion. */
    public static AllocationRequest baseline(String commodity, int year) {
        return new AllocationRequest(commodity, year, List.of(), List.of());
    }

    /** The same request with more disruptions. */
    public AllocationRequest with(Disruption... more) {
        List<Disruption> all = new java.util.ArrayList<>(disruptionList);
        all.addAll(List.of(more));
        return new AllocationRequest(commodity, year, all, expansionList);
    }

    /** The same request with more expansions. */
    public AllocationRequest with(Expansion... more) {
        List<Expansion> all = new java.util.ArrayList<>(expansionList);
        all.addAll(List.of(more));
        return new AllocationRequest(commodity, year, disruptionList, all);
    }
}
