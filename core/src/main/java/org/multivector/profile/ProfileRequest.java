package org.multivector.profile;

import org.multivector.report.InvalidRequestException;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.World;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question to the country profile, as both the command line ({@code multivector profile}) and the API
 * ({@code GET /api/datasets/{dataset}/profile/{country}}) ask it.
 *
 * @param country   the reporter, an actor code of the dataset
 * @param year      the year, or null for each dimension's latest year with the reporter's world total
 * @param dimension one dimension id, or null for all
 * @param basis     whose statistics for pair figures
 */
public record ProfileRequest(String country, Integer year, String dimension, BasisChoice basis) {

    public ProfileRequest {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The year shown for each dimension: the one asked for, else each dimension's latest year with a
     * reported world total ({@link CountryProfile#latestYears}).
     *
     * @throws InvalidRequestException when the dimension or year is not in the dataset
     */
    public Map<Dimension, Integer> shownYears(World world) {
        if (dimension != null && world.dimension(dimension).isEmpty()) {
            throw new InvalidRequestException(
                    "dimension",
                    "dimension '" + dimension + "' is not in dataset "
                            + world.info().name() + "\nMaybe one of: "
                            + String.join(
                                    ", ",
                                    world.dimensions().stream()
                                            .map(Dimension::id)
                                            .toList()));
        }
        if (year != null && !world.years().contains(year)) {
            throw new InvalidRequestException(
                    "year", "year " + year + " lies outside the dataset's years " + world.years());
        }
        if (year == null) {
            return CountryProfile.latestYears(world, country, dimension);
        }
        Map<Dimension, Integer> result = new LinkedHashMap<>();
        for (Dimension dim : world.dimensions()) {
            if (dimension == null || dim.id().equals(dimension)) {
                result.put(dim, year);
            }
        }
        return result;
    }

    /** The profile's entries on this request's basis. */
    public List<ProfileEntry> entries(World world) {
        return shownYears(world).entrySet().stream()
                .flatMap(e -> CountryProfile.of(
                        world, country, e.getValue(), e.getKey().id(), List.of(basis))
                        .stream())
                .toList();
    }

    /** The answer: the profile document both doors return. */
    public ProfileDocument answer(World world) {
        return ProfileDocument.of(world, this, entries(world));
    }
}
