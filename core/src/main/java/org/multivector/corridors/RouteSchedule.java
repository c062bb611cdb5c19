package org.multivector.corridors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The scheduled volumes of links by commodity and year (docs/corridors.md, "Calibration"). A published
 * commitment keeps its volume; an estimate is {@code share x exports(year)}, where {@code share} is the
 * mean over the fit years of {@code observed annual rate / exports(fit year)} on that link, exports being
 * the sum of the year's supplies. An estimate of a year outside its fit years is out of sample.
 */
public final class RouteSchedule {

    /** One scheduled link: its row, the volume per year, and for an estimate the share of exports used. */
    public record Entry(RouteCommitment commitment, double volume, OptionalDouble share) {}

    private static final RouteSchedule NONE = new RouteSchedule(List.of(), Map.of());

    private final List<RouteCommitment> rowList;
    private final Map<String, Map<String, Entry>> byYear;

    private RouteSchedule(List<RouteCommitment> rows, Map<String, Map<String, Entry>> byYear) {
        this.rowList = List.copyOf(rows);
        this.byYear = byYear;
    }

    /** No schedule: every link free, the pure least-cost allocation. */
    public static RouteSchedule none() {
        return NONE;
    }

    /**
     * Computes the volumes of every row against the network's supplies and observations.
     *
     * @throws IllegalArgumentException when an estimate's fit years hold no exports or no observation
     *                                  on its link, or a scheduled year has no exports
     */
    public static RouteSchedule of(CorridorNetwork network, List<RouteCommitment> rows) {
        Map<String, Map<String, Entry>> byYear = new LinkedHashMap<>();
        for (RouteCommitment row : rows) {
            Entry entry;
            if (row.kind() == RouteCommitment.Kind.ESTIMATE) {
                double share = share(network, row);
                double exports = exports(network, row.commodity(), row.year());
                if (exports <= 0) {
                    throw new IllegalArgumentException("the estimate for " + row.link() + " in " + row.year()
                            + " needs the year's " + row.commodity() + " exports in supplies.csv");
                }
                entry = new Entry(row, share * exports, OptionalDouble.of(share));
            } else {
                entry = new Entry(row, row.volume().getAsDouble(), OptionalDouble.empty());
            }
            Map<String, Entry> year =
                    byYear.computeIfAbsent(key(row.commodity(), row.year()), k -> new LinkedHashMap<>());
            if (year.put(row.link(), entry) != null) {
                throw new IllegalArgumentException("link " + row.link() + " is scheduled twice in " + row.year());
            }
        }
        byYear.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new RouteSchedule(rows, Collections.unmodifiableMap(byYear));
    }

    /** The mean over the fit years of the link's observed annual rate over the year's exports. */
    static double share(CorridorNetwork network, RouteCommitment row) {
        List<Double> shares = new ArrayList<>();
        for (int fit : row.fitYears()) {
            double exports = exports(network, row.commodity(), fit);
            List<Double> rates = network.observed(row.commodity(), fit).stream()
                    .filter(o -> o.link().equals(row.link()))
                    .map(ObservedVolume::annualRate)
                    .filter(OptionalDouble::isPresent)
                    .map(OptionalDouble::getAsDouble)
                    .toList();
            if (exports > 0 && !rates.isEmpty()) {
                shares.add(rates.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow()
                        / exports);
            }
        }
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("the estimate for " + row.link() + " in " + row.year()
                    + " has no fit year " + row.fitYears() + " with both exports and an observed volume on the link");
        }
        return shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /**
     * The same schedule with every estimate refitted on {@code years} (published rows unchanged): the
     * rolling-origin check, e.g. fit on 2022 alone and score 2023 and 2024 out of sample.
     *
     * @throws IllegalArgumentException when an estimate has no observation on its link in those years
     */
    public RouteSchedule refit(CorridorNetwork network, List<Integer> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("name at least one fit year");
        }
        List<RouteCommitment> rows = rowList.stream()
                .map(r -> r.kind() != RouteCommitment.Kind.ESTIMATE
                        ? r
                        : new RouteCommitment(
                                r.year(), r.link(), r.commodity(), r.kind(), r.volume(), years, r.source(), r.note()))
                .toList();
        return of(network, rows);
    }

    /** The sum of a commodity's supplies in a year (0 when there are none). */
    public static double exports(CorridorNetwork network, String commodity, int year) {
        return network.supplies(commodity, year).stream()
                .mapToDouble(ExportSupply::volume)
                .sum();
    }

    private static String key(String commodity, int year) {
        return commodity + "|" + year;
    }

    /** The scheduled links of a commodity in a year, by link id (empty when none). */
    public Map<String, Entry> entries(String commodity, int year) {
        return byYear.getOrDefault(key(commodity, year), Map.of());
    }

    /** Whether any link is scheduled. */
    public boolean isEmpty() {
        return rowList.isEmpty();
    }

    public List<RouteCommitment> rows() {
        return rowList;
    }

    /** Every year some estimate of the commodity was fitted on: the in-sample years. */
    public SortedSet<Integer> fitYears(String commodity) {
        SortedSet<Integer> years = new TreeSet<>();
        rowList.stream().filter(r -> r.commodity().equals(commodity)).forEach(r -> years.addAll(r.fitYears()));
        return years;
    }
}
