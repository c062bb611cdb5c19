package org.multivector.dataset;

import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.input.Problem;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point that loads a {@link Dataset}: the manifest and figures through
 * {@link DatasetLoader}, then the corridor network in the {@code corridors/} sub-folder when there is
 * one. Every problem of every part is reported together as one {@link InvalidDatasetException};
 * nothing is returned when there is any.
 */
public final class Datasets {

    /** The sub-folder holding a dataset's corridor network. */
    public static final String CORRIDORS = "corridors";

    private Datasets() {}

    /** The embedded default dataset (Kazakhstan and its partners). */
    public static Dataset defaultDataset() throws InvalidDatasetException {
        return embedded(DatasetLoader.DEFAULT_DATASET);
    }

    /** The dataset embedded in the product under {@code name}. */
    public static Dataset embedded(String name) throws InvalidDatasetException {
        return load(new DatasetFiles.Embedded(name));
    }

    /** Whether the product embeds a dataset named {@code name}. */
    public static boolean isEmbedded(String name) {
        return name.matches("[a-z0-9_-]+")
                && Datasets.class.getClassLoader().getResource("datasets/" + name + "/" + DatasetFiles.MANIFEST)
                        != null;
    }

    /** The dataset in a folder holding {@code manifest.yaml}, its CSV files and perhaps {@code corridors/}. */
    public static Dataset load(Path folder) throws InvalidDatasetException {
        return load(new DatasetFiles.Folder(folder));
    }

    /** The dataset wherever its files are. */
    public static Dataset load(DatasetFiles files) throws InvalidDatasetException {
        List<Problem> problems = new ArrayList<>();
        World world = null;
        try {
            world = DatasetLoader.load(files);
        } catch (InvalidDatasetException e) {
            problems.addAll(e.problems());
        }
        Optional<CorridorNetwork> corridors = Optional.empty();
        try {
            corridors = corridors(files);
        } catch (InvalidCorridorDataException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return new Dataset(Objects.requireNonNull(world), corridors, files); // no problem, so the world was read
    }

    private static Optional<CorridorNetwork> corridors(DatasetFiles files) throws InvalidCorridorDataException {
        return switch (files) {
            case DatasetFiles.Folder folder -> {
                Path dir = folder.directory().resolve(CORRIDORS);
                yield Files.isRegularFile(dir.resolve(CorridorLoader.NETWORK_FILE))
                        ? Optional.of(CorridorLoader.load(dir))
                        : Optional.empty();
            }
            case DatasetFiles.Embedded embedded ->
                Datasets.class
                                        .getClassLoader()
                                        .getResource("datasets/" + embedded.name() + "/" + CORRIDORS + "/"
                                                + CorridorLoader.NETWORK_FILE)
                                == null
                        ? Optional.empty()
                        : Optional.of(CorridorLoader.embedded(embedded.name()));
        };
    }
}
