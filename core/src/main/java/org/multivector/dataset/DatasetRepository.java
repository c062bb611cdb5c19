package org.multivector.dataset;

import org.multivector.world.io.InvalidDatasetException;

import java.util.List;
import java.util.Optional;

/**
 * A source of datasets: the ones embedded in the product, folders a user named, or a dataset built on
 * demand per country (a world-wide dataset loaded lazily for one focal country). The command line and
 * the server ask a repository instead of knowing where datasets come from, so a new source is one new
 * implementation.
 */
public interface DatasetRepository {

    /** The keys this repository can answer without loading anything, in the order to offer them. */
    List<String> names();

    /**
     * The dataset for {@code key}: a dataset name ({@code kazakhstan}) or, for a repository that builds
     * datasets per country, an ISO 3166-1 alpha-3 code ({@code UZB}). Empty when this repository has
     * none for it.
     *
     * @throws InvalidDatasetException when the dataset exists but breaks the rules (nothing is kept)
     */
    Optional<Dataset> find(String key) throws InvalidDatasetException;

    /** The datasets of {@code first}, then those of {@code second} for keys the first does not have. */
    static DatasetRepository chain(DatasetRepository first, DatasetRepository second) {
        return new DatasetRepository() {
            @Override
            public List<String> names() {
                List<String> all = new java.util.ArrayList<>(first.names());
                second.names().stream().filter(n -> !all.contains(n)).forEach(all::add);
                return List.copyOf(all);
            }

            @Override
            public Optional<Dataset> find(String key) throws InvalidDatasetException {
                Optional<Dataset> found = first.find(key);
                return found.isPresent() ? found : second.find(key);
            }
        };
    }
}
