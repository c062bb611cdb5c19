package org.multivector.corridors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * A published volume next to the allocation's flow on the same link.
 *
 * @param observed the published figure (for {@code period} only, when not a full year)
 * @param modelled the status-quo allocation's annual flow on the link; NaN when the data hold no
 *                 export supplies for the observation's year, so nothing can be modelled
 */
public record CalibrationRow(ObservedVolume observation, double observed, double modelled) {

    /** The tolerance the calibration is held to: 10 % of the published figure. */
    public static final double TOLERANCE = 0.10;

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** {@code modelled - observed}; meaningful for full-year figures. */
    public double difference() {
        return modelled - observed;
    }

    /** Whether the data allowed a model figure at all. */
    public boolean isModelled() {
        return !Double.isNaN(modelled);
    }

    /**
     * The model figure on the observation's basis: the annual flow for a full year, otherwise the
     * annual flow times the months covered over 12 (flows spread evenly over the year, as the
     * allocation assumes); empty when the period cannot be read or nothing is modelled.
     */
    public OptionalDouble comparable() {
        if (!isModelled()) {
            return OptionalDouble.empty();
        }
        if (observation.fullYear()) {
            return OptionalDouble.of(modelled);
        }
        String[] parts = observation.period().toLowerCase(Locale.ROOT).split("-");
        if (parts.length != 2 || !MONTHS.contains(parts[0]) || !MONTHS.contains(parts[1])) {
            return OptionalDouble.empty();
        }
        int months = MONTHS.indexOf(parts[1]) - MONTHS.indexOf(parts[0]) + 1;
        return months > 0 ? OptionalDouble.of(modelled * months / 12.0) : OptionalDouble.empty();
    }

    /** {@code (comparable - observed) / observed}, empty when there is nothing to compare. */
    public OptionalDouble relativeError() {
        OptionalDouble c = comparable();
        return c.isPresent() && observed > 0 ? OptionalDouble.of((c.getAsDouble() - observed) / observed) : OptionalDouble.empty();
    }

    /** Whether the model reproduces the figure within {@link #TOLERANCE}. */
    public boolean reproduced() {
        OptionalDouble e = relativeError();
        return e.isPresent() && Math.abs(e.getAsDouble()) <= TOLERANCE + 1e-12;
    }

    /** Builds rows for every published volume of the allocation's commodity and year. */
    public static List<CalibrationRow> of(CorridorNetwork network, AllocationResult result) {
        return network.observed(result.commodity().id(), result.year()).stream()
                .map(o -> new CalibrationRow(o, o.volume(), result.flowOn(o.link())))
                .toList();
    }

    /**
     * Rows for every published volume of every commodity and year in the data: each year with export
     * supplies is allocated in its status quo; a year without them gets NaN model figures.
     */
    public static List<CalibrationRow> all(CorridorNetwork network, CorridorAllocator allocator) {
        List<CalibrationRow> rows = new ArrayList<>();
        for (Commodity commodity : network.commodities()) {
            TreeSet<Integer> years = new TreeSet<>();
            network.observedVolumes().stream().filter(o -> o.commodity().equals(commodity.id())).forEach(o -> years.add(o.year()));
            for (int year : years) {
                if (network.supplyYears(commodity.id()).contains(year)) {
                    rows.addAll(of(network, allocator.allocate(network, AllocationRequest.baseline(commodity.id(), year))));
                } else {
                    network.observed(commodity.id(), year).forEach(o -> rows.add(new CalibrationRow(o, o.volume(), Double.NaN)));
                }
            }
        }
        return rows;
    }
}
