package org.multivector.world.io;

import org.multivector.world.World;

import java.util.Locale;

/**
 * The datasets shipped with the product and which one answers for a country when the user names no
 * dataset: the default {@value DatasetLoader#DEFAULT_DATASET} dataset for its focal country (the fast
 * path, which never opens the world files), and the {@value #WORLD} dataset for every other country,
 * loaded for that country alone: its manifest, source table and common files plus
 * {@code by-country/ISO3.csv.gz}, never the other countries' files.
 */
public final class EmbeddedDatasets {

    /** The name of the shipped dataset of every country. */
    public static final String WORLD = "world";

    private static volatile String defaultFocal;

    private EmbeddedDatasets() {
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
        return forCountry(country, java.util.List.of());
    }

    /**
     * As {@link #forCountry(String)}, with the world dataset's files of {@code partners} too (the
     * powers an exposure analysis balances among, whose own totals it reads).
     */
    public static World forCountry(String country, java.util.Collection<String> partners) throws InvalidDatasetException {
        String code = country.toUpperCase(Locale.ROOT);
        if (code.equals(defaultFocal()) || !hasWorld()) {
            return DatasetLoader.defaultWorld();
        }
        return world(code, partners);
    }

    /** The world dataset with {@code country}'s own file (the listed common files only, when it has none). */
    public static World world(String country) throws InvalidDatasetException {
        return world(country, java.util.List.of());
    }

    /** The world dataset with the own files of {@code country} and of {@code partners}. */
    public static World world(String country, java.util.Collection<String> partners) throws InvalidDatasetException {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        codes.add(country.toUpperCase(Locale.ROOT));
        partners.forEach(p -> codes.add(p.strip().toUpperCase(Locale.ROOT)));
        return DatasetLoader.load(new DatasetFiles.Embedded(WORLD), codes);
    }

    /** The focal country of the default dataset, read from its manifest alone. */
    public static String defaultFocal() throws InvalidDatasetException {
        String focal = defaultFocal;
        if (focal == null) {
            DatasetFiles.Embedded files = new DatasetFiles.Embedded(DatasetLoader.DEFAULT_DATASET);
            World snapshot = WorldSnapshot.readIfCurrent(files);
            focal = snapshot != null ? snapshot.info().focal() : DatasetLoader.info(files).focal();
            defaultFocal = focal;
        }
        return focal;
    }
}
