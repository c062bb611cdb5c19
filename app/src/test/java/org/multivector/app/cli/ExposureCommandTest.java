package org.multivector.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code multivector exposure} on the fictional demo dataset of the core tests. */
class ExposureCommandTest {

    private static final String DEMO = Path.of("..", "core", "src", "test", "resources", "datasets", "demo")
            .toString();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tableShowsEveryMetricWithItsTrendTheBalanceAndTheSources() {
        Run run = run("exposure", "FOC", "--dataset", DEMO);
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Exposure of Focalia (FOC), 2020–2022")
                .containsPattern("share +trade +China \\(CHN\\) +▁·█ +30\\.0% \\(2020\\) +40\\.0% \\(2022\\)")
                .contains(
                        "hhi",
                        "hirschman",
                        "effective_partners",
                        "dependence_on_partner",
                        "asymmetry",
                        "salience",
                        "bandwidth_political",
                        "influence",
                        "closeness_level",
                        "evenness")
                .containsPattern("2020 .* tilt toward EU +trade\\+fdi_stock")
                .containsPattern("2021 +· +·")
                .contains("tilt toward CHN")
                .contains(
                        "[1] multivector tests, \"Fictional figure for the exposure tests\", 2026, https://example.org/multivector/demo");
    }

    @Test
    void csvIsTidyAndLeavesGapsOut() {
        Run run = run("exposure", "FOC", "--dataset", DEMO, "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines().findFirst()).contains("metric,dimension,partner,year,value,label,sources,urls");
        assertThat(run.out())
                .contains("\nshare,trade,CHN,2020,0.3,,multivector tests 2026,https://example.org/multivector/demo\n")
                .contains("\nhhi,trade,,2020,0.205,")
                .contains("\nbalance,,CHN,2022,,tilt toward CHN,,\n")
                .doesNotContain("share,trade,CHN,2021");
    }

    @Test
    void jsonKeepsGapsAsNulls() throws Exception {
        Run run = run("exposure", "FOC", "--dataset", DEMO, "--format", "json", "--basis", "mirror");
        assertThat(run.code()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("basis").asText()).isEqualTo("mirror");
        JsonNode share = null;
        for (JsonNode series : root.get("series")) {
            if (series.get("metric").asText().equals("share")
                    && series.get("dimension").asText().equals("trade")
                    && series.get("partner").asText().equals("CHN")) {
                share = series;
            }
        }
        assertThat(share).isNotNull();
        assertThat(share.get("values").get(0).asDouble()).isEqualTo(0.36);
        assertThat(share.get("values").get(1).isNull()).as("a gap stays a gap").isTrue();
        assertThat(share.get("sources").get(0))
                .as("the sources behind the first year's value")
                .isNotEmpty();
        assertThat(share.get("sources").get(1)).as("no value, no source").isEmpty();
        assertThat(root.get("sources")).isNotEmpty();
    }

    @Test
    void yearsCanBeNarrowed() {
        Run run = run("exposure", "FOC", "--dataset", DEMO, "--from", "2022", "--to", "2022", "--format", "csv");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain(",2020,").contains(",2022,");
    }

    @Test
    void anUnknownCountryIsAUserErrorWithSuggestions() {
        Run run = run("exposure", "XYZ", "--dataset", DEMO);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("country 'XYZ' is not in dataset demo").contains("Maybe one of: FOC");
    }

    @Test
    void anUnknownPowerIsAUserError() {
        Run run = run("exposure", "FOC", "--dataset", DEMO, "--powers", "RUS,IND");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("power 'IND' is not in dataset demo");
    }

    @Test
    void yearsOutsideTheDatasetAreAUserError() {
        Run run = run("exposure", "FOC", "--dataset", DEMO, "--from", "2010");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("lie outside the dataset's years").doesNotContain("Exception");
    }

    @Test
    void withoutPowersNamedItBalancesAmongTheDefaultPowersTheDatasetDeclares(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("manifest.yaml"), """
                name: imported
                version: "1"
                focal: UZB
                years: {from: 2022, to: 2023}
                files: [f.csv]
                dimensions:
                  - {id: trade, name: Goods trade, unit: USD_M, kind: flow}
                actors:
                  - {code: UZB, name: Uzbekistan, kind: small_state}
                  - {code: RUS, name: Russia, kind: great_power}
                  - {code: CHN, name: China, kind: great_power}
                  - {code: WLD, name: World, kind: aggregate}
                """);
        java.nio.file.Files.writeString(dir.resolve("f.csv"), """
                reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note
                UZB,WLD,trade,2023,100,USD_M,reporter,Test,T,2024,https://example.org/t,true,
                UZB,RUS,trade,2023,20,USD_M,reporter,Test,T,2024,https://example.org/t,true,
                UZB,CHN,trade,2023,30,USD_M,reporter,Test,T,2024,https://example.org/t,true,
                """);

        Run run = run("exposure", "UZB", "--dataset", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("powers RUS, CHN").doesNotContain("powers RUS, CHN, USA");

        Run named = run("exposure", "UZB", "--dataset", dir.toString(), "--powers", "RUS,CHN,USA");
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.err()).contains("power 'USA' is not in dataset imported");
    }
}
