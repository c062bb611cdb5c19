package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A dashboard server on a free loopback port over the served test catalogue, shared by an API test class. */
abstract class AbstractApiTest {

    static Path store;
    static DashboardServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.tempStore();
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), store);
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
}
