package org.multivector.app.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Security defaults: loopback unless a token is set, and the token on every API request but the health check. */
class SecurityTest {

    static final String TOKEN = "0123456789abcdef-test-token";

    @Test
    void any_address_other_than_loopback_needs_a_token() {
        ServerSettings open =
                new ServerSettings("0.0.0.0", 0, Optional.empty(), ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
        assertThatThrownBy(() -> DashboardServer.start(open, Fixtures.midlandCatalog(), Fixtures.tempStore()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without an API token")
                .hasMessageContaining("MULTIVECTOR_TOKEN", Fixtures.tempStore());
    }

    @Test
    void a_short_token_is_refused() {
        ServerSettings weak =
                new ServerSettings("0.0.0.0", 0, Optional.of("secret"), ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
        assertThatThrownBy(weak::checkSafe).hasMessageContaining("at least 16");
    }

    @Test
    void loopback_names_are_recognised() {
        assertThat(ServerSettings.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServerSettings.isLoopback("localhost")).isTrue();
        assertThat(ServerSettings.isLoopback("::1")).isTrue();
        assertThat(ServerSettings.isLoopback("0.0.0.0")).isFalse();
    }

    @Test
    void with_a_token_reads_and_changes_need_the_token() {
        ServerSettings settings =
                new ServerSettings("0.0.0.0", 0, Optional.of(TOKEN), ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
        try (DashboardServer server =
                DashboardServer.start(settings, Fixtures.midlandCatalog(), Fixtures.tempStore())) {
            Http http = new Http(server.port());
            assertThat(http.get("/api/datasets").statusCode()).isEqualTo(401);
            assertThat(Http.json(http.get("/api/health")).get("tokenRequired").asBoolean())
                    .isTrue();

            HttpResponse<String> none = http.send("DELETE", "/api/jobs/x", null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardServer.PROBLEM_JSON);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");

            assertThat(http.send("DELETE", "/api/jobs/x", null, "Authorization", "Bearer wrong-token-0000000")
                            .statusCode())
                    .isEqualTo(401);
            // with the token the request goes through, to the 404 of an unknown job
            assertThat(http.send("DELETE", "/api/jobs/x", null, "Authorization", "Bearer " + TOKEN)
                            .statusCode())
                    .isEqualTo(404);
        }
    }
}
