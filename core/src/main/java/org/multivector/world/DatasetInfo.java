package org.multivector.world;

import java.util.Objects;

/**
 * What a dataset is: its name and version (part of every run's identity), the focal country it was
 * compiled for, the years its figures may cover and the basis its analyses read by default.
 */
public record DatasetInfo(String name, String title, String version, String description, String focal,
                          YearRange years, BasisChoice defaultBasis) {

    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(focal, "focal");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(defaultBasis, "defaultBasis");
        description = description == null ? "" : description;
    }
}
