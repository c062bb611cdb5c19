package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The REST API over the fictional Midland dataset: answers, and problems for bad requests. */
class ApiTest {

    static DashboardServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.midlandCatalog(), Fixtures.tempStore());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_says_no_token_is_needed_on_loopback() {
        JsonNode health = Http.json(http.get("/api/health"));
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("tokenRequired").asBoolean()).isFalse();
        assertThat(health.get("defaultDataset").asText()).isEqualTo("midland");
    }

    @Test
    void datasets_lists_the_served_dataset_with_its_dimensions() {
        JsonNode list = Http.json(http.get("/api/datasets"));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("focal").asText()).isEqualTo("MDL");
        JsonNode detail = Http.json(http.get("/api/datasets/midland"));
        assertThat(detail.get("dimensions").findValuesAsText("id")).containsExactly("exports", "imports", "gdp");
        assertThat(detail.get("actors").findValuesAsText("code")).contains("MDL", "CHN", "WLD");
    }

    @Test
    void profile_divides_by_the_reported_world_total() {
        JsonNode profile = Http.json(http.get("/api/datasets/midland/profile/mdl?year=2020&dimension=exports"));
        assertThat(profile.get("country").asText()).isEqualTo("MDL");
        JsonNode china = null;
        for (JsonNode entry : profile.get("entries")) {
            if (entry.get("partner").asText().equals("CHN")) {
                china = entry;
            }
        }
        assertThat(china).isNotNull();
        // fixture, 2020: China 1600, world total 1600+1200+450+275+1050+500 = 5075
        assertThat(china.get("value").asDouble()).isEqualTo(1600.0);
        assertThat(china.get("share").asDouble())
                .isCloseTo(
                        1600.0 / 5075.0, within(1e-6)); // shares are rounded to six decimals in every result document
        assertThat(china.get("rank").asInt()).isEqualTo(1);
        assertThat(china.get("source").get("assumption").asBoolean()).isTrue();
    }

    @Test
    void profile_defaults_to_the_latest_year() {
        assertThat(Http.json(http.get("/api/datasets/midland/profile/MDL"))
                        .get("year")
                        .asInt())
                .isEqualTo(2023);
    }

    @Test
    void series_gives_one_value_per_year_and_mirror_figures_on_request() {
        JsonNode series = Http.json(http.get("/api/datasets/midland/series/MDL?dimension=exports"));
        assertThat(series.get("years")).hasSize(9);
        JsonNode russia = series.get("partners").findParents("code").stream()
                .filter(p -> p.get("code").asText().equals("RUS"))
                .findFirst()
                .orElseThrow();
        assertThat(russia.get("values").get(0).asDouble()).isEqualTo(1500.0);
        assertThat(russia.get("values").get(8).asDouble()).isEqualTo(1500.0 - 60 * 8);
        JsonNode mirror = Http.json(http.get("/api/datasets/midland/series/MDL?dimension=exports&basis=mirror"));
        assertThat(mirror.get("partners").findValuesAsText("code")).containsExactly("CHN");
        assertThat(mirror.get("partners").get(0).get("values").get(0).asDouble())
                .isEqualTo(1100.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/datasets/nowhere",
                "/api/datasets/midland/profile/XXX",
                "/api/datasets/midland/profile/MDL?year=abc",
                "/api/datasets/midland/profile/MDL?year=1900",
                "/api/datasets/midland/profile/MDL?year=99999999999999",
                "/api/datasets/midland/profile/MDL?dimension=oil",
                "/api/datasets/midland/profile/MDL?basis=both",
                "/api/datasets/midland/profile/%00%01",
                "/api/datasets/midland/series/MDL?dimension=%3Cscript%3E",
                "/api/datasets/midland/series/MDL?basis=",
                "/api/jobs/does-not-exist",
                "/api/no/such/route",
                "/../../etc/passwd",
            })
    void bad_requests_get_a_problem_naming_the_field_and_never_a_500(String path) {
        HttpResponse<String> response = http.get(path);
        if (response.statusCode() == 200) {
            // an empty optional parameter is allowed and means the default
            assertThat(path).endsWith("basis=");
            return;
        }
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardServer.PROBLEM_JSON);
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.multivector", "io.javalin");
    }

    @Test
    void an_invalid_parameter_is_named_in_the_problem() {
        JsonNode problem = Http.json(http.get("/api/datasets/midland/profile/MDL?year=abc"));
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("year");
        assertThat(problem.get("detail").asText()).contains("abc");
    }

    @Test
    void state_changing_requests_from_another_site_are_refused() {
        HttpResponse<String> response = http.send("DELETE", "/api/jobs/x", null, "Origin", "http://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.json(response).get("errors").get(0).get("field").asText())
                .isEqualTo("Origin");
    }

    @Test
    void unknown_methods_get_a_problem_too() {
        HttpResponse<String> response = http.send("PUT", "/api/datasets", "{}", "Content-Type", "application/json");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardServer.PROBLEM_JSON);
    }

    @Test
    void pages_and_their_assets_are_served_locally() {
        assertThat(http.get("/profile.html").body())
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
                .doesNotContain("https://");
        assertThat(http.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode())
                .isEqualTo(200);
        assertThat(http.get("/vendor/world-atlas/countries-110m.json").body()).contains("\"Topology\"");
        assertThat(http.get("/vendor/topojson-client/topojson-client.min.js").statusCode())
                .isEqualTo(200);
    }
}
