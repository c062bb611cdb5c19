package org.multivector.exposure;

import org.multivector.world.BasisChoice;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every exposure metric of one country over a span of years, with the balance among the powers
 * per year and the figures behind each value. Years without a value are gaps: no value is filled in.
 *
 * @param focal      the country
 * @param years      the years analysed
 * @param powers     the powers whose balance is measured (the country itself excluded)
 * @param basis      whose statistics were read for pair figures
 * @param thresholds the thresholds of the balance classification
 * @param values     every value, grouped by series (metric, dimension, partner) and in year order within one
 * @param balance    the balance per year, for the years where it could be computed
 */
public record ExposureReport(
        String focal,
        YearRange years,
        List<String> powers,
        BasisChoice basis,
        BalanceThresholds thresholds,
        List<MetricValue> values,
        List<BalanceYear> balance) {

    public ExposureReport {
        Objects.requireNonNull(focal, "focal");
        Objects.requireNonNull(years, "years");
        powers = List.copyOf(powers);
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(thresholds, "thresholds");
        values = List.copyOf(values);
        balance = List.copyOf(balance);
    }

    /** The series in report order, each with one slot per year (NaN for a gap). */
    public Map<MetricValue.SeriesKey, double[]> series() {
        Map<MetricValue.SeriesKey, double[]> result = new LinkedHashMap<>();
        for (MetricValue value : values) {
            double[] slots = result.computeIfAbsent(value.key(), k -> {
                double[] empty = new double[years.length()];
                Arrays.fill(empty, Double.NaN);
                return empty;
            });
            slots[value.year() - years.from()] = value.value();
        }
        return result;
    }

    /** The values of one metric. */
    public List<MetricValue> valuesOf(Metric metric) {
        return values.stream().filter(v -> v.metric() == metric).toList();
    }

    /** The value of a metric for a dimension, partner and year, if there is one. */
    public Optional<MetricValue> value(Metric metric, String dimension, String partner, int year) {
        for (MetricValue value : values) {
            if (value.metric() == metric
                    && value.year() == year
                    && value.dimension().equals(dimension)
                    && value.partner().equals(partner)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The balance of a year, if it could be computed. */
    public Optional<BalanceYear> balanceIn(int year) {
        return balance.stream().filter(b -> b.year() == year).findFirst();
    }

    /** Every figure used by some value, each once, in order of first use. */
    public List<Tie> ties() {
        LinkedHashSet<Tie> result = new LinkedHashSet<>();
        for (MetricValue value : values) {
            result.addAll(value.ties());
        }
        return new ArrayList<>(result);
    }

    /** The sources behind the figures used, each once, in order of first use. */
    public List<Source> sources() {
        LinkedHashSet<Source> result = new LinkedHashSet<>();
        for (Tie tie : ties()) {
            result.add(tie.source());
        }
        return new ArrayList<>(result);
    }
}
