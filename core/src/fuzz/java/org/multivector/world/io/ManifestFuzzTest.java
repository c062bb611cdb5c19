package org.multivector.world.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.multivector.fuzz.FuzzFolders;
import org.multivector.input.InputRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

    /**
     * The fuzzer's finding of 1 December 2026 (kept in the corpus): a member with a 'from' year after
     * the open end (9999) and no 'to' was reported at the missing 'to' node, a NullPointerException;
     * it is now a problem at the 'from' value.
     */
    @Test
    void a_member_from_after_the_open_end_without_to_is_a_problem_at_its_from_year() throws IOException {
        try (InputStream in = ManifestFuzzTest.class.getResourceAsStream(
                "ManifestFuzzTestInputs/manifest/member-from-after-open-end")) {
            Files.write(FOLDER.resolve(DatasetFiles.MANIFEST), in.readAllBytes());
        }
        InvalidDatasetException e =
                catchThrowableOfType(InvalidDatasetException.class, () -> DatasetLoader.load(FOLDER));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(InputRule.INVALID_VALUE);
            assertThat(p.line()).isEqualTo(28);
            assertThat(p.message()).contains("membership of FRA ends before it starts");
        });
    }

    /** A folder (on /dev/shm when there is one) holding the tiny test dataset's figures. */
    private static Path folder() {
        Path dir = FuzzFolders.create();
        try (InputStream figures = ManifestFuzzTest.class.getResourceAsStream("/datasets/tiny/figures.csv")) {
            Files.copy(figures, FuzzFolders.file(dir, "figures.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FuzzFolders.file(dir, DatasetFiles.MANIFEST);
        return dir;
    }
}
