package org.multivector.app.server;

import org.multivector.corridors.ControlTable;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.io.ControlLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;
import org.multivector.dataset.EmbeddedDatasets;
import org.multivector.input.ProblemRenderer;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads what {@code multivector serve} serves: the embedded dataset, then each folder named, each
 * with its corridor network, each through the one dataset entry point ({@link Datasets}).
 */
public final class ServedDatasets {

    private ServedDatasets() {}

    /**
     * The catalog of the embedded dataset (when this build has it) and the given folders.
     *
     * @throws IllegalArgumentException with a message for the user when a folder is missing or invalid, or there is nothing to serve
     */
    public static DatasetCatalog load(List<Path> folders) {
        List<Dataset> datasets = new ArrayList<>();
        String embeddedProblem = null;
        try {
            datasets.add(Datasets.defaultDataset());
        } catch (InvalidDatasetException e) {
            embeddedProblem = describe(e);
        }
        boolean world = EmbeddedDatasets.hasWorld();
        if (world) {
            try {
                DatasetFiles files = new DatasetFiles.Embedded(EmbeddedDatasets.WORLD);
                // the manifest alone: each country's figures are loaded when asked for (DatasetCatalog.perCountry)
                datasets.add(new Dataset(DatasetLoader.load(files, List.of()), java.util.Optional.empty(), files));
            } catch (InvalidDatasetException e) {
                throw new IllegalStateException("the shipped world dataset does not load: " + describe(e), e);
            }
        }
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("dataset folder " + dir + " does not exist or is not a folder");
            }
            try {
                datasets.add(Datasets.load(dir));
            } catch (InvalidDatasetException e) {
                throw new IllegalArgumentException(describe(e));
            }
        }
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("no dataset to serve: the embedded one did not load (" + embeddedProblem
                    + ")\nMaybe pass --dataset DIR.");
        }
        DatasetCatalog catalog =
                DatasetCatalog.of(datasets.stream().map(Dataset::world).toList());
        if (world) {
            catalog.perCountry(
                    EmbeddedDatasets.WORLD,
                    country ->
                            EmbeddedDatasets.world(country, org.multivector.exposure.ExposureAnalysis.DEFAULT_POWERS));
        }
        for (Dataset dataset : datasets) {
            catalog.attach(dataset.name(), Dataset.class, dataset);
            dataset.corridors().ifPresent(network -> {
                catalog.attach(dataset.name(), CorridorNetwork.class, network);
                catalog.attach(dataset.name(), ControlTable.class, controlTable(dataset, network));
            });
        }
        return catalog;
    }

    /** Who owns and operates each link, from the dataset's {@code corridors/control.csv} (empty when it has none). */
    private static ControlTable controlTable(Dataset dataset, CorridorNetwork network) {
        try {
            return new ControlTable(
                    switch (dataset.origin()) {
                        case DatasetFiles.Folder folder ->
                            ControlLoader.load(folder.directory().resolve(Datasets.CORRIDORS), network);
                        case DatasetFiles.Embedded embedded -> ControlLoader.embedded(embedded.name(), network);
                        default -> List.of();
                    });
        } catch (InvalidCorridorDataException e) {
            throw new IllegalArgumentException(ProblemRenderer.refusal(
                    "the corridor control data of dataset " + dataset.name(), "nothing was loaded", e.problems()));
        }
    }

    private static String describe(InvalidDatasetException e) {
        return ProblemRenderer.refusal(e, "nothing was loaded");
    }
}
