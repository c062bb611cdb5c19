package org.multivector.corridors;

/**
 * A published volume next to the allocation's flow on the same link.
 *
 * @param observed the published figure (for {@code period} only, when not a full year)
 * @param modelled the status-quo allocation's annual flow on the link
 */
public record CalibrationRow(ObservedVolume observation, double observed, double modelled) {

    /** {@code modelled - observed}; meaningful for full-year figures. */
    public double difference() {
        return modelled - observed;
    }

    /** Builds rows for every published volume of the allocation's commodity and year. */
    public static java.util.List<CalibrationRow> of(CorridorNetwork network, AllocationResult result) {
        return network.observed(result.commodity().id(), result.year()).stream()
                .map(o -> new CalibrationRow(o, o.volume(), result.flowOn(o.link())))
                .toList();
    }
}
