package org.multivector.exposure;

import org.multivector.report.DatasetRef;
import org.multivector.report.ResultJson;
import org.multivector.world.Actor;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An exposure report as a result document (the same for {@code exposure --format json} and the API).
 * Every series has one value per year of {@code years} (null for a gap) and, per year, the ids of the
 * sources behind the value; {@code sources} lists them with their ids.
 *
 * @param dataset     the dataset
 * @param country     the focal country
 * @param countryName its name
 * @param basis       whose statistics were read for pair figures
 * @param years       the years covered, in order
 * @param powers      the powers balanced among
 * @param thresholds  the thresholds of the balance classification
 * @param series      every metric series
 * @param balance     the balance among the powers per year
 * @param sources     the sources, numbered from 1 in order of first use
 */
public record ExposureDocument(
        DatasetRef dataset,
        String country,
        String countryName,
        String basis,
        List<Integer> years,
        List<Power> powers,
        BalanceThresholds thresholds,
        List<Series> series,
        List<BalancePoint> balance,
        List<NumberedSource> sources) {

    /** A power with its name. */
    public record Power(String code, String name) {}

    /**
     * One metric series; {@code values} and {@code sources} are aligned with the document's years.
     *
     * @param scale what the numbers mean (share, index, ratio ...)
     */
    public record Series(
            String metric,
            String description,
            String scale,
            String dimension,
            String partner,
            List<Double> values,
            List<List<Integer>> sources) {}

    /**
     * The balance in one year.
     *
     * @param closeness each power's closeness: the mean over the channels (material ties, UN voting)
     * @param weights   each power's weight, the mean over the channels of its share of the powers' sum: what the verdict uses
     * @param balance   the verdict: equal closeness, equidistance, tilt toward X, alignment with X
     * @param leaningTo the power the ties lean to, null when balanced
     */
    public record BalancePoint(
            int year,
            Map<String, Double> closeness,
            Map<String, Double> weights,
            double level,
            double evenness,
            String balance,
            String leaningTo,
            List<String> dimensions,
            String note) {}

    /** A source with the id the series refer to. */
    public record NumberedSource(
            int id,
            String publisher,
            String title,
            int year,
            String url,
            String basis,
            boolean assumption,
            String licence) {}

    /** The document of a report. */
    public static ExposureDocument of(World world, ExposureReport report) {
        List<Source> sourceList = report.sources();
        List<Integer> years = report.years().stream().boxed().toList();
        Map<MetricValue.SeriesKey, MetricValue[]> byKey = new LinkedHashMap<>();
        for (MetricValue value : report.values()) {
            byKey.computeIfAbsent(value.key(), k -> new MetricValue[years.size()])[
                    value.year() - report.years().from()] = value;
        }
        List<Series> series = new ArrayList<>();
        byKey.forEach((key, slots) -> {
            List<Double> values = new ArrayList<>();
            List<List<Integer>> sources = new ArrayList<>();
            for (MetricValue value : slots) {
                values.add(value == null ? null : ResultJson.finite(value.value()));
                TreeSet<Integer> ids = new TreeSet<>();
                if (value != null) {
                    for (Tie tie : value.ties()) {
                        ids.add(sourceList.indexOf(tie.source()) + 1);
                    }
                }
                sources.add(List.copyOf(ids));
            }
            series.add(new Series(
                    key.metric().id(),
                    key.metric().description(),
                    key.metric().scale().name().toLowerCase(Locale.ROOT),
                    key.dimension(),
                    key.partner(),
                    values,
                    sources));
        });
        List<BalancePoint> balance = report.balance().stream()
                .map(b -> new BalancePoint(
                        b.year(),
                        b.closeness(),
                        b.weights(),
                        b.level(),
                        b.evenness(),
                        b.balance().label(),
                        b.balance().power().isEmpty() ? null : b.balance().power(),
                        b.dimensions(),
                        b.note().isEmpty() ? null : b.note()))
                .toList();
        List<NumberedSource> sources = new ArrayList<>();
        for (int i = 0; i < sourceList.size(); i++) {
            Source s = sourceList.get(i);
            sources.add(new NumberedSource(
                    i + 1,
                    s.publisher(),
                    s.title(),
                    s.year(),
                    s.url(),
                    s.basis().fileName(),
                    s.assumption(),
                    s.licence()));
        }
        return new ExposureDocument(
                new DatasetRef(world.info().name(), world.info().version()),
                report.focal(),
                world.actor(report.focal()).map(Actor::name).orElse(report.focal()),
                report.basis().optionName(),
                years,
                report.powers().stream()
                        .map(code -> new Power(
                                code, world.actor(code).map(Actor::name).orElse(code)))
                        .toList(),
                report.thresholds(),
                series,
                balance,
                sources);
    }
}
