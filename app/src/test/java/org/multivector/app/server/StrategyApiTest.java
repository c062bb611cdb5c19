package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategy studies over HTTP: the shipped example validates, a mistake comes back with its line, a study runs as a job. */
class StrategyApiTest extends AbstractApiTest {

    @Test
    void theExampleStudyValidates() {
        String study = example("/api/strategy/examples", "kazakhstan-autonomy.yaml");

        HttpResponse<String> response =
                http.send("POST", "/api/strategy/validate", study, "Content-Type", "application/yaml");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode summary = Http.json(response);
        assertThat(summary.get("levers").size()).isEqualTo(10);
        assertThat(summary.get("policies").get(0).asText()).isEqualTo("status-quo");
    }

    @Test
    void aMistakeComesBackWithItsLineAndColumn() {
        String study =
                example("/api/strategy/examples", "kazakhstan-autonomy.yaml").replace("sense: max}", "sense: up}");

        HttpResponse<String> response =
                http.send("POST", "/api/strategy/validate", study, "Content-Type", "application/yaml");

        assertThat(response.statusCode()).isBetween(400, 422);
        JsonNode error = Http.json(response).get("errors").get(0);
        assertThat(error.get("detail").asText()).contains("'study.outcomes.room.sense': 'up' is not one of: max, min");
        assertThat(error.get("line").asInt()).isPositive();
    }

    @Test
    void aStudyRunsAsAJobAndReturnsItsComparison() throws Exception {
        String study = example("/api/strategy/examples", "kazakhstan-autonomy.yaml");
        HttpResponse<String> started = http.send(
                "POST",
                "/api/strategy/runs?scenarios=4&analyses=compare,discover",
                study,
                "Content-Type",
                "application/yaml");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = Http.json(started).get("id").asText();
        JsonNode finished = null;
        for (int i = 0; i < 1200 && finished == null; i++) {
            JsonNode state = Http.json(http.get("/api/jobs/" + job));
            if (!state.get("finished").isNull()) {
                finished = state;
            }
            Thread.sleep(100);
        }

        assertThat(finished).isNotNull();
        assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("succeeded");
        JsonNode result = finished.get("result");
        assertThat(result.get("scenarios").asInt()).isEqualTo(4);
        assertThat(result.get("robustness").get("policies")).hasSize(8);
        assertThat(result.get("discovery").get("box").get("coverage").asDouble())
                .isBetween(0.0, 1.0);
        assertThat(result.get("experimentId").asInt()).isPositive();
    }
}
