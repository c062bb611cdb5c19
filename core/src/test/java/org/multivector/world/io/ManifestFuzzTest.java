package org.multivector.world.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jazzer fuzz target for the dataset manifest ({@code manifest.yaml}): any bytes, beside a fixed
 * figure file, must load or fail with {@link InvalidDatasetException} (every problem with file,
 * line and column); any other exception is a finding. Regression mode runs the committed corpus
 * ({@code ManifestFuzzTestInputs/}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class ManifestFuzzTest {

    private static final Path FOLDER = folder();

    @FuzzTest(maxDuration = "30s")
    void manifest(byte[] input) throws IOException {
        Files.write(FOLDER.resolve(DatasetFiles.MANIFEST), input);
        try {
            DatasetLoader.load(FOLDER);
        } catch (InvalidDatasetException expected) {
            // bad input, reported with its position
        }
    }

    /** A folder (on /dev/shm when there is one) holding the tiny test dataset's figures. */
    private static Path folder() {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "multivector-fuzz")
                    : Files.createTempDirectory("multivector-fuzz");
            try (InputStream figures = ManifestFuzzTest.class.getResourceAsStream("/datasets/tiny/figures.csv")) {
                Files.copy(figures, dir.resolve("figures.csv"));
            }
            dir.resolve("figures.csv").toFile().deleteOnExit();
            dir.resolve(DatasetFiles.MANIFEST).toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
