package org.multivector.app.server;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.bargaining.io.IssueReader;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.io.CorridorLoader;
import org.multivector.corridors.io.InvalidCorridorDataException;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz targets for every request body the server parses: a scenario (YAML), an issue (CSV or
 * YAML), a dataset upload (JSON). A target fails on any exception other than the parser's own
 * "bad input" one (which carries file, line and column). In the normal build each runs its committed
 * corpus ({@code RequestBodyFuzzTestInputs/}) in regression mode; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RequestBodyFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The scenario as {@code POST /api/scenarios/validate} reads it, compiled against the embedded
     * Kazakhstan dataset and its corridor network, the dataset the example scenarios (the seeds) name:
     * so that a mutated scenario reaches the compiler's checks of actors, links and routes, not only
     * the reader's. (Against the small test world every seed stopped at "focal country 'KAZ' is not
     * in dataset midland", and the fuzzer never saw the compiler past that line.)
     */
    @FuzzTest(maxDuration = "30s")
    void scenarioYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Scenario scenario = ScenarioReader.read(new StringReader(text), "scenario.yaml");
            ScenarioModel.compile(scenario, Kazakhstan.WORLD, Optional.of(Kazakhstan.NETWORK), "scenario.yaml");
        } catch (InvalidScenarioException expected) {
            // bad input, reported with its position
        }
    }

    /** The seeds compile: the target starts from scenarios the compiler accepts, not from its first refusal. */
    @Test
    void the_example_scenarios_among_the_seeds_compile_against_the_embedded_dataset() throws Exception {
        int compiled = 0;
        java.net.URL folder = RequestBodyFuzzTest.class.getResource("RequestBodyFuzzTestInputs/scenarioYaml");
        assertThat(folder).isNotNull();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            seeds = files.toList();
        }
        for (Path seed : seeds) {
            try {
                String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8); // as the target decodes
                Scenario scenario = ScenarioReader.read(new StringReader(text), "scenario.yaml");
                ScenarioModel.compile(scenario, Kazakhstan.WORLD, Optional.of(Kazakhstan.NETWORK), "scenario.yaml");
                compiled++;
            } catch (InvalidScenarioException refused) {
                // most committed inputs are damaged on purpose
            }
        }
        assertThat(compiled).isGreaterThanOrEqualTo(5);
    }

    /**
     * The embedded dataset, loaded on first use (a holder class): only the scenario target needs it, and
     * the other targets of this class start without its half a gigabyte.
     */
    private static final class Kazakhstan {
        static final World WORLD = embeddedWorld();
        static final CorridorNetwork NETWORK = embeddedNetwork();
    }

    private static World embeddedWorld() {
        try {
            return DatasetLoader.embedded(DatasetLoader.DEFAULT_DATASET);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static CorridorNetwork embeddedNetwork() {
        try {
            return CorridorLoader.embedded(DatasetLoader.DEFAULT_DATASET);
        } catch (InvalidCorridorDataException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void issueCsv(byte[] input) {
        try {
            IssueReader.readCsv(new ByteArrayInputStream(input), "issue.csv", "issue");
        } catch (InvalidIssueException expected) {
            // bad input, reported with its position
        }
    }

    @FuzzTest(maxDuration = "30s")
    void issueYaml(byte[] input) {
        try {
            IssueReader.readYaml(new String(input, StandardCharsets.UTF_8), "issue.yaml");
        } catch (InvalidIssueException expected) {
            // bad input, reported with its position
        }
    }

    /**
     * The upload as the server reads it: the body decoded as UTF-8 text first ({@code ctx.body()}),
     * then parsed ({@link Bodies#json}). Parsing the raw bytes instead let Jackson guess UTF-32 from
     * the first bytes and fail with a {@code CharConversionException} the server never meets
     * (the fuzzer's eight findings of 1 December 2026, kept in the corpus as {@code utf32-*}).
     */
    @FuzzTest(maxDuration = "30s")
    void datasetUpload(byte[] input) {
        JsonNode body;
        try {
            body = MAPPER.readTree(new String(input, StandardCharsets.UTF_8));
        } catch (JsonProcessingException expected) {
            return; // answered 400 with line and column by Bodies.json
        }
        if (body == null || body.isMissingNode()) {
            return;
        }
        try {
            DatasetUpload.load(body);
        } catch (ApiProblem expected) {
            if (expected.status() >= 500) {
                throw expected;
            }
        }
    }
}
