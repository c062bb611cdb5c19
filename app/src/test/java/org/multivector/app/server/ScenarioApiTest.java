package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios and stored runs: validation with located problems, runs as jobs saved in the run store, surviving a restart. */
class ScenarioApiTest extends AbstractApiTest {

    @Test
    void a_scenario_run_is_stored_and_survives_a_restart() throws Exception {
        String scenario = example("/api/scenarios/examples", "baseline.yaml");
        HttpResponse<String> started =
                http.send("POST", "/api/scenarios/runs?runs=60&seed=5", scenario, "Content-Type", "application/yaml");
        assertThat(started.statusCode()).isEqualTo(202);
        String job = Http.json(started).get("id").asText();
        JsonNode finished = null;
        for (int i = 0; i < 600 && finished == null; i++) {
            JsonNode state = Http.json(http.get("/api/jobs/" + job));
            if (!state.get("finished").isNull()) {
                finished = state;
            }
            Thread.sleep(100);
        }
        assertThat(finished).isNotNull();
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("succeeded");
        int runId = finished.get("result").get("runId").asInt();

        try (DashboardServer restarted =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), store)) {
            Http again = new Http(restarted.port());
            JsonNode run = Http.json(again.get("/api/runs/" + runId));
            assertThat(run.get("summary").get("runsCompleted").asInt()).isEqualTo(60);
            assertThat(run.get("summary").get("seed").asLong()).isEqualTo(5);
            JsonNode series = run.get("series").get(0);
            assertThat(series.get("periods")).isNotEmpty();
            for (int k = 0; k < series.get("periods").size(); k++) {
                assertThat(series.get("p05").get(k).asDouble())
                        .isLessThanOrEqualTo(series.get("p50").get(k).asDouble());
                assertThat(series.get("p50").get(k).asDouble())
                        .isLessThanOrEqualTo(series.get("p95").get(k).asDouble());
            }
            assertThat(again.get("/api/runs").body()).contains("\"id\":" + runId);
        }
    }

    @Test
    void a_broken_scenario_is_refused_with_every_problem_located_and_nothing_runs() {
        HttpResponse<String> response = http.send(
                "POST", "/api/scenarios/runs", "name: broken\nbaseYear: soon\n", "Content-Type", "application/yaml");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = Http.json(response).get("errors");
        assertThat(errors).isNotEmpty();
        assertThat(errors.findValues("line")).isNotEmpty();
        assertThat(problemField(http.send(
                        "POST",
                        "/api/scenarios/validate?dataset=atlantis",
                        example("/api/scenarios/examples", "baseline.yaml"),
                        "Content-Type",
                        "application/yaml")))
                .isEqualTo("dataset");
        assertThat(problemField(http.get("/api/runs/abc"))).isEqualTo("id");
        assertThat(problemField(http.get("/api/runs/999999"))).isEqualTo("id");
    }

    @Test
    void an_unusable_run_store_is_a_503_problem_not_a_crash() throws Exception {
        Path folder = java.nio.file.Files.createTempDirectory("not-a-store");
        try (DashboardServer broken =
                DashboardServer.start(ServerSettings.loopback(0), Fixtures.midlandCatalog(), folder)) {
            HttpResponse<String> response = new Http(broken.port()).get("/api/runs");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith(DashboardServer.PROBLEM_JSON);
            assertThat(response.body()).doesNotContain("\tat ", "SQLException");
        }
    }
}
