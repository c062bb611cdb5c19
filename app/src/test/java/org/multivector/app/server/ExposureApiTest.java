package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The exposure endpoint over the embedded Kazakhstan case: the balance among the powers. */
class ExposureApiTest extends AbstractApiTest {

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
        assertThat(http.get(KAZ + "/exposure/KAZ?from=2020&to=2016").statusCode())
                .isEqualTo(400);
    }
}
