package org.multivector.app.cli;

import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;
import org.multivector.dataset.EmbeddedDatasets;
import org.multivector.input.ProblemRenderer;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --dataset DIR} option shared by every analysis, and the loading it implies. */
public final class DatasetOption {

    @Option(
            names = "--dataset",
            paramLabel = "DIR",
            description =
                    "Dataset folder (manifest.yaml + CSV files). Default: the embedded Kazakhstan dataset for KAZ, the shipped world dataset for any other country.")
    Path directory;

    /**
     * The world in which to analyse {@code country}: with no {@code --dataset}, the embedded dataset
     * for its focal country and the shipped world dataset, loaded for that country alone, for any
     * other; with a folder whose manifest keeps per-country files, that country's file only.
     */
    public World load(String country) {
        return load(country, java.util.List.of());
    }

    /** As {@link #load(String)}, with the per-country files of {@code partners} too (an exposure analysis's powers). */
    public World load(String country, java.util.Collection<String> partners) {
        try {
            if (directory == null) {
                return EmbeddedDatasets.forCountry(country, partners);
            }
            if (!Files.isDirectory(directory)) {
                throw new UserException("dataset folder " + directory + " does not exist or is not a folder");
            }
            java.util.Set<String> codes = new java.util.TreeSet<>();
            codes.add(country.toUpperCase(java.util.Locale.ROOT));
            partners.forEach(p -> codes.add(p.strip().toUpperCase(java.util.Locale.ROOT)));
            return DatasetLoader.load(new DatasetFiles.Folder(directory), codes);
        } catch (InvalidDatasetException e) {
            throw new UserException(describe(e));
        }
    }

    /** The world to analyse, or a {@link UserException} listing every problem of the dataset. */
    public World load() {
        return dataset().world();
    }

    /**
     * The whole dataset (world and corridor network) through the one entry point, or a
     * {@link UserException} listing every problem of every part.
     */
    public Dataset dataset() {
        return dataset(directory);
    }

    /** The dataset in {@code directory}, or the embedded default when it is null. */
    static Dataset dataset(Path directory) {
        try {
            if (directory == null) {
                return Datasets.defaultDataset();
            }
            if (!Files.isDirectory(directory)) {
                throw new UserException("dataset folder " + directory + " does not exist or is not a folder");
            }
            return Datasets.load(directory);
        } catch (InvalidDatasetException e) {
            throw new UserException(describe(e));
        }
    }

    /**
     * The actor code for a country the user named (any case), or a {@link UserException} listing the
     * reporters the dataset has.
     */
    static String country(World world, String text) {
        String code = text.toUpperCase(java.util.Locale.ROOT);
        if (world.actor(code).isEmpty()) {
            throw new UserException("country '" + text + "' is not in dataset "
                    + world.info().name() + "\nMaybe one of: " + String.join(", ", world.reporters()));
        }
        return code;
    }

    /** Every problem on its own line, as {@code file:line:column: [rule] message}. */
    static String describe(InvalidDatasetException e) {
        return ProblemRenderer.refusal(e, "nothing was loaded");
    }
}
