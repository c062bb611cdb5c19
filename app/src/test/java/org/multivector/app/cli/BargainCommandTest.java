package org.multivector.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BargainCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/bargaining/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void printsTheEcCaseRoundByRound() throws Exception {
        Result result = run("bargain", resource("ec-car-emissions.csv").toString());
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("variant scholz-code, 10 rounds")
                .contains("round 4: Belgium compromises with Netherlands")
                .contains("Forecast: weighted median 7.0000, weighted mean 7.2421.");
    }

    @Test
    void anIssueFilesSourcesAndAssumptionsArePrintedUnderTheirOwnHeadings() {
        Result result = run("bargain", "../examples/bargaining/oil-export-routing.yaml");
        assertThat(result.code()).as(result.err()).isZero();
        String out = result.out();
        String sources = out.substring(out.indexOf("Sources:"), out.indexOf("Analyst assumptions:"));
        String assumptions = out.substring(out.indexOf("Analyst assumptions:"));
        assertThat(sources)
                .contains("  - CPC carried about 80% of Kazakh crude exports")
                .doesNotContain("analyst judgements");
        assertThat(assumptions)
                .contains("  - All capabilities, positions and saliences are analyst judgements")
                .doesNotContain("CPC carried");
    }

    @Test
    void tidyCsvStartsWithRoundZeroAsInput() throws Exception {
        Result result = run("bargain", resource("ec-car-emissions.csv").toString(), "--format", "csv", "--rounds", "2");
        List<String> lines = result.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("round,actor,position,");
        assertThat(lines).hasSize(1 + 3 * 10);
        assertThat(lines.get(1)).as("figures in plain decimal, as in every CSV").startsWith("0,Netherlands,4,");
        assertThat(lines)
                .anySatisfy(l ->
                        assertThat(l).startsWith("1,Belgium,8.415932315426").contains(",compromise,France,"));
    }

    @Test
    void jsonCarriesOffersWithBothExpectedUtilities() throws Exception {
        Result result = run("bargain", resource("ec-car-emissions.csv").toString(), "--format", "json");
        JsonNode root = Json.mapper().readTree(result.out());
        JsonNode offer = root.get("rounds").get(1).get("offers").get(0);
        assertThat(offer.get("receiver").asText()).isEqualTo("Belgium");
        assertThat(offer.get("receiverEu").asDouble()).isCloseTo(-0.11483050347300794, within(1e-9));
        assertThat(root.get("forecast").get("weightedMean").asDouble()).isCloseTo(7.242130958473938, within(1e-9));
    }

    @Test
    void monteCarloIsReproducibleForASeed() throws Exception {
        String file = resource("ec-car-emissions.csv").toString();
        Result a = run("bargain", file, "--runs", "300", "--seed", "5", "--format", "csv");
        Result b = run("bargain", file, "--runs", "300", "--seed", "5", "--format", "csv");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).startsWith("quantity,actor,runs,mean,sd,");
    }

    @Test
    void aBadFileIsAnErrorWithPlaceAndNoStackTrace() throws Exception {
        Path bad =
                Files.writeString(dir.resolve("bad.csv"), "Actor,Capability,Position,Salience\nA,1,x,0.5\nB,1,2,0.5\n");
        Result result = run("bargain", bad.toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("bad.csv:2:5: [not-a-number]").doesNotContain("Exception");
    }

    @Test
    void unknownVariantIsAUsageErrorLikeEveryOtherBadOptionValue() throws Exception {
        Result result = run("bargain", resource("ec-car-emissions.csv").toString(), "--variant", "nope");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("unknown variant 'nope'").contains("scholz-code");
    }

    @Test
    void manoeuvrePrintsOneRowPerFactor() throws Exception {
        Result result = run(
                "manoeuvre",
                resource("ec-car-emissions.csv").toString(),
                "--focal",
                "Germany",
                "--vary",
                "UK",
                "--format",
                "json");
        assertThat(result.code()).isZero();
        JsonNode root = Json.mapper().readTree(result.out());
        assertThat(root.get("curve")).hasSize(9);
        assertThat(root.get("curve").get(0).get("factor").asDouble()).isZero();
        Result missing =
                run("manoeuvre", resource("ec-car-emissions.csv").toString(), "--focal", "Nobody", "--vary", "UK");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("--focal: 'Nobody' is not a stakeholder");
    }

    @Test
    void validationScoresTheBaselinesAndEveryVariant() throws Exception {
        Path tsv = resource("deu3.tsv");
        Result result = run("bargain-validate", dir.toString(), "--format", "csv");
        assertThat(result.code()).isZero();
        assertThat(result.out())
                .contains("dataset,weighted mean (compromise model),2,")
                .contains("dataset,Nash bargaining (needs rp),1,")
                .contains("dataset,EU model scholz-code (final median),2,")
                .contains("equal,EU model bdm-1994 (final mean),2,")
                .contains("council_votes,weighted median,2,");
        assertThat(tsv).exists();
        assertThat(run("bargain-validate", dir.toString(), "--capability", "dataset")
                        .out())
                .contains("Out of sample: not run (2 proposals; the split needs at least 5).");
    }

    @Test
    void validationHoldsOutHalfTheProposalsAndReportsBothHalvesAndTheRepeatedMeans() throws Exception {
        // twelve proposals of two issues each, in the DEU III layout; outcomes near the Commission's position
        StringBuilder tsv = new StringBuilder(
                        "\"prnr\"\t\"isnr\"\t\"proc\"\t\"counvte\"\t\"pcom\"\t\"pep\"\t\"pde\"\t\"scom\"\t\"sep\"\t\"sde\"\t\"rp\"\t\"out\"\n")
                .append("\t\t\t\t\"4.1\"\t\"4.1\"\t\"2.8\"\t\t\t\t\t\n");
        for (int p = 0; p < 12; p++) {
            for (int i = 0; i < 2; i++) {
                int com = (p * 17 + i * 31) % 101;
                tsv.append("\"d")
                        .append(p)
                        .append("\"\t\"d")
                        .append(p)
                        .append('i')
                        .append(i)
                        .append("\"\t\"COD\"\t\"QMV\"\t")
                        .append(com)
                        .append("\t")
                        .append(100 - com)
                        .append("\t50\t50\t50\t80\t0\t")
                        .append(com)
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("deu3.tsv"), tsv);
        Result table =
                run("bargain-validate", dir.toString(), "--capability", "dataset", "--repeats", "2", "--seed", "3");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("procedural model (Steunenberg; needs rp)")
                .contains("split by proposal with seed 3")
                .contains("half 1 held out")
                .contains("half 2 held out")
                .contains("2-fold x 2")
                .contains("5-fold x 2")
                .contains("transforms only (a, b) (24 members)");
        JsonNode json = Json.mapper()
                .readTree(run(
                                "bargain-validate",
                                dir.toString(),
                                "--capability",
                                "dataset",
                                "--repeats",
                                "2",
                                "--format",
                                "json")
                        .out());
        JsonNode halves = json.get("out_of_sample").get("dataset").get(0).get("halves");
        assertThat(halves).hasSize(2);
        assertThat(halves.get(0).get("proposals").asInt()
                        + halves.get(1).get("proposals").asInt())
                .isEqualTo(12);
        assertThat(halves.get(0).get("test").get("issues").asInt() % 2).isZero(); // a proposal's issues stay together
        assertThat(run("bargain-validate", dir.toString(), "--repeats", "0").code())
                .isEqualTo(1);
    }
}
