package org.multivector.dataset;

import org.jspecify.annotations.Nullable;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;
import org.multivector.world.io.WorldSnapshot;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets embedded in the product. As a {@link DatasetRepository}, whole datasets found by name
 * ({@code kazakhstan}) or by their focal country ({@code KAZ}), each loaded once, on first use, and then
 * shared (datasets are immutable). As static look-ups, which world answers for a country when the user
 * names no dataset: the default {@value DatasetLoader#DEFAULT_DATASET} dataset for its focal country (the
 * fast path, which never opens the world files), and the {@value #WORLD} dataset for every other country,
 * loaded for that country alone: its manifest, source table and common files plus
 * {@code by-country/ISO3.csv.gz}, never the other countries' files.
 */
public final class EmbeddedDatasets implements DatasetRepository {

    /** The name of the shipped dataset of every country. */
    public static final String WORLD = "world";

    private static volatile @Nullable String defaultFocal;

    private final List<String> nameList;
    private final Map<String, Dataset> loadedMap = new ConcurrentHashMap<>();

    /** The embedded datasets with these names (each must be on the class path under {@code datasets/NAME/}). */
    public EmbeddedDatasets(List<String> names) {
        this.nameList = List.copyOf(names);
    }

    /** The datasets this build embeds: the default, Kazakhstan and its partners. */
    public static EmbeddedDatasets standard() {
        return new EmbeddedDatasets(List.of(DatasetLoader.DEFAULT_DATASET));
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

    /** Whether this build ships the {@value #WORLD} dataset. */
    public static boolean hasWorld() {
        return new DatasetFiles.Embedded(WORLD).exists(DatasetFiles.MANIFEST);
    }

    /**
     * The world in which to analyse {@code country} (an ISO3 code, any case) when no dataset is named:
     * the default dataset when the country is its focal country or the build has no world dataset,
     * else the world dataset loaded for that country.
     */
    public static World forCountry(String country) throws InvalidDatasetException {
        return forCountry(country, List.of());
    }

    /**
     * As {@link #forCountry(String)}, with the world dataset's files of {@code partners} too (the
     * powers an exposure analysis balances among, whose own totals it reads).
     */
    public static World forCountry(String country, Collection<String> partners) throws InvalidDatasetException {
        String code = country.toUpperCase(Locale.ROOT);
        if (code.equals(defaultFocal()) || !hasWorld()) {
            return DatasetLoader.defaultWorld();
        }
        return world(code, partners);
    }

    /** The world dataset with {@code country}'s own file (the listed common files only, when it has none). */
    public static World world(String country) throws InvalidDatasetException {
        return world(country, List.of());
    }

    /** The world dataset with the own files of {@code country} and of {@code partners}. */
    public static World world(String country, Collection<String> partners) throws InvalidDatasetException {
        Set<String> codes = new TreeSet<>();
        codes.add(country.toUpperCase(Locale.ROOT));
        partners.forEach(p -> codes.add(p.strip().toUpperCase(Locale.ROOT)));
        return DatasetLoader.load(new DatasetFiles.Embedded(WORLD), codes);
    }

    /**
     * The focal country of the default dataset: from its snapshot when it has a current one (the world
     * read then stays loaded for the command that asked, see {@link DatasetLoader#load(DatasetFiles)}),
     * else from its manifest alone.
     */
    public static String defaultFocal() throws InvalidDatasetException {
        String focal = defaultFocal;
        if (focal == null) {
            DatasetFiles.Embedded files = new DatasetFiles.Embedded(DatasetLoader.DEFAULT_DATASET);
            focal = files.exists(WorldSnapshot.FILE)
                    ? DatasetLoader.load(files).info().focal()
                    : DatasetLoader.info(files).focal();
            defaultFocal = focal;
        }
        return focal;
    }
}
