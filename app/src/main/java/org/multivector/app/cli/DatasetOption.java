package org.multivector.app.cli;

import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;
import org.multivector.input.Problem;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --dataset DIR} option shared by every analysis, and the loading it implies. */
public final class DatasetOption {

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder (manifest.yaml + CSV files). Default: the embedded Kazakhstan dataset.")
    Path directory;

    /** The world to analyse, or a {@link UserException} listing every problem of the dataset. */
    public World load() {
        try {
            if (directory == null) {
                return DatasetLoader.defaultWorld();
            }
            if (!Files.isDirectory(directory)) {
                throw new UserException("dataset folder " + directory + " does not exist or is not a folder");
            }
            return DatasetLoader.load(directory);
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
            throw new UserException("country '" + text + "' is not in dataset " + world.info().name()
                    + "\nMaybe one of: " + String.join(", ", world.reporters()));
        }
        return code;
    }

    /** Every problem on its own line, as {@code file:line:column: [rule] message}. */
    static String describe(InvalidDatasetException e) {
        StringBuilder text = new StringBuilder();
        int count = e.problems().size();
        text.append("the dataset has ").append(count).append(count == 1 ? " problem" : " problems").append("; nothing was loaded:");
        for (Problem problem : e.problems()) {
            text.append(System.lineSeparator()).append(problem.format().replace("\n", System.lineSeparator() + "    "));
        }
        return text.toString();
    }
}
