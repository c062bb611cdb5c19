package org.multivector.scenario;

import org.multivector.dataset.CarriedDataset;
import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;
import org.multivector.world.io.InvalidDatasetException;

import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything needed to compile a {@link ScenarioModel} somewhere else — another JVM, a cluster's
 * executor — and get the same model: the scenario file's text and the dataset, either by the name of
 * an embedded dataset or as the bytes of every file of a dataset folder. It is a value: two recipes
 * with the same text and files compile to models that give the same numbers.
 *
 * @param scenarioFile    the scenario's name in messages (as the user typed it)
 * @param scenarioText    the scenario file's text
 * @param embeddedDataset the embedded dataset's name, or null when {@code datasetFiles} holds the dataset
 * @param datasetFiles    relative path → bytes of every file of the dataset folder (empty for an embedded one)
 */
public record ModelRecipe(
        String scenarioFile, String scenarioText, String embeddedDataset, Map<String, byte[]> datasetFiles)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public ModelRecipe {
        Objects.requireNonNull(scenarioFile, "scenarioFile");
        Objects.requireNonNull(scenarioText, "scenarioText");
        datasetFiles = datasetFiles == null ? Map.of() : new TreeMap<>(datasetFiles);
        if ((embeddedDataset == null) == datasetFiles.isEmpty()) {
            throw new IllegalArgumentException(
                    "a recipe names an embedded dataset or carries a dataset's files, not both or neither");
        }
    }

    /** A recipe for a scenario read against an embedded dataset. */
    public static ModelRecipe embedded(String scenarioFile, String scenarioText, String datasetName) {
        return new ModelRecipe(scenarioFile, scenarioText, datasetName, Map.of());
    }

    /** A recipe carrying every regular file under {@code datasetFolder} (the dataset travels with it). */
    public static ModelRecipe folder(String scenarioFile, String scenarioText, Path datasetFolder) {
        return new ModelRecipe(scenarioFile, scenarioText, null, CarriedDataset.read(datasetFolder));
    }

    /**
     * A digest of the scenario text and the dataset, the same wherever it is computed: executors
     * cache compiled models under it.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CarriedDataset.update(sha, scenarioFile);
            CarriedDataset.update(sha, scenarioText);
            CarriedDataset.digest(sha, embeddedDataset, datasetFiles);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Reads the scenario and the dataset and compiles the model.
     *
     * @param scratch a folder where a carried dataset may be written out (unused for embedded datasets)
     * @throws InvalidScenarioException when the scenario is invalid or does not fit the dataset
     * @throws InvalidDatasetException  when the dataset is invalid
     */
    public ScenarioModel compile(Path scratch) throws InvalidScenarioException, InvalidDatasetException {
        Scenario scenario = ScenarioReader.read(new StringReader(scenarioText), scenarioFile);
        Dataset dataset;
        if (embeddedDataset != null) {
            dataset = Datasets.embedded(embeddedDataset);
        } else {
            Path folder = CarriedDataset.writeOut(datasetFiles, scratch.resolve("dataset-" + digest()));
            dataset = Datasets.load(folder);
        }
        return ScenarioModel.compile(scenario, dataset, scenarioFile);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelRecipe that && digest().equals(that.digest());
    }

    @Override
    public int hashCode() {
        return digest().hashCode();
    }

    @Override
    public String toString() {
        return "ModelRecipe[" + scenarioFile + ", "
                + (embeddedDataset != null ? "embedded:" + embeddedDataset : datasetFiles.size() + " dataset files")
                + "]";
    }
}
