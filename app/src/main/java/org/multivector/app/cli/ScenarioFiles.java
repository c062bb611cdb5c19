package org.multivector.app.cli;

import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;
import org.multivector.world.io.Problem;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reading a scenario file and the dataset it names, with every problem turned into a {@link UserException}. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** A scenario file as read: its text, hash and parsed form. */
    record Loaded(Path file, String text, String sha256, Scenario scenario) {
    }

    static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("scenario file " + file + " does not exist\nMaybe one of the examples: examples/scenarios/baseline.yaml");
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
     * The scenario's dataset: {@code override} when given, else the scenario's {@code dataset}: an
     * embedded dataset's name, or a folder relative to the scenario file.
     */
    static World world(Loaded loaded, Path override) {
        String name = loaded.scenario().dataset();
        try {
            if (override != null) {
                return DatasetLoader.load(override);
            }
            Path folder = loaded.file().toAbsolutePath().getParent().resolve(name);
            if (Files.isDirectory(folder)) {
                return DatasetLoader.load(folder);
            }
            if (!name.matches("[A-Za-z0-9_-]+")) {
                throw new UserException("the scenario's dataset '" + name + "' is neither a folder next to " + loaded.file()
                        + " nor the name of an embedded dataset\nMaybe use dataset: kazakhstan, or --dataset DIR.");
            }
            return DatasetLoader.embedded(name);
        } catch (InvalidDatasetException e) {
            throw new UserException(DatasetOption.describe(e));
        }
    }

    static ScenarioModel compile(Loaded loaded, World world) {
        try {
            return ScenarioModel.compile(loaded.scenario(), world, loaded.file().toString());
        } catch (InvalidScenarioException e) {
            throw new UserException(describe("the scenario, read against dataset " + world.info().name() + ",", e.problems()));
        }
    }

    static String describe(String what, List<Problem> problems) {
        StringBuilder text = new StringBuilder(what);
        text.append(" has ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append("; nothing was run:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append(problem.format().replace("\n", System.lineSeparator() + "    "));
        }
        return text.toString();
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
