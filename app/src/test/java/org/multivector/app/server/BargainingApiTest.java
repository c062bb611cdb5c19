package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The bargaining endpoints on the shipped examples: forecast by round, Monte Carlo, room to manoeuvre. */
class BargainingApiTest extends AbstractApiTest {

    @Test
    void bargaining_forecasts_round_by_round_and_maps_the_room() {
        String issue = example("/api/bargaining/examples", "oil-export-routing.yaml");
        JsonNode forecast = Http.json(
                http.send("POST", "/api/bargaining/forecast?rounds=5", issue, "Content-Type", "application/yaml"));
        assertThat(forecast.get("rounds")).hasSize(6);
        assertThat(forecast.get("rounds").get(0).get("positions"))
                .hasSize(forecast.get("stakeholders").size());
        assertThat(forecast.get("forecast").get("weightedMedian").asDouble()).isBetween(0.0, 100.0);
        JsonNode room = Http.json(http.send(
                "POST",
                "/api/bargaining/manoeuvre?focal=Kazakhstan&vary=USA&from=0&to=1&step=0.5",
                issue,
                "Content-Type",
                "application/yaml"));
        assertThat(room.get("curve")).hasSize(3);
        assertThat(room.get("curve").get(2).get("share").asDouble()).isBetween(0.0, 1.0);
        JsonNode mc = Http.json(http.send(
                "POST", "/api/bargaining/montecarlo?runs=200&seed=7", issue, "Content-Type", "application/yaml"));
        assertThat(mc.get("finalMedian").get("p05").asDouble())
                .isLessThanOrEqualTo(mc.get("finalMedian").get("p95").asDouble());
    }

    @Test
    void a_broken_issue_comes_back_with_line_and_column() {
        HttpResponse<String> response = http.send(
                "POST",
                "/api/bargaining/forecast",
                "issue: x\nscale: {min: 0, max: 100}\nstakeholders:\n  - actor: A\n    capability: lots\n",
                "Content-Type",
                "application/yaml");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = Http.json(response).get("errors").get(0);
        assertThat(error.get("line").asInt()).isPositive();
        assertThat(problemField(http.send(
                        "POST",
                        "/api/bargaining/manoeuvre?focal=Nobody&vary=USA",
                        example("/api/bargaining/examples", "oil-export-routing.yaml"),
                        "Content-Type",
                        "application/yaml")))
                .isEqualTo("focal");
    }
}
