package org.multivector.app.server;

import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.EmbeddedDatasets;
import org.multivector.world.io.InvalidDatasetException;
import org.multivector.input.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what {@code multivector serve} serves: the embedded dataset, then each folder named, each
 * with what its analyses need beside the figures (see {@link Attachments}).
 */
public final class ServedDatasets {

    private ServedDatasets() {
    }

    /**
     * The catalog of the embedded dataset (when this build has it) and the given folders.
     *
     * @throws IllegalArgumentException with a message for the user when a folder is missing or invalid, or there is nothing to serve
     */
    public static DatasetCatalog load(List<Path> folders) {
        List<World> worlds = new ArrayList<>();
        List<Path> origins = new ArrayList<>();
        String embeddedProblem = null;
        try {
            worlds.add(DatasetLoader.defaultWorld());
            origins.add(null);
        } catch (InvalidDatasetException e) {
            embeddedProblem = describe(e);
        }
        boolean world = EmbeddedDatasets.hasWorld();
        if (world) {
            try {
                worlds.add(DatasetLoader.load(new DatasetFiles.Embedded(EmbeddedDatasets.WORLD), List.of()));
                origins.add(null);
            } catch (InvalidDatasetException e) {
                throw new IllegalStateException("the shipped world dataset does not load: " + describe(e), e);
            }
        }
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder");
            }
            try {
                worlds.add(DatasetLoader.load(dir));
                origins.add(dir);
            } catch (InvalidDatasetException e) {
                throw new IllegalArgumentException(describe(e));
            }
        }
        if (worlds.isEmpty()) {
            throw new IllegalArgumentException("no dataset to serve: the embedded one did not load (" + embeddedProblem + ")\nMaybe pass --dataset DIR.");
        }
        DatasetCatalog catalog = DatasetCatalog.of(worlds);
        if (world) {
            catalog.perCountry(EmbeddedDatasets.WORLD,
                    country -> EmbeddedDatasets.world(country, org.multivector.exposure.ExposureAnalysis.DEFAULT_POWERS));
        }
        for (int i = 0; i < worlds.size(); i++) {
            Attachments.load(catalog, worlds.get(i).info().name(), origins.get(i));
        }
        return catalog;
    }

    private static String describe(InvalidDatasetException e) {
        StringBuilder text = new StringBuilder("the dataset has " + e.problems().size() + " problem(s); nothing was loaded:");
        for (Problem problem : e.problems()) {
            text.append(System.lineSeparator()).append(problem.format());
        }
        return text.toString();
    }
}
