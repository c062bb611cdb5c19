package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The exposure endpoint over the embedded Kazakhstan case: the balance among the powers. */
class ExposureApiTest {

    static DashboardServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final String KAZ = "/api/datasets/kazakhstan";

    static String problemField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 404);
        return Http.json(response).get("errors").get(0).get("field").asText();
    }

    static String example(String path, String name) {
        for (JsonNode example : Http.json(http.get(path))) {
            if (example.get("name").asText().equals(name)) {
                return example.get("text").asText();
            }
        }
        throw new AssertionError("no example " + name);
    }

    @Test
    void exposure_gives_the_balance_among_the_powers_with_sources() {
        JsonNode report = Http.json(http.get(KAZ + "/exposure/KAZ"));
        assertThat(report.get("powers").findValuesAsText("code")).containsExactly("RUS", "CHN", "USA", "EU");
        assertThat(report.get("balance")).isNotEmpty();
        JsonNode year = report.get("balance").get(0);
        double sum = 0;
        for (JsonNode closeness : year.get("closeness")) {
            sum += closeness.asDouble();
        }
        assertThat(year.get("level").asDouble()).isCloseTo(sum, within(1e-9));
        assertThat(year.get("evenness").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("sources")).isNotEmpty();
        assertThat(http.get(KAZ + "/exposure/KAZ?powers=RUS,XXX").statusCode()).isEqualTo(400);
        assertThat(http.get(KAZ + "/exposure/KAZ?from=2020&to=2016").statusCode()).isEqualTo(400);
    }

}
