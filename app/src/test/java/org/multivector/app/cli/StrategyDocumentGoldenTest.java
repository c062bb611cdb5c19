package org.multivector.app.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategy result document ({@code strategy --format json}, and the API's study job result) for a
 * small seeded study, byte for byte (but for its elapsed time) against
 * {@code golden/strategy-tiny-study.json}: the contract
 * both doors render, held fixed while its code changes. {@code -Dgolden.update=true} rewrites the file
 * (after a change meant to alter the document; review the difference before committing it).
 */
class StrategyDocumentGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "strategy-tiny-study.json");

    @Test
    void the_json_document_of_a_seeded_study_is_the_recorded_one() throws Exception {
        Path study = StrategyCommandTest.tinyStudyFile(Files.createTempDirectory("strategy-golden"));
        CliRun run = CliRun.of(
                "strategy", study.toString(), "--scenarios", "6", "--no-store", "--no-progress", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the one figure that is not a function of the study and its seed: the time it took
        String document = run.out().replaceAll("\"elapsedSeconds\" : [0-9.eE+-]+", "\"elapsedSeconds\" : \"(varies)\"");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, document, StandardCharsets.UTF_8);
        }
        assertThat(document).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
