package org.multivector.profile;

import org.multivector.report.DatasetRef;
import org.multivector.report.ResultJson;
import org.multivector.world.World;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dataset holds about a country ({@code coverage ISO3 --format json}): one row per dimension,
 * publisher and basis, and the share of all its figures that are official, hand-curated or assumed.
 *
 * @param reporter       the country
 * @param dataset        the dataset read
 * @param rows           the coverage rows, as {@link Coverage#of(World, String)} orders them
 * @param shareOfFigures the share of the country's figures of each kind, by the kind's label, rounded to six decimals
 */
public record CoverageDocument(
        String reporter, DatasetRef dataset, List<Row> rows, Map<String, Double> shareOfFigures) {

    /**
     * One dimension, publisher and basis.
     *
     * @param years           how many years have a figure
     * @param worldTotalYears how many years have the reported world total (partner WLD)
     */
    public record Row(
            String dimension,
            String publisher,
            String basis,
            String kind,
            int firstYear,
            int lastYear,
            int years,
            int partners,
            int worldTotalYears,
            int figures,
            int estimates) {

        static Row of(Coverage.Row r) {
            return new Row(
                    r.dimension(),
                    r.publisher(),
                    r.basis().fileName(),
                    r.kind().label(),
                    r.firstYear(),
                    r.lastYear(),
                    r.yearCount(),
                    r.partners(),
                    r.worldTotal(),
                    r.figures(),
                    r.estimates());
        }
    }

    /** The document of these coverage rows of a country. */
    public static CoverageDocument of(World world, String reporter, List<Coverage.Row> rows) {
        Map<String, Double> shares = new LinkedHashMap<>();
        Coverage.shares(rows).forEach((kind, share) -> shares.put(kind.label(), ResultJson.round6(share)));
        return new CoverageDocument(
                reporter,
                new DatasetRef(world.info().name(), world.info().version()),
                rows.stream().map(Row::of).toList(),
                java.util.Collections.unmodifiableMap(shares));
    }
}
