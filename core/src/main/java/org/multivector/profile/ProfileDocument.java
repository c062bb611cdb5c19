package org.multivector.profile;

import org.jspecify.annotations.Nullable;
import org.multivector.report.DatasetRef;
import org.multivector.report.ResultJson;
import org.multivector.report.SourceRef;
import org.multivector.world.Actor;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.List;

/**
 * A country profile as a result document (the same for {@code profile --format json} and the API).
 *
 * @param dataset     the dataset
 * @param country     the reporter
 * @param countryName its name
 * @param basis       whose statistics were read for pair figures ({@code reporter} or {@code mirror})
 * @param year        the year asked for, else the latest year shown
 * @param entries     each figure with its share, rank and source
 */
public record ProfileDocument(
        DatasetRef dataset, String country, String countryName, String basis, int year, List<Entry> entries) {

    /**
     * One figure of the profile.
     *
     * @param share        share of the reporter's reported world total, rounded to six decimals; null when unknown
     * @param rank         rank among state partners; null for blocs and the world
     * @param otherSources the same figure from other publishers, with the difference in percent
     */
    public record Entry(
            String dimension,
            String partner,
            String partnerName,
            String partnerKind,
            int year,
            double value,
            String unit,
            @Nullable Double share,
            @Nullable Integer rank,
            String basis,
            SourceRef source,
            String note,
            boolean estimate,
            List<OtherSource> otherSources) {

        /** The entry for a profile figure. */
        public static Entry of(ProfileEntry entry) {
            Tie tie = entry.tie();
            return new Entry(
                    tie.dimension(),
                    tie.partner(),
                    entry.partnerName(),
                    entry.partnerKind().fileName(),
                    tie.year(),
                    tie.value(),
                    tie.unit(),
                    entry.share().isPresent() ? ResultJson.round6(entry.share().getAsDouble()) : null,
                    entry.rank().isPresent() ? entry.rank().getAsInt() : null,
                    tie.basis().fileName(),
                    SourceRef.of(tie.source()),
                    tie.note(),
                    tie.estimate(),
                    entry.others().stream().map(OtherSource::of).toList());
        }
    }

    /** Another publisher's figure for the same entry; {@code differencePercent} on the figure shown, null when that is zero. */
    public record OtherSource(
            double value, @Nullable Double differencePercent, boolean estimate, SourceRef source, String note) {

        static OtherSource of(SourceDifference other) {
            return new OtherSource(
                    other.tie().value(),
                    other.percent().isPresent()
                            ? ResultJson.round6(other.percent().getAsDouble())
                            : null,
                    other.tie().estimate(),
                    SourceRef.of(other.tie().source()),
                    other.tie().note());
        }
    }

    /** The document for a request's entries. */
    public static ProfileDocument of(World world, ProfileRequest request, List<ProfileEntry> entries) {
        int year = request.year() != null
                ? request.year()
                : entries.stream()
                        .mapToInt(e -> e.tie().year())
                        .max()
                        .orElse(CountryProfile.latestYear(world, request.country()));
        return new ProfileDocument(
                new DatasetRef(world.info().name(), world.info().version()),
                request.country(),
                world.actor(request.country()).map(Actor::name).orElse(request.country()),
                request.basis().optionName(),
                year,
                entries.stream().map(Entry::of).toList());
    }
}
