package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.app.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result contract: every analysis with both a {@code --format json} on the command line and an API
 * route answers the same question with the same JSON document. Each case runs the command in-process and
 * asks the server (over the embedded dataset and the fictional Midland) the same question, and compares the two trees. No field is door-specific today
 * ({@link #DOOR_SPECIFIC} is empty); a field that legitimately differs (say a timing) would be named there.
 */
class SameAnswerFromBothDoorsIT extends AbstractApiTest {

    /** Fields allowed to differ between the doors, by name at any depth. */
    static final Set<String> DOOR_SPECIFIC = Set.of();

    static final Path ISSUE = Path.of("../examples/bargaining/oil-export-routing.yaml");

    static Stream<Arguments> getQuestions() {
        String midland = Fixtures.midlandFolder().toString();
        return Stream.of(
                Arguments.of(
                        "profile, latest years",
                        List.of("profile", "MDL", "--dataset", midland),
                        "/api/datasets/midland/profile/MDL"),
                Arguments.of(
                        "profile, one dimension on the mirror basis",
                        List.of("profile", "MDL", "--dataset", midland, "--dimension", "exports", "--basis", "mirror"),
                        "/api/datasets/midland/profile/MDL?dimension=exports&basis=mirror"),
                Arguments.of(
                        "exposure to three powers",
                        List.of("exposure", "MDL", "--dataset", midland, "--powers", "RUS,CHN,USA"),
                        "/api/datasets/midland/exposure/MDL?powers=RUS,CHN,USA"),
                Arguments.of(
                        "exposure, default powers",
                        List.of("exposure", "MDL", "--dataset", midland),
                        "/api/datasets/midland/exposure/MDL"),
                Arguments.of(
                        "corridor allocation, status quo",
                        List.of("corridors", "KAZ"),
                        "/api/datasets/kazakhstan/corridors/allocation"),
                Arguments.of(
                        "corridor allocation, Russia closed",
                        List.of("corridors", "KAZ", "--close", "RUS"),
                        "/api/datasets/kazakhstan/corridors/allocation?close=RUS"),
                Arguments.of(
                        "corridor allocation, a partial cut and a reduction",
                        List.of("corridors", "KAZ", "--cut", "CPC_SEA=67%", "--reduce", "CPC_RU:0.5"),
                        "/api/datasets/kazakhstan/corridors/allocation?cut=" + encode("CPC_SEA=67%")
                                + "&reduce=CPC_RU:0.5"),
                Arguments.of(
                        "corridor network",
                        List.of("corridors", "KAZ", "--report", "network"),
                        "/api/datasets/kazakhstan/corridors"),
                Arguments.of(
                        "corridor exposure",
                        List.of("corridors", "KAZ", "--report", "exposure"),
                        "/api/datasets/kazakhstan/corridors/exposure"),
                Arguments.of(
                        "corridor criticality",
                        List.of("corridors", "KAZ", "--report", "criticality"),
                        "/api/datasets/kazakhstan/corridors/criticality?pairs=true"),
                Arguments.of(
                        "corridor control",
                        List.of("corridors", "KAZ", "--report", "control", "--commodity", "containers"),
                        "/api/datasets/kazakhstan/corridors/control?commodity=containers"),
                Arguments.of(
                        "corridor allocation, a dated event replayed with added capacity",
                        List.of(
                                "corridors",
                                "KAZ",
                                "--event",
                                "CPC-2023-11",
                                "--add",
                                "AKT_SANG=+1Mt",
                                "--year",
                                "2023"),
                        "/api/datasets/kazakhstan/corridors/allocation?event=CPC-2023-11&add=" + encode("AKT_SANG=+1Mt")
                                + "&year=2023"),
                Arguments.of(
                        "corridor exposure of container exports",
                        List.of("corridors", "KAZ", "--report", "exposure", "--commodity", "containers"),
                        "/api/datasets/kazakhstan/corridors/exposure?commodity=containers"),
                Arguments.of(
                        "corridor criticality of container exports",
                        List.of("corridors", "KAZ", "--report", "criticality", "--commodity", "containers"),
                        "/api/datasets/kazakhstan/corridors/criticality?commodity=containers&pairs=true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("getQuestions")
    void a_question_asked_of_the_command_line_and_of_the_api_gets_the_same_document(
            String question, List<String> args, String path) {
        JsonNode fromCli = cli(args);
        JsonNode fromApi = api(http.get(path));
        assertSame(fromCli, fromApi);
        assertThat(OpenApiSchemas.violations("get", path, fromApi))
                .as("the API's answer against openapi.json")
                .isEmpty();
    }

    static Stream<Arguments> bargainingQuestions() {
        return Stream.of(
                Arguments.of("forecast", List.of("bargain", ISSUE.toString()), "/api/bargaining/forecast"),
                Arguments.of(
                        "Monte Carlo",
                        List.of("bargain", ISSUE.toString(), "--runs", "200", "--seed", "3"),
                        "/api/bargaining/montecarlo?runs=200&seed=3"),
                Arguments.of(
                        "room to manoeuvre",
                        List.of("manoeuvre", ISSUE.toString(), "--focal", "Kazakhstan", "--vary", "USA"),
                        "/api/bargaining/manoeuvre?focal=Kazakhstan&vary=USA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bargainingQuestions")
    void a_bargaining_question_gets_the_same_document_from_both_doors(String question, List<String> args, String path)
            throws IOException {
        JsonNode fromCli = cli(args);
        JsonNode fromApi = api(http.send("POST", path, Files.readString(ISSUE), "Content-Type", "application/yaml"));
        assertSame(fromCli, fromApi);
        assertThat(OpenApiSchemas.violations("post", path, fromApi))
                .as("the API's answer against openapi.json")
                .isEmpty();
    }

    /**
     * A strategy study asked of both doors: the same study file, the same seed (the study's own, stated by both
     * answers) and the same number of scenarios. The API runs it as a job and stores the experiment; the command
     * line is told not to store, so only the experiment's id and the time taken may differ.
     */
    @Test
    void a_strategy_study_gets_the_same_comparison_from_both_doors() throws IOException, InterruptedException {
        Path study = Path.of("../examples/strategy/kazakhstan-autonomy.yaml");
        JsonNode fromCli = cli(List.of(
                "strategy",
                study.toString(),
                "--analyses",
                "compare",
                "--scenarios",
                "6",
                "--no-store",
                "--no-progress",
                "--threads",
                "1"));
        HttpResponse<String> started = http.send(
                "POST",
                "/api/strategy/runs?scenarios=6&analyses=compare",
                Files.readString(study),
                "Content-Type",
                "application/yaml");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = Http.json(started).get("id").asText();
        JsonNode finished = null;
        for (int i = 0; i < 1200 && finished == null; i++) {
            JsonNode state = api(http.get("/api/jobs/" + job));
            if (!state.get("finished").isNull()) {
                finished = state;
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(finished).as("the study's job finishes").isNotNull();
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("succeeded");
        assertThat(OpenApiSchemas.violations("get", "/api/jobs/" + job, finished))
                .as("the job against openapi.json")
                .isEmpty();
        JsonNode fromApi = finished.get("result");

        assertThat(fromCli.get("seed").asLong())
                .as("the study's own seed at both doors")
                .isEqualTo(20251201L)
                .isEqualTo(fromApi.get("seed").asLong());
        assertThat(fromCli.get("scenarios").asInt()).isEqualTo(6);
        assertThat(fromApi.get("experimentId").isNumber())
                .as("the API stores the experiment")
                .isTrue();
        assertThat(fromCli.get("robustness").get("policies")).isNotEmpty();
        assertSame(
                without(fromCli, "experimentId", "elapsedSeconds"), without(fromApi, "experimentId", "elapsedSeconds"));
    }

    @Test
    void a_stored_ensemble_reads_the_same_from_both_doors() {
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "simulate",
                "../examples/scenarios/baseline.yaml",
                "--runs",
                "20",
                "--seed",
                "5",
                "--threads",
                "1",
                "--no-progress",
                "--store",
                store.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode list = cli(List.of("runs", "list", "--store", store.toString()));
        JsonNode listed = api(http.get("/api/runs"));
        assertSame(list, listed);
        assertThat(OpenApiSchemas.violations("get", "/api/runs", listed))
                .as("the API's list against openapi.json")
                .isEmpty();
        String id = list.get(list.size() - 1).get("id").asText();
        JsonNode shown = cli(List.of("runs", "show", id, "--store", store.toString()));
        JsonNode stored = api(http.get("/api/runs/" + id));
        assertSame(shown, stored);
        assertThat(OpenApiSchemas.violations("get", "/api/runs/" + id, stored))
                .as("the API's ensemble against openapi.json")
                .isEmpty();
        assertThat(shown.get("series")).isNotEmpty();
        assertThat(shown.get("series").get(0).get("p50"))
                .hasSize(shown.get("series").get(0).get("periods").size());
    }

    @Test
    void the_openapi_check_would_catch_a_renamed_or_mistyped_field() throws IOException {
        JsonNode allocation = api(http.get("/api/datasets/kazakhstan/corridors/allocation"));
        com.fasterxml.jackson.databind.node.ObjectNode renamed = allocation.deepCopy();
        renamed.set("flow", renamed.remove("delivered"));
        com.fasterxml.jackson.databind.node.ObjectNode mistyped = allocation.deepCopy();
        mistyped.put("demand", "much");

        assertThat(OpenApiSchemas.violations("get", "/api/datasets/kazakhstan/corridors/allocation", renamed))
                .isNotEmpty();
        assertThat(OpenApiSchemas.violations("get", "/api/datasets/kazakhstan/corridors/allocation", mistyped))
                .isNotEmpty();
    }

    @Test
    void reduce_leaves_the_share_given_from_both_doors() {
        JsonNode fromApi = api(http.get("/api/datasets/kazakhstan/corridors/allocation?reduce=CPC_SEA:0.2"));
        JsonNode fromCli = cli(List.of("corridors", "KAZ", "--reduce", "CPC_SEA:0.2"));
        for (JsonNode document : List.of(fromApi, fromCli)) {
            JsonNode link = link(document, "CPC_SEA");
            assertThat(link.get("availableCapacity").asDouble())
                    .as("CPC_SEA:0.2 leaves 20 %")
                    .isCloseTo(0.2 * link.get("capacity").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void a_bad_request_names_the_same_rule_at_both_doors() {
        HttpResponse<String> response = http.get("/api/datasets/kazakhstan/corridors/allocation?cut=NOWHERE");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()), new PrintWriter(err), "corridors", "KAZ", "--cut", "NOWHERE");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).toString()).contains("cut").contains("no crude link 'NOWHERE'");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("--cut: no crude link 'NOWHERE'");
    }

    private static JsonNode link(JsonNode allocation, String id) {
        for (JsonNode link : allocation.get("links")) {
            if (link.get("id").asText().equals(id)) {
                return link;
            }
        }
        throw new AssertionError("no link " + id + " in " + allocation);
    }

    private static JsonNode cli(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--format", "json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        assertThat(code).as("multivector %s: %s", String.join(" ", all), err).isZero();
        try {
            return Http.MAPPER.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode api(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static void assertSame(JsonNode fromCli, JsonNode fromApi) {
        JsonNode cli = fromCli.deepCopy();
        JsonNode api = fromApi.deepCopy();
        strip(cli);
        strip(api);
        assertThat(cli)
                .as("the command line's document (left) and the API's (right)")
                .isEqualTo(api);
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove(DOOR_SPECIFIC);
        }
        node.forEach(SameAnswerFromBothDoorsIT::strip);
    }

    /** A copy of the document without these top-level fields. */
    private static JsonNode without(JsonNode document, String... fields) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = document.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
