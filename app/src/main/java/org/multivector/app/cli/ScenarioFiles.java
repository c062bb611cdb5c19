package org.multivector.app.cli;

import org.multivector.dataset.Dataset;
import org.multivector.dataset.DatasetRepository;
import org.multivector.dataset.EmbeddedDatasets;
import org.multivector.input.Problem;
import org.multivector.input.ProblemRenderer;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.scenario.CompiledRoute;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.scenario.ScenarioRule;
import org.multivector.world.io.InvalidDatasetException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reading a scenario file and the dataset it names, with every problem turned into a {@link UserException}. */
final class ScenarioFiles {

    private ScenarioFiles() {}

    /** A scenario file as read: its text, hash and parsed form. */
    record Loaded(Path file, String text, String sha256, Scenario scenario) {}

    static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("scenario file " + file
                    + " does not exist\nMaybe one of the examples: examples/scenarios/baseline.yaml");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException("cannot read scenario file " + file + ": " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            Scenario scenario = ScenarioReader.read(new StringReader(text), file.toString());
            return new Loaded(file, text, sha256(bytes), scenario);
        } catch (InvalidScenarioException e) {
            throw new UserException(describe("the scenario", e.problems()));
        }
    }

    /** A scenario as stored with an ensemble: its text, and the file name it was run from (for relative dataset folders). */
    static Loaded fromText(Path file, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            return new Loaded(file, text, sha256(bytes), ScenarioReader.read(new StringReader(text), file.toString()));
        } catch (InvalidScenarioException e) {
            throw new UserException(describe("the stored scenario", e.problems()));
        }
    }

    /**
     * The scenario's dataset, through the one dataset entry point: {@code override} when given, else the
     * scenario's {@code dataset}: an embedded dataset's name, or a folder relative to the scenario file.
     */
    static Dataset dataset(Loaded loaded, Path override) {
        String name = loaded.scenario().dataset();
        if (override != null) {
            return DatasetOption.dataset(override);
        }
        Path folder = loaded.file().toAbsolutePath().getParent().resolve(name);
        if (Files.isDirectory(folder)) {
            return DatasetOption.dataset(folder);
        }
        try {
            return EMBEDDED.find(name)
                    .orElseThrow(
                            () -> new UserException(describe("the scenario", List.of(unknownDataset(loaded, name)))));
        } catch (InvalidDatasetException e) {
            throw new UserException(DatasetOption.describe(e));
        }
    }

    /** A dataset name that is neither a folder nor an embedded dataset, placed at the file's {@code dataset} value. */
    private static Problem unknownDataset(Loaded loaded, String name) {
        int line = 0;
        int column = 0;
        // the scenario keeps the name only; its place is read again from the text, on this error path alone
        if (YamlReader.read(new StringReader(loaded.text()), loaded.file().toString(), new ArrayList<>())
                        instanceof YamlNode.Mapping top
                && top.get("dataset") != null) {
            line = top.get("dataset").line();
            column = top.get("dataset").column();
        }
        return new Problem(
                loaded.file().toString(),
                line,
                column,
                ScenarioRule.UNKNOWN_REFERENCE,
                "dataset '" + name + "' is neither a folder next to the scenario file nor the name of an embedded"
                        + " dataset\nMaybe use dataset: kazakhstan, or --dataset DIR.");
    }

    /** What another JVM needs to compile the same model: the scenario text and the dataset {@link #dataset} chooses. */
    static ModelRecipe recipe(Loaded loaded, Path override) {
        if (override != null) {
            return ModelRecipe.folder(loaded.file().toString(), loaded.text(), override);
        }
        Path folder = loaded.file()
                .toAbsolutePath()
                .getParent()
                .resolve(loaded.scenario().dataset());
        if (Files.isDirectory(folder)) {
            return ModelRecipe.folder(loaded.file().toString(), loaded.text(), folder);
        }
        return ModelRecipe.embedded(
                loaded.file().toString(), loaded.text(), loaded.scenario().dataset());
    }

    private static final DatasetRepository EMBEDDED = EmbeddedDatasets.standard();

    /** Compiles the scenario against its dataset: the world's figures and the corridor network its routes name links of. */
    static ScenarioModel compile(Loaded loaded, Dataset dataset) {
        try {
            return ScenarioModel.compile(
                    loaded.scenario(), dataset, loaded.file().toString());
        } catch (InvalidScenarioException e) {
            throw new UserException(
                    describe("the scenario, read against dataset " + dataset.name() + ",", e.problems()));
        }
    }

    /**
     * The routes as run, one per line, each capacity and cost with its basis ("dataset", or "analyst
     * assumption" for a figure the scenario file states) and source.
     */
    /** The export routes as the run used them, each capacity and cost with its origin (dataset or analyst assumption). */
    static org.multivector.report.Report routes(List<CompiledRoute> routes) {
        List<String> lines = new java.util.ArrayList<>();
        for (CompiledRoute route : routes) {
            CompiledRoute.Document d = route.document();
            lines.add(String.format(
                    "  %s%s: capacity %s [%s], cost %s [%s], transit %s",
                    d.id(),
                    d.links().isEmpty() ? "" : " (" + String.join(" > ", d.links()) + ")",
                    d.capacity().shown(),
                    route.capacityOrigin().label(),
                    d.cost().shown(),
                    route.costOrigin().label(),
                    d.transit().isEmpty() ? "none" : String.join(", ", d.transit())));
        }
        return org.multivector.report.Report.text(
                "Export routes as run (capacity Mt/yr, cost USD/t; analyst assumptions are the scenario's own figures):",
                lines.toArray(String[]::new));
    }

    static String describe(String what, List<Problem> problems) {
        return ProblemRenderer.refusal(what, "nothing was run", problems);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String codeVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "multivector " + (version == null ? "development build" : version);
    }
}
