package org.multivector.corridors;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A published volume beside three figures for the same link and year (docs/corridors.md, "Calibration"):
 * the least-cost allocation, the scheduled allocation and the naive persistence forecast.
 *
 * @param observed    the published figure (for the observation's period only, when not a full year)
 * @param modelled    the least-cost status quo's annual flow on the link; NaN when the data hold no
 *                    export supplies for the year
 * @param scheduled   the scheduled status quo's annual flow ({@link MinCostFlowAllocator#MinCostFlowAllocator(RouteSchedule)});
 *                    NaN without a schedule or supplies
 * @param persistence last year's share of exports on the link times this year's exports (the mean of
 *                    last year's figures on the link at an annual rate, over last year's exports); NaN when
 *                    either year lacks supplies or last year has no figure on the link
 * @param sample      whether the year is one the schedule's estimates of the commodity were fitted on
 *                    ({@link Sample#IN}), another year of a commodity with estimates ({@link Sample#OUT}), or a
 *                    commodity with no estimate at all ({@link Sample#NONE})
 */
public record CalibrationRow(
        ObservedVolume observation,
        double observed,
        double modelled,
        double scheduled,
        double persistence,
        Sample sample) {

    /** How a row stands to the schedule's fit. */
    public enum Sample {
        /** the year is a fit year of an estimate of this commodity */
        IN,
        /** the commodity has estimates, fitted on other years */
        OUT,
        /** the commodity has no estimate */
        NONE
    }

    /** Whether the row is in the fit sample. */
    public boolean inSample() {
        return sample == Sample.IN;
    }

    /** The tolerance the calibration is held to: 10 % of the published figure. */
    public static final double TOLERANCE = 0.10;

    /** A row with the least-cost figure only. */
    public CalibrationRow(ObservedVolume observation, double observed, double modelled) {
        this(observation, observed, modelled, Double.NaN, Double.NaN, Sample.NONE);
    }

    /** {@code modelled - observed}; meaningful for full-year figures. */
    public double difference() {
        return modelled - observed;
    }

    /** Whether the data allowed a least-cost figure at all. */
    public boolean isModelled() {
        return !Double.isNaN(modelled);
    }

    /**
     * An annual figure on the observation's basis: itself for a full year, otherwise times the months
     * covered over 12 (flows spread evenly over the year, as the allocation assumes); empty when the
     * period cannot be read or the figure is NaN.
     */
    public OptionalDouble comparable(double annual) {
        OptionalInt months = observation.months();
        if (Double.isNaN(annual) || months.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(annual * months.getAsInt() / 12.0);
    }

    /** {@code (comparable - observed) / observed} for an annual figure, empty when there is nothing to compare. */
    public OptionalDouble relativeError(double annual) {
        OptionalDouble c = comparable(annual);
        return c.isPresent() && observed > 0
                ? OptionalDouble.of((c.getAsDouble() - observed) / observed)
                : OptionalDouble.empty();
    }

    /** Whether an annual figure reproduces the observation within {@link #TOLERANCE}. */
    public boolean within(double annual) {
        OptionalDouble e = relativeError(annual);
        return e.isPresent() && Math.abs(e.getAsDouble()) <= TOLERANCE + 1e-12;
    }

    /** The least-cost figure on the observation's basis. */
    public OptionalDouble comparable() {
        return comparable(modelled);
    }

    /** The least-cost figure's relative error. */
    public OptionalDouble relativeError() {
        return relativeError(modelled);
    }

    /** Whether the least-cost allocation reproduces the figure within {@link #TOLERANCE}. */
    public boolean reproduced() {
        return within(modelled);
    }

    /** Whether the scheduled allocation reproduces the figure within {@link #TOLERANCE}. */
    public boolean scheduledReproduced() {
        return within(scheduled);
    }

    /** Whether persistence reproduces the figure within {@link #TOLERANCE}. */
    public boolean persistenceReproduced() {
        return within(persistence);
    }

    /**
     * Why the scheduled allocation misses this figure, in a sentence built from the data behind it (the
     * year's supplies and the link's schedule entry), or empty when it reproduces the figure. The
     * reasons are the model's own: no published demand to allocate, a published contract, plan or quota
     * that the outcome departed from, an estimated share that the year departed from, or a link the
     * schedule leaves to the least-cost allocation.
     */
    public java.util.Optional<String> missReason(CorridorNetwork network, RouteSchedule schedule) {
        if (scheduledReproduced()) {
            return java.util.Optional.empty();
        }
        String commodity = observation.commodity();
        int year = observation.year();
        List<ExportSupply> supplies = network.supplies(commodity, year);
        if (supplies.isEmpty()) {
            return java.util.Optional.of("no " + commodity + " supplies are published for " + year
                    + ", so there is nothing to allocate and no figure to compare");
        }
        RouteSchedule.Entry entry = schedule.entries(commodity, year).get(observation.link());
        if (entry == null) {
            if (supplies.stream().allMatch(s -> s.source().assumption())) {
                return java.util.Optional.of(
                        "the " + commodity + " demand for " + year + " is an analyst assumption and no published figure"
                                + " schedules the link, so it gets what the least-cost allocation leaves it");
            }
            return java.util.Optional.of("not scheduled: the link gets what the least-cost allocation leaves it");
        }
        RouteCommitment commitment = entry.commitment();
        String kind = commitment.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (commitment.kind() == RouteCommitment.Kind.ESTIMATE) {
            String share = entry.share().isPresent()
                    ? String.format(
                            java.util.Locale.ROOT,
                            "%.2f %%",
                            100 * entry.share().getAsDouble())
                    : "a share";
            return java.util.Optional.of("an estimate (" + share + " of exports, the mean share over "
                    + commitment.fitYears() + "): the year's own share departs from that mean");
        }
        return java.util.Optional.of(
                "held at the published " + kind + " (" + commitment.source().publisher() + ", "
                        + commitment.source().year() + "); the outcome departed from the " + kind);
    }

    /** Builds least-cost rows for every published volume of the allocation's commodity and year. */
    public static List<CalibrationRow> of(CorridorNetwork network, AllocationResult result) {
        return network.observed(result.commodity().id(), result.year()).stream()
                .map(o -> new CalibrationRow(o, o.volume(), result.flowOn(o.link())))
                .toList();
    }

    /** Rows for every published volume with the least-cost figure only (no schedule). */
    public static List<CalibrationRow> all(CorridorNetwork network, CorridorAllocator allocator) {
        return all(network, allocator, null);
    }

    /**
     * Rows for every published volume of every commodity and year in the data: each year with export
     * supplies is allocated in its status quo by least cost and, when {@code schedule} is given, with
     * the schedule; persistence is computed from the previous year's figures; a year without supplies
     * gets NaN figures.
     */
    public static List<CalibrationRow> all(CorridorNetwork network, RouteSchedule schedule) {
        return all(network, new MinCostFlowAllocator(), schedule);
    }

    private static List<CalibrationRow> all(
            CorridorNetwork network, CorridorAllocator leastCost, RouteSchedule schedule) {
        CorridorAllocator scheduledAllocator = schedule == null ? null : new MinCostFlowAllocator(schedule);
        List<CalibrationRow> rows = new ArrayList<>();
        for (Commodity commodity : network.commodities()) {
            SortedSet<Integer> fit = schedule == null ? new TreeSet<>() : schedule.fitYears(commodity.id());
            TreeSet<Integer> years = new TreeSet<>();
            network.observedVolumes().stream()
                    .filter(o -> o.commodity().equals(commodity.id()))
                    .forEach(o -> years.add(o.year()));
            for (int year : years) {
                boolean supplied = network.supplyYears(commodity.id()).contains(year);
                AllocationResult free =
                        supplied ? leastCost.allocate(network, AllocationRequest.baseline(commodity.id(), year)) : null;
                AllocationResult held = supplied && scheduledAllocator != null
                        ? scheduledAllocator.allocate(network, AllocationRequest.baseline(commodity.id(), year))
                        : null;
                for (ObservedVolume o : network.observed(commodity.id(), year)) {
                    rows.add(new CalibrationRow(
                            o,
                            o.volume(),
                            free == null ? Double.NaN : free.flowOn(o.link()),
                            held == null ? Double.NaN : held.flowOn(o.link()),
                            persistence(network, o),
                            fit.isEmpty() ? Sample.NONE : fit.contains(year) ? Sample.IN : Sample.OUT));
                }
            }
        }
        return rows;
    }

    /** Last year's share of exports on the observation's link times this year's exports (NaN when unknown). */
    static double persistence(CorridorNetwork network, ObservedVolume o) {
        double now = RouteSchedule.exports(network, o.commodity(), o.year());
        double before = RouteSchedule.exports(network, o.commodity(), o.year() - 1);
        List<Double> rates = network.observed(o.commodity(), o.year() - 1).stream()
                .filter(p -> p.link().equals(o.link()))
                .map(ObservedVolume::annualRate)
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        if (now <= 0 || before <= 0 || rates.isEmpty()) {
            return Double.NaN;
        }
        return rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow() / before * now;
    }
}
