package org.multivector.exposure;

import org.multivector.dataset.CarriedDataset;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a world exposure sweep needs, in a form that travels to another JVM (a cluster's
 * executor) and gives the same sweep there: the dataset — the name of an embedded one, or the bytes of
 * every file of a dataset folder — the powers to balance among and the basis.
 *
 * @param embeddedDataset the embedded dataset's name, or null when {@code datasetFiles} holds the dataset
 * @param datasetFiles    relative path → bytes of every file of the dataset folder (empty for an embedded one)
 * @param powers          the powers of the balance rows (those absent from the dataset are left out)
 * @param basis           whose figures the metrics read
 */
public record SweepRecipe(
        String embeddedDataset, Map<String, byte[]> datasetFiles, List<String> powers, BasisChoice basis)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SweepRecipe {
        Objects.requireNonNull(basis, "basis");
        powers = List.copyOf(powers);
        datasetFiles = datasetFiles == null ? Map.of() : new TreeMap<>(datasetFiles);
        if ((embeddedDataset == null) == datasetFiles.isEmpty()) {
            throw new IllegalArgumentException(
                    "a recipe names an embedded dataset or carries a dataset's files, not both or neither");
        }
    }

    /** A sweep of the dataset embedded under {@code name} (every per-country file of it). */
    public static SweepRecipe embedded(String name, List<String> powers, BasisChoice basis) {
        return new SweepRecipe(name, Map.of(), powers, basis);
    }

    /** A sweep of the dataset in {@code folder}; its files travel with the recipe. */
    public static SweepRecipe folder(Path folder, List<String> powers, BasisChoice basis) {
        return new SweepRecipe(null, CarriedDataset.read(folder), powers, basis);
    }

    /** A digest of the dataset, the powers and the basis, the same wherever it is computed (executors cache sweeps under it). */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CarriedDataset.digest(sha, embeddedDataset, datasetFiles);
            CarriedDataset.update(sha, String.join(",", powers));
            CarriedDataset.update(sha, basis.toString());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Loads the whole world — for an embedded dataset with per-country files, every country's file —
     * and prepares the sweep on it.
     *
     * @param scratch a folder where a carried dataset may be written out (unused for embedded datasets)
     * @throws InvalidDatasetException when the dataset is invalid
     */
    public DyadSweep.Prepared prepare(Path scratch) throws InvalidDatasetException {
        World world = world(scratch);
        List<String> present =
                powers.stream().filter(code -> world.actor(code).isPresent()).toList();
        return DyadSweep.prepare(world, present, basis);
    }

    /** The whole world of the recipe's dataset. */
    public World world(Path scratch) throws InvalidDatasetException {
        if (embeddedDataset != null) {
            DatasetFiles files = new DatasetFiles.Embedded(embeddedDataset);
            // an embedded dataset cannot list its per-country files: ask for every actor's
            List<String> codes = DatasetLoader.load(files, List.of()).actors().stream()
                    .map(Actor::code)
                    .toList();
            return DatasetLoader.load(files, codes);
        }
        Path folder = CarriedDataset.writeOut(datasetFiles, scratch.resolve("dataset-" + digest()));
        return DatasetLoader.load(folder);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweepRecipe that && digest().equals(that.digest());
    }

    @Override
    public int hashCode() {
        return digest().hashCode();
    }

    @Override
    public String toString() {
        return "SweepRecipe["
                + (embeddedDataset != null ? "embedded:" + embeddedDataset : datasetFiles.size() + " dataset files")
                + ", powers " + powers + ", " + basis + "]";
    }
}
