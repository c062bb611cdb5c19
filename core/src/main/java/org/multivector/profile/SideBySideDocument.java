package org.multivector.profile;

import org.jspecify.annotations.Nullable;
import org.multivector.report.DatasetRef;
import org.multivector.report.ResultJson;
import org.multivector.report.SourceRef;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.List;

/**
 * A country's own statistics and its partners' (mirror) side by side ({@code profile ISO3 --basis both
 * --format json}): one row per dyadic dimension and partner, a side without a figure is {@code null}
 * (the gap is then unknown, never taken against zero), then the country's own figures that have no
 * mirror side (GDP, memberships).
 *
 * @param country the reporter
 * @param dataset the dataset read
 * @param pairs   the dyadic figures, both sides
 * @param entries the figures without a mirror side, as in {@link ProfileDocument}
 */
public record SideBySideDocument(
        String country, DatasetRef dataset, List<Pair> pairs, List<ProfileDocument.Entry> entries) {

    /**
     * One partner in one dimension and year, from both sides; shares and the gap rounded to six decimals.
     *
     * @param gapPercent (mirror − reporter) / reporter in percent, null when either side is missing
     */
    public record Pair(
            String dimension,
            String partner,
            String partnerName,
            int year,
            @Nullable Double reporterValue,
            @Nullable Double mirrorValue,
            @Nullable Double gapPercent,
            @Nullable Double reporterShare,
            @Nullable Double mirrorShare,
            @Nullable Integer rank,
            @Nullable SourceRef reporterSource,
            @Nullable SourceRef mirrorSource) {

        static Pair of(BasisPair pair) {
            return new Pair(
                    pair.dimension(),
                    pair.partner(),
                    pair.partnerName(),
                    pair.year(),
                    pair.reporter().map(Tie::value).orElse(null),
                    pair.mirror().map(Tie::value).orElse(null),
                    pair.gapPercent().isPresent()
                            ? ResultJson.round6(pair.gapPercent().getAsDouble())
                            : null,
                    pair.reporterShare().isPresent()
                            ? ResultJson.round6(pair.reporterShare().getAsDouble())
                            : null,
                    pair.mirrorShare().isPresent()
                            ? ResultJson.round6(pair.mirrorShare().getAsDouble())
                            : null,
                    pair.rank().isPresent() ? pair.rank().getAsInt() : null,
                    pair.reporter().map(t -> SourceRef.of(t.source())).orElse(null),
                    pair.mirror().map(t -> SourceRef.of(t.source())).orElse(null));
        }
    }

    /** The document of these pairs and own figures of a reporter. */
    public static SideBySideDocument of(World world, String reporter, List<BasisPair> pairs, List<ProfileEntry> own) {
        return new SideBySideDocument(
                reporter,
                new DatasetRef(world.info().name(), world.info().version()),
                pairs.stream().map(Pair::of).toList(),
                own.stream().map(ProfileDocument.Entry::of).toList());
    }
}
