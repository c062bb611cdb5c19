package org.multivector.exposure;

import org.multivector.world.Tie;

import java.util.List;
import java.util.Objects;

/**
 * One value of one metric in one year, with the figures it was computed from.
 *
 * @param metric    which metric
 * @param dimension the dimension it is about ({@code trade}); empty for composites over several dimensions
 * @param partner   the partner or power it is about; empty for country-wide metrics (concentration, evenness)
 * @param year      the year
 * @param value     the value, always finite (a gap has no {@code MetricValue})
 * @param ties      the dataset figures used, in the order the formula takes them: the provenance (empty only
 *                  for political bandwidth resting on member lists declared in the manifest, which are not figures)
 */
public record MetricValue(Metric metric, String dimension, String partner, int year, double value, List<Tie> ties) {

    public MetricValue {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(partner, "partner");
        ties = List.copyOf(ties);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    metric.id() + " " + dimension + " " + partner + " " + year + " is not finite: " + value);
        }
    }

    /** The key of the series this value belongs to. */
    public SeriesKey key() {
        return new SeriesKey(metric, dimension, partner);
    }

    /** Identifies one time series: a metric for one dimension and partner. */
    public record SeriesKey(Metric metric, String dimension, String partner) {}
}
