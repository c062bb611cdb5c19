package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Datasets sent through the API: validated like folders, problems located, size limited, nothing partial kept. */
class DatasetUploadTest {

    static DashboardServer server;
    static Http http;
    static String manifest;
    static String figures;

    @BeforeAll
    static void start() throws IOException {
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.midlandCatalog(), Fixtures.tempStore());
        http = new Http(server.port());
        manifest = Files.readString(Fixtures.midlandFolder().resolve("manifest.yaml"));
        figures = Files.readString(Fixtures.midlandFolder().resolve("figures.csv"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String upload(String manifestText, String figuresText) {
        ObjectNode body = Http.MAPPER.createObjectNode();
        ObjectNode files = body.putObject("files");
        files.put("manifest.yaml", manifestText);
        files.put("figures.csv", figuresText);
        return body.toString();
    }

    static HttpResponse<String> post(String body) {
        return http.send("POST", "/api/datasets", body, "Content-Type", "application/json");
    }

    @Test
    void a_valid_dataset_is_served_at_once() {
        HttpResponse<String> response = post(upload(manifest.replace("name: midland", "name: midland-copy"), figures));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(Http.json(response).get("name").asText()).isEqualTo("midland-copy");
        assertThat(http.get("/api/datasets/midland-copy/profile/MDL?year=2020").statusCode())
                .isEqualTo(200);
        assertThat(Http.json(http.get("/api/datasets")).findValuesAsText("name"))
                .contains("midland", "midland-copy");
    }

    @Test
    void a_taken_name_is_a_conflict() {
        HttpResponse<String> response = post(upload(manifest, figures));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Http.json(response).get("errors").get(0).get("field").asText())
                .isEqualTo("manifest.yaml");
    }

    @Test
    void every_problem_comes_back_with_file_line_and_column_and_nothing_is_kept() {
        String broken = figures.replaceFirst("MDL,RUS,exports,2015,1500,", "MDL,RUS,exports,2015,lots,");
        HttpResponse<String> response = post(upload(manifest.replace("name: midland", "name: broken"), broken));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardServer.PROBLEM_JSON);
        JsonNode error = Http.json(response).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("figures.csv");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo("MDL,RUS,exports,2015,".length() + 1);
        assertThat(error.get("detail").asText()).contains("lots");
        assertThat(http.get("/api/datasets/broken").statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_json_is_located() {
        HttpResponse<String> response = post("{\"files\": {\n  \"manifest.yaml\": oops}}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.json(response).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("body");
        assertThat(error.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void the_body_must_be_json_with_safe_file_names() {
        HttpResponse<String> yaml = http.send("POST", "/api/datasets", "name: x", "Content-Type", "application/yaml");
        assertThat(yaml.statusCode()).isEqualTo(415);
        assertThat(Http.json(yaml).get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        HttpResponse<String> escape = post("{\"files\": {\"manifest.yaml\": \"x\", \"../evil.csv\": \"x\"}}");
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(Http.json(escape).get("errors").get(0).get("field").asText()).startsWith("files.");
        assertThat(post("{\"files\": []}").statusCode()).isEqualTo(400);
        assertThat(post("[]").statusCode()).isEqualTo(400);
        assertThat(post("").statusCode()).isEqualTo(400);
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() {
        String huge = upload(manifest, "x".repeat((int) ServerSettings.DEFAULT_MAX_REQUEST_BYTES + 10));
        HttpResponse<String> response = post(huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardServer.PROBLEM_JSON);
    }
}
