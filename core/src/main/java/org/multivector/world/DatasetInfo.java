package org.multivector.world;

import java.util.List;
import java.util.Objects;

/**
 * What a dataset is: its name and version (part of every run's identity), the focal country it was
 * compiled for, the years its figures may cover, the basis its analyses read by default, and which
 * publisher's figure an analysis reads when several publish the same one.
 *
 * @param sourcePreference publishers (spelt exactly as in the data) in the order their figures are
 *                         preferred when several publish the same figure; the first listed publisher
 *                         present wins, unlisted publishers rank after listed ones in file order
 */
public record DatasetInfo(
        String name,
        String title,
        String version,
        String description,
        String focal,
        YearRange years,
        BasisChoice defaultBasis,
        List<String> sourcePreference) {

    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(focal, "focal");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(defaultBasis, "defaultBasis");
        description = description == null ? "" : description;
        sourcePreference = sourcePreference == null ? List.of() : List.copyOf(sourcePreference);
    }

    /** A dataset with no source preference: each figure has one publisher, or file order decides. */
    public DatasetInfo(
            String name,
            String title,
            String version,
            String description,
            String focal,
            YearRange years,
            BasisChoice defaultBasis) {
        this(name, title, version, description, focal, years, defaultBasis, List.of());
    }
}
