package org.multivector.dataset;

import org.multivector.world.io.InvalidDatasetException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets embedded in the product, found by name ({@code kazakhstan}) or by their focal
 * country ({@code KAZ}); each is loaded once, on first use, and then shared (datasets are immutable).
 */
public final class EmbeddedDatasets implements DatasetRepository {

    private final List<String> nameList;
    private final Map<String, Dataset> loadedMap = new ConcurrentHashMap<>();

    /** The embedded datasets with these names (each must be on the class path under {@code datasets/NAME/}). */
    public EmbeddedDatasets(List<String> names) {
        this.nameList = List.copyOf(names);
    }

    /** The datasets this build embeds: the default, Kazakhstan and its partners. */
    public static EmbeddedDatasets standard() {
        return new EmbeddedDatasets(List.of(org.multivector.world.io.DatasetLoader.DEFAULT_DATASET));
    }

    @Override
    public List<String> names() {
        return nameList.stream().filter(Datasets::isEmbedded).toList();
    }

    @Override
    public Optional<Dataset> find(String key) throws InvalidDatasetException {
        for (String name : names()) {
            if (name.equals(key)) {
                return Optional.of(load(name));
            }
        }
        if (key.matches("[A-Za-z]{3}")) {
            String country = key.toUpperCase(Locale.ROOT);
            for (String name : names()) {
                Dataset dataset = load(name);
                if (dataset.info().focal().equals(country)) {
                    return Optional.of(dataset);
                }
            }
        }
        return Optional.empty();
    }

    private Dataset load(String name) throws InvalidDatasetException {
        Dataset dataset = loadedMap.get(name);
        if (dataset == null) {
            dataset = Datasets.embedded(name);
            Dataset raced = loadedMap.putIfAbsent(name, dataset);
            if (raced != null) {
                dataset = raced;
            }
        }
        return dataset;
    }
}
