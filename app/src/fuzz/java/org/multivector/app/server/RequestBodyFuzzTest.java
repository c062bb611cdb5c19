package org.multivector.app.server;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.bargaining.io.IssueReader;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.world.World;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz targets for every request body the server parses: a scenario (YAML), an issue (CSV or
 * YAML), a dataset upload (JSON). A target fails on any exception other than the parser's own
 * "bad input" one (which carries file, line and column). In the normal build each runs its committed
 * corpus ({@code RequestBodyFuzzTestInputs/}) in regression mode; {@code JAZZER_FUZZ=1} fuzzes.
 */
class RequestBodyFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final World WORLD = Fixtures.midland();

    @FuzzTest(maxDuration = "30s")
    void scenarioYaml(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Scenario scenario = ScenarioReader.read(new StringReader(text), "scenario.yaml");
            ScenarioModel.compile(scenario, WORLD, java.util.Optional.empty(), "scenario.yaml");
        } catch (InvalidScenarioException expected) {
            // bad input, reported with its position
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
