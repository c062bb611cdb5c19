package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The corridor endpoints over the embedded Kazakhstan network: allocation under disruptions, exposure, criticality. */
class CorridorsApiTest extends AbstractApiTest {

    @Test
    void closing_a_jurisdiction_for_part_of_the_year_loses_part_of_the_volume() {
        JsonNode base = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude"));
        JsonNode closed = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&close=RUS"));
        JsonNode quarter = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&close=RUS&start=0&days=91"));
        assertThat(base.get("lost").asDouble()).isZero();
        assertThat(closed.get("delivered").asDouble())
                .isLessThan(base.get("delivered").asDouble());
        assertThat(closed.get("delivered").asDouble()
                        + closed.get("undelivered").asDouble())
                .isCloseTo(closed.get("demand").asDouble(), within(1e-6));
        assertThat(quarter.get("lost").asDouble())
                .isStrictlyBetween(0.0, closed.get("lost").asDouble());
        assertThat(closed.get("disruptions").get(0).get("label").asText()).contains("RUS");
    }

    @Test
    void reduce_leaves_the_share_it_names_and_cut_means_what_it_means_on_the_command_line() {
        JsonNode left = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&reduce=CPC_SEA:0.2"));
        assertThat(left.get("disruptions").get(0).get("label").asText()).startsWith("cut CPC_SEA by 80%");
        JsonNode cut = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&cut=CPC_SEA=67%25"));
        assertThat(cut.get("disruptions").get(0).get("label").asText()).startsWith("cut CPC_SEA by 67%");
        JsonNode closed = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&cut=CPC_SEA"));
        assertThat(closed.get("disruptions").get(0).get("label").asText()).startsWith("cut CPC_SEA by 100%");
        JsonNode leftEverything = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude&reduce=CPC_SEA:1"));
        JsonNode base = Http.json(http.get(KAZ + "/corridors/allocation?commodity=crude"));
        assertThat(leftEverything.get("delivered").asDouble())
                .isEqualTo(base.get("delivered").asDouble());
    }

    @Test
    void corridor_parameters_are_checked_and_named() {
        assertThat(problemField(http.get(KAZ + "/corridors/allocation?close=ATLANTIS")))
                .isEqualTo("close");
        assertThat(problemField(http.get(KAZ + "/corridors/allocation?cut=NO_SUCH_LINK")))
                .isEqualTo("cut");
        assertThat(problemField(http.get(KAZ + "/corridors/allocation?reduce=CPC_KZ:1.5")))
                .isEqualTo("reduce");
        assertThat(problemField(http.get(KAZ + "/corridors/allocation?close=RUS&start=300&days=100")))
                .isEqualTo("days");
        assertThat(problemField(http.get(KAZ + "/corridors?commodity=gold"))).isEqualTo("commodity");
        assertThat(problemField(http.get(KAZ + "/corridors?year=1999"))).isEqualTo("year");
        assertThat(http.get("/api/datasets/midland/corridors").statusCode()).isEqualTo(404);
    }

    @Test
    void corridor_network_has_coordinates_and_exposure_ranks_losses() {
        JsonNode network = Http.json(http.get(KAZ + "/corridors?commodity=crude"));
        assertThat(network.get("nodes")).isNotEmpty();
        for (JsonNode node : network.get("nodes")) {
            assertThat(node.get("latitude").asDouble()).isBetween(-90.0, 90.0);
            assertThat(node.get("longitude").asDouble()).isBetween(-180.0, 180.0);
        }
        JsonNode exposure = Http.json(http.get(KAZ + "/corridors/exposure?commodity=crude"));
        double previous = Double.MAX_VALUE;
        for (JsonNode row : exposure.get("jurisdictions")) {
            assertThat(row.get("lossIfClosed").asDouble()).isLessThanOrEqualTo(previous);
            previous = row.get("lossIfClosed").asDouble();
        }
        assertThat(Http.json(http.get(KAZ + "/corridors/criticality?commodity=crude"))
                        .get("singleFailures"))
                .isNotEmpty();
    }

    @Test
    void control_names_owners_and_shares_per_scenario() {
        JsonNode control = Http.json(http.get(KAZ + "/corridors/control?commodity=crude"));
        assertThat(control.get("powers").toString()).contains("RUS", "USA", "CHN");
        assertThat(control.get("scenarios").get(0).get("scenario").asText()).isEqualTo("status quo");
        for (JsonNode scenario : control.get("scenarios")) {
            for (JsonNode share : scenario.get("shares")) {
                assertThat(share.get("stakeWeightedShare").asDouble()).isBetween(0.0, 1.0 + 1e-9);
                assertThat(share.get("controlledShare").asDouble()).isBetween(0.0, 1.0 + 1e-9);
            }
        }
        assertThat(control.get("links").toString()).contains("Transneft", "CNPC", "https://");
    }
}
