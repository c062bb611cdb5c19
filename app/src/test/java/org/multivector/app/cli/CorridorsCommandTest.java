package org.multivector.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorridorsCommandTest {

    @Test
    void closing_russia_shows_what_still_reaches_a_market_and_by_which_route() throws IOException {
        CliRun run = CliRun.of("corridors", "KAZ", "--commodity", "crude", "--close", "RUS", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        double demand = root.get("demand").asDouble();
        double delivered = root.get("delivered").asDouble();
        double undelivered = root.get("undelivered").asDouble();
        assertThat(root.get("unit").asText()).isEqualTo("Mt");
        assertThat(demand).isEqualTo(70.5);
        assertThat(delivered + undelivered).isCloseTo(demand, within(1e-6));
        assertThat(delivered).isPositive().isLessThan(demand);
        assertThat(root.get("rerouted").asDouble()).isPositive();
        double onRoutes = 0;
        for (JsonNode route : root.get("routes")) {
            onRoutes += route.get("volume").asDouble();
            if (route.get("volume").asDouble() > 0) {
                assertThat(route.get("jurisdictions").toString()).doesNotContain("RUS");
            }
        }
        assertThat(onRoutes).isCloseTo(delivered, within(1e-6));
        for (JsonNode link : root.get("links")) {
            assertThat(link.get("source").get("url").asText()).startsWith("http");
        }
        for (JsonNode node : root.get("nodes")) {
            assertThat(node.has("latitude")).isTrue();
            assertThat(node.has("longitude")).isTrue();
        }
        assertThat(root.get("revenueAtRiskMillionUsd").asDouble()).isPositive();
    }

    @Test
    void the_table_cites_a_source_for_every_capacity() {
        CliRun run = CliRun.of("corridors", "KAZ", "--close", "RUS");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("delivered to a market", "undelivered", "rerouted", "CPC_KZ", "[1] ", "https://");
    }

    @Test
    void cuts_additions_dates_and_events_parse_and_every_report_runs() {
        assertThat(CliRun.of(
                                "corridors",
                                "KAZ",
                                "--cut",
                                "CPC_SEA=67%",
                                "--from",
                                "03-01",
                                "--to",
                                "03-31",
                                "--add",
                                "TCOP=+20Mt",
                                "--format",
                                "csv")
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("corridors", "KAZ", "--event", "CPC-2023-11").out())
                .contains("close CPC_SEA for 5 days");
        for (String report :
                new String[] {"exposure", "criticality", "expansion", "calibration", "control", "history", "network"}) {
            for (String format : new String[] {"table", "json", "csv"}) {
                CliRun run = CliRun.of("corridors", "KAZ", "--report", report, "--format", format);
                assertThat(run.exitCode())
                        .as(report + " " + format + ": " + run.err())
                        .isZero();
            }
        }
        CliRun containers =
                CliRun.of("corridors", "KAZ", "--commodity", "containers", "--close", "RUS", "--format", "json");
        assertThat(containers.exitCode()).isZero();
        assertThat(containers.out()).contains("\"unit\" : \"TEU\"", "AKTC_BAKP");
    }

    @Test
    void the_calibration_report_sets_least_cost_scheduled_and_persistence_beside_each_published_volume()
            throws IOException {
        CliRun run = CliRun.of("corridors", "KAZ", "--report", "calibration", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        int rows = root.get("rows").size();
        assertThat(root.get("scheduledReproduced").asInt())
                .isGreaterThan(root.get("persistenceReproduced").asInt())
                .isGreaterThan(root.get("reproduced").asInt())
                .isLessThanOrEqualTo(rows);
        for (JsonNode row : root.get("rows")) {
            assertThat(row.get("sample").asText()).isIn("in", "out", "none");
            assertThat(row.get("source").get("url").asText()).startsWith("http");
            assertThat(row.get("scheduledMiss").isNull())
                    .as("a reason exactly where the schedule misses")
                    .isEqualTo(row.get("scheduledReproduced").asBoolean());
        }
        for (JsonNode entry : root.get("schedule")) {
            assertThat(entry.get("kind").asText()).isIn("contract", "plan", "quota", "estimate");
            assertThat(entry.get("volume").asDouble()).isPositive();
        }
        CliRun table = CliRun.of("corridors", "KAZ", "--report", "calibration");
        assertThat(table.out())
                .contains(
                        "in-sample",
                        "out-of-sample",
                        "persistence",
                        "Schedule:",
                        "Why the scheduled allocation misses these figures:");
    }

    @Test
    void the_calibration_refits_on_the_years_given_and_refuses_years_without_observations() throws IOException {
        CliRun run = CliRun.of("corridors", "KAZ", "--report", "calibration", "--fit", "2022", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        for (JsonNode row : root.get("rows")) {
            if (row.get("commodity").asText().equals("crude")) {
                assertThat(row.get("sample").asText()).isEqualTo(row.get("year").asInt() == 2022 ? "in" : "out");
            }
        }
        for (JsonNode entry : root.get("schedule")) {
            if (entry.get("kind").asText().equals("estimate")) {
                assertThat(entry.get("fitYears").toString()).isEqualTo("[2022]");
            }
        }
        CliRun refused = CliRun.of("corridors", "KAZ", "--report", "calibration", "--fit", "2021");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("--fit [2021]", "no fit year [2021]").doesNotContain("Exception");
    }

    @Test
    void the_control_report_gives_each_power_its_share_and_the_shift_when_russia_closes() throws IOException {
        CliRun run = CliRun.of("corridors", "KAZ", "--report", "control", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        JsonNode statusQuo = root.get("scenarios").get(0);
        assertThat(statusQuo.get("scenario").asText()).isEqualTo("status quo");
        double russia = share(statusQuo, "RUS");
        // most crude goes through CPC, where Russian parties hold 47.25 %
        assertThat(russia).isBetween(0.4, 0.6);
        for (JsonNode scenario : root.get("scenarios")) {
            if (scenario.get("scenario").asText().equals("close RUS")) {
                assertThat(share(scenario, "RUS")).isZero();
            }
        }
        JsonNode cpc = null;
        for (JsonNode link : root.get("links")) {
            if (link.get("link").asText().equals("CPC_KZ")) {
                cpc = link;
            }
        }
        assertThat(cpc).isNotNull();
        assertThat(cpc.get("byTerritory").asBoolean()).isFalse();
        assertThat(cpc.get("parties").findValuesAsText("party"))
                .contains("Transneft (Russian Federation)", "KazMunayGas");
        assertThat(CliRun.of("corridors", "KAZ", "--report", "control").out())
                .contains("stake-weighted share", "close RUS", "CPC_KZ", "Transneft");
    }

    private static double share(JsonNode scenario, String power) {
        for (JsonNode s : scenario.get("shares")) {
            if (s.get("power").asText().equals(power)) {
                return s.get("stakeWeightedShare").asDouble();
            }
        }
        return 0;
    }

    @Test
    void reduce_leaves_the_share_it_names_as_the_api_does() {
        CliRun run = CliRun.of("corridors", "KAZ", "--reduce", "CPC_SEA:0.2", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("cut CPC_SEA by 80%");
    }

    @Test
    void an_unknown_option_gets_the_nearest_one_and_exit_code_2() {
        CliRun run = CliRun.of("corridors", "KAZ", "--yaer", "2023");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Maybe --year?");
    }

    @Test
    void bad_input_gets_a_clear_message_and_no_stack_trace() {
        CliRun cut = CliRun.of("corridors", "KAZ", "--cut", "CPC_SEA=half");
        assertThat(cut.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(cut.err()).contains("--cut: 'CPC_SEA=half'").doesNotContain("Exception");
        assertThat(CliRun.of("corridors", "KAZ", "--close", "ATL").err()).contains("no crude link crosses ATL");
        assertThat(CliRun.of("corridors", "KAZ", "--add", "CPC_KZ=+10TEU").err())
                .contains("volumes are in Mt");
        assertThat(CliRun.of("corridors", "KAZ", "--close-link", "NOPE").err()).contains("link 'NOPE'");
        assertThat(CliRun.of("corridors", "UZB").err()).contains("exports of KAZ");
        assertThat(CliRun.of("corridors", "KAZ", "--year", "2019").err()).contains("years with data");
    }

    @Test
    void a_broken_corridor_folder_is_reported_with_file_line_and_rule(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("corridors"));
        Files.writeString(folder.resolve("network.yaml"), """
                name: broken
                version: "1"
                focal: KAZ
                files: {nodes: nodes.csv, links: links.csv, supplies: supplies.csv, volumes: volumes.csv, disruptions: disruptions.csv, prices: prices.csv}
                commodities:
                  - {id: crude, name: Crude, unit: Mt, cost_unit: USD/t, cost_factor: 1000000}
                """);
        Files.writeString(
                folder.resolve("nodes.csv"),
                "id,name,kind,country,lat,lon,location,publisher,title,source_year,url,assumption,note\n"
                        + "S,Source,volcano,KAZ,40,50,approximate,T,T,2024,https://example.org,false,\n");
        CliRun run = CliRun.of("corridors", "KAZ", "--dataset", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .contains("nodes.csv:2:10: [invalid-value] 'kind' must be one of")
                .contains("links.csv: [unreadable-file]")
                .contains("nothing was loaded");
    }
}
