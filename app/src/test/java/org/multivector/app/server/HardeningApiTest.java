package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.multivector.app.store.RunStore;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, what breaks it, and how much work one client may ask for: the failures of issue 17, each reproduced. */
class HardeningApiTest {

    static final String TOKEN = "0123456789abcdef-hardening-token";

    private static DashboardServer loopback() {
        return DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore());
    }

    @Test
    void with_a_token_every_endpoint_but_health_and_the_pages_requires_it() {
        ServerSettings settings = ServerSettings.loopback(0).withToken(TOKEN);
        try (DashboardServer server = DashboardServer.start(settings, Fixtures.servedCatalog(), Fixtures.tempStore())) {
            Http http = new Http(server.port());
            JsonNode document = Http.json(http.get("/openapi.json"));
            List<String> open = new ArrayList<>();
            int checked = 0;
            for (Iterator<Map.Entry<String, JsonNode>> paths =
                            document.get("paths").fields();
                    paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
                    if (concrete.equals("/api/health") || !concrete.startsWith("/api/")) {
                        continue;
                    }
                    HttpResponse<String> response = http.send(
                            method,
                            concrete,
                            method.equals("GET") || method.equals("DELETE") ? null : "x",
                            "Content-Type",
                            "text/plain");
                    checked++;
                    if (response.statusCode() != 401) {
                        open.add(method + " " + concrete + " -> " + response.statusCode());
                    }
                }
            }
            assertThat(checked).isGreaterThan(20);
            assertThat(open).isEmpty();
            assertThat(http.get("/api/health").statusCode()).isEqualTo(200);
            assertThat(http.get("/profile.html").statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/runs"))
                                    .header("Authorization", "Bearer " + TOKEN))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_dns_rebinding_page_cannot_start_runs_or_delete_them() {
        try (DashboardServer server = loopback()) {
            String evil = "evil.example:" + server.port();
            String post = RawHttp.exchange(
                    server.port(),
                    "POST /api/scenarios/runs HTTP/1.1\r\nHost: " + evil + "\r\nOrigin: http://" + evil
                            + "\r\nContent-Type: text/plain\r\nContent-Length: 7\r\nConnection: close\r\n\r\nname: x");
            String delete = RawHttp.exchange(
                    server.port(),
                    "DELETE /api/runs/1 HTTP/1.1\r\nHost: " + evil + "\r\nOrigin: http://" + evil
                            + "\r\nConnection: close\r\n\r\n");
            String read = RawHttp.exchange(
                    server.port(), "GET /api/runs HTTP/1.1\r\nHost: " + evil + "\r\nConnection: close\r\n\r\n");
            String local = RawHttp.exchange(
                    server.port(),
                    "GET /api/runs HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n");

            assertThat(RawHttp.status(post)).as(post).isEqualTo(403);
            assertThat(post).contains(DashboardServer.PROBLEM_JSON, "does not answer to the name");
            assertThat(RawHttp.status(delete)).isEqualTo(403);
            assertThat(RawHttp.status(read)).isEqualTo(403);
            assertThat(RawHttp.status(local)).as(local).isEqualTo(200);
        }
    }

    @Test
    void a_sandboxed_page_with_origin_null_is_refused() {
        try (DashboardServer server = loopback()) {
            HttpResponse<String> response = new Http(server.port())
                    .send("POST", "/api/scenarios/runs", "name: x", "Content-Type", "text/plain", "Origin", "null");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Http.json(response).get("errors").get(0).get("detail").asText())
                    .contains("null");
        }
    }

    @Test
    void stored_runs_do_not_show_the_local_path_of_the_scenario_file() throws Exception {
        Path store = Fixtures.tempStore();
        Path file = Path.of("..", "examples", "scenarios", "baseline.yaml");
        ScenarioModel model = ScenarioModel.compile(
                ScenarioReader.read(file), org.multivector.dataset.Datasets.defaultDataset(), file.toString());
        EnsembleResult result = new LocalEnsembleRunner()
                .run(model, new EnsembleRequest(2, 1, Design.MONTE_CARLO, 1), EnsembleListener.NONE, () -> false);
        try (RunStore runStore = RunStore.open(store)) {
            runStore.save(
                    new RunStore.Metadata(
                            "baseline",
                            "/home/analyst/secret-plans/baseline.yaml",
                            "h",
                            "name: baseline",
                            "kazakhstan",
                            "test",
                            1,
                            0.1),
                    result);
        }
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), store)) {
            Http http = new Http(server.port());
            String list = http.get("/api/runs").body();
            String one = http.get("/api/runs/1").body();
            assertThat(list).contains("\"scenarioFile\":\"baseline.yaml\"").doesNotContain("secret-plans", "/home/");
            assertThat(one)
                    .doesNotContain("secret-plans", "/home/", store.getParent().toString());
        }
    }

    @Test
    void a_lone_surrogate_in_an_upload_and_a_body_shorter_than_its_length_are_client_errors() {
        try (DashboardServer server = loopback()) {
            HttpResponse<String> surrogate = new Http(server.port())
                    .send(
                            "POST",
                            "/api/datasets",
                            "{\"files\": {\"manifest.yaml\": \"name: x\\ud800\"}}",
                            "Content-Type",
                            "application/json");
            String early = RawHttp.exchange(
                    server.port(),
                    "POST /api/scenarios/validate HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nname: x\n");

            assertThat(surrogate.statusCode()).as(surrogate.body()).isBetween(400, 499);
            assertThat(surrogate.body()).contains("not valid Unicode");
            assertThat(RawHttp.status(early)).as(early).isBetween(400, 499);
        }
    }

    @Test
    void a_400_actor_issue_is_refused_at_once_and_too_many_runs_are_refused() {
        StringBuilder csv = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (int i = 0; i < 400; i++) {
            csv.append("Actor")
                    .append(i)
                    .append(',')
                    .append(0.1 + i % 7 / 10.0)
                    .append(',')
                    .append(i % 100)
                    .append(',')
                    .append(0.5)
                    .append('\n');
        }
        StringBuilder fifty = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (int i = 0; i < 50; i++) {
            fifty.append("Actor")
                    .append(i)
                    .append(',')
                    .append(0.1 + i % 7 / 10.0)
                    .append(',')
                    .append(i * 2)
                    .append(',')
                    .append(0.5)
                    .append('\n');
        }
        try (DashboardServer server = loopback()) {
            Http http = new Http(server.port());
            long started = System.nanoTime();
            HttpResponse<String> large = http.send(
                    "POST", "/api/bargaining/montecarlo?runs=1000", csv.toString(), "Content-Type", "text/csv");
            HttpResponse<String> many = http.send(
                    "POST", "/api/bargaining/montecarlo?runs=20000", fifty.toString(), "Content-Type", "text/csv");
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(large.statusCode()).as(large.body()).isEqualTo(422);
            assertThat(large.body()).contains("400 stakeholders");
            assertThat(many.statusCode()).as(many.body()).isEqualTo(422);
            assertThat(Http.json(many).get("errors").get(0).get("field").asText())
                    .isEqualTo("runs");
            assertThat(seconds).as("refused before any work").isLessThan(20);
        }
    }

    /** The eight inputs Jazzer found on 1 December 2026 (bytes a JSON parser may take for UTF-32), sent as uploads. */
    @Test
    void uploads_whose_first_bytes_look_like_utf32_are_client_errors() throws Exception {
        Path corpus = Path.of(getClass()
                .getResource("RequestBodyFuzzTestInputs/datasetUpload")
                .toURI());
        List<Path> found;
        try (var files = java.nio.file.Files.list(corpus)) {
            found = files.filter(f -> f.getFileName().toString().startsWith("utf32-"))
                    .sorted()
                    .toList();
        }
        assertThat(found).hasSize(8);
        try (DashboardServer server = loopback()) {
            Http http = new Http(server.port());
            for (Path input : found) {
                HttpResponse<String> answer =
                        http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/datasets"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(input))));
                assertThat(answer.statusCode())
                        .as(input.getFileName() + ": " + answer.body())
                        .isEqualTo(400);
                assertThat(answer.body()).contains("not valid JSON").doesNotContain("Exception");
            }
        }
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        try (DashboardServer server = loopback()) {
            HttpResponse<String> response = new Http(server.port())
                    .send("POST", "/api/scenarios/validate", "x".repeat(2 << 20), "Content-Type", "text/plain");
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith(DashboardServer.PROBLEM_JSON);
        }
    }

    @Test
    void a_server_on_a_store_that_does_not_exist_yet_answers_16_concurrent_reads() {
        Path store = Fixtures.tempStore();
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), store)) {
            Http http = new Http(server.port());
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(http.client()
                        .sendAsync(
                                HttpRequest.newBuilder(URI.create(http.base() + "/api/runs"))
                                        .timeout(Duration.ofSeconds(120))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses =
                    answers.stream().map(f -> f.join().statusCode()).toList();
            assertThat(statuses).hasSize(16).containsOnly(200);
        }
        try (RunStore runStore = RunStore.open(store, Duration.ofSeconds(5))) {
            assertThat(runStore.schemaVersion()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void eight_concurrent_scenario_jobs_each_store_their_ensemble_under_their_own_id() throws Exception {
        Path store = Fixtures.tempStore();
        try (DashboardServer server =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), store)) {
            Http http = new Http(server.port());
            String scenario = AbstractApiTestExamples.baseline(http);
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                HttpResponse<String> submitted = http.send(
                        "POST", "/api/scenarios/runs?runs=3&seed=" + i, scenario, "Content-Type", "text/plain");
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
                jobs.add(Http.json(submitted).get("id").asText());
            }
            HttpResponse<String> ninth =
                    http.send("POST", "/api/scenarios/runs?runs=3", scenario, "Content-Type", "text/plain");
            Set<Integer> ids = new HashSet<>();
            for (String job : jobs) {
                JsonNode finished = AbstractApiTestExamples.await(http, job);
                assertThat(finished.get("state").asText())
                        .as(finished.toString())
                        .isEqualTo("succeeded");
                ids.add(finished.get("result").get("runId").asInt());
            }
            assertThat(ninth.statusCode()).isIn(202, 429);
            assertThat(ids).hasSize(8);
            try (RunStore runStore = RunStore.open(store)) {
                for (int id : ids) {
                    RunStore.Summary summary = runStore.find(id).orElseThrow();
                    assertThat(summary.status()).isEqualTo(RunStore.COMPLETE);
                    assertThat(summary.runsCompleted()).isEqualTo(3);
                    assertThat(runStore.valueCount(id)).isPositive();
                    assertThat(runStore.quantiles(id)).isNotEmpty();
                }
            }
        }
    }

    @Test
    void twenty_submissions_at_once_are_bounded_by_the_job_limit() {
        try (DashboardServer server = loopback()) {
            Http http = new Http(server.port());
            String scenario = AbstractApiTestExamples.baseline(http);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(http.client()
                        .sendAsync(
                                HttpRequest.newBuilder(URI.create(http.base() + "/api/scenarios/runs?runs=2"))
                                        .header("Content-Type", "text/plain")
                                        .timeout(Duration.ofSeconds(120))
                                        .POST(HttpRequest.BodyPublishers.ofString(scenario))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses =
                    answers.stream().map(f -> f.join().statusCode()).toList();
            assertThat(statuses).containsOnly(202, 429);
            assertThat(statuses.stream().filter(s -> s == 202).count()).isBetween(1L, (long) JobRegistry.MAX_PENDING);
            for (JsonNode job : Http.json(http.get("/api/jobs"))) {
                http.send("DELETE", "/api/jobs/" + job.get("id").asText(), null);
            }
        }
    }

    @Test
    void refused_computations_give_their_slot_back() {
        try (DashboardServer server = loopback()) {
            Http http = new Http(server.port());
            for (int i = 0; i < 3 * ComputeSlots.SLOTS; i++) {
                assertThat(http.send(
                                        "POST",
                                        "/api/bargaining/forecast",
                                        "not: [an issue",
                                        "Content-Type",
                                        "application/yaml")
                                .statusCode())
                        .isBetween(400, 422);
            }
            HttpResponse<String> after =
                    http.send("POST", "/api/bargaining/forecast", "x", "Content-Type", "application/yaml");
            assertThat(after.statusCode()).as(after.body()).isNotEqualTo(429);
        }
    }
}
