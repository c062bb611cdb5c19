package org.multivector.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest command on a fictional two-power world the test writes (not real data), and the shipped
 * Kazakhstan example on the embedded official dataset, which must find an observed share for every power
 * and year it scores.
 */
class BacktestCommandTest {

    @TempDir
    Path dir;

    /** Fictional Testland 2015-2023: Northland's trade falls by 500 a year, Southland's rises by 800, the world total by 1,000. */
    private Path dataset() throws Exception {
        Path data = dir.resolve("testland");
        Files.createDirectories(data);
        Files.writeString(data.resolve("manifest.yaml"), """
                name: testland
                title: Testland (fictional test world)
                version: "1"
                description: Fictional figures for the backtest command's tests.
                focal: TST
                years: {from: 2015, to: 2023}
                defaultBasis: reporter
                dimensions:
                  - {id: trade, name: Goods trade, unit: USD_M, kind: flow}
                actors:
                  - {code: TST, name: Testland, kind: middle_power}
                  - {code: NOR, name: Northland, kind: great_power}
                  - {code: SOU, name: Southland, kind: great_power}
                  - {code: WLD, name: World, kind: aggregate}
                files: [figures.csv]
                """);
        StringBuilder csv = new StringBuilder(
                "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note\n");
        for (int y = 2015; y <= 2023; y++) {
            int k = y - 2015;
            for (String[] row : new String[][] {
                {"WLD", Integer.toString(50000 + 1000 * k)},
                {"NOR", Integer.toString(20000 - 500 * k)},
                {"SOU", Integer.toString(10000 + 800 * k)}
            }) {
                csv.append("TST,")
                        .append(row[0])
                        .append(",trade,")
                        .append(y)
                        .append(',')
                        .append(row[1])
                        .append(
                                ",USD_M,reporter,Test fixture,Testland figures (fictional),2026,https://example.org/testland,true,\n");
            }
        }
        Files.writeString(data.resolve("figures.csv"), csv);
        return data;
    }

    private Path scenario() throws Exception {
        Path file = dir.resolve("backtest.yaml");
        Files.writeString(file, """
                name: testland-backtest
                dataset: testland
                baseYear: 2015
                horizon: {years: 8, step: year}
                focal: TST
                powers:
                  - {code: NOR, position: 10, attention: 0.8, size: 1000, growth: {param: gNor},
                     initial: {investment: 0.2, security: 0.5, diplomacy: 0.3}}
                  - {code: SOU, position: 80, attention: 0.6, size: 1000, growth: {param: gSou},
                     initial: {investment: 0.2, security: 0.3, diplomacy: 0.3}}
                corridors:
                  exports: 10
                  pricePerBarrel: 70
                  barrelsPerTonne: 7.5
                  routes: [{id: pipe, capacity: 20, cost: 1}]
                uncertainties:
                  gNor: {distribution: uniform, min: -0.15, max: 0.15}
                  gSou: {distribution: uniform, min: -0.15, max: 0.15}
                  restOfWorldGrowth: {distribution: uniform, min: -0.15, max: 0.15}
                outcomes: [trade-share]
                """);
        dataset();
        return file;
    }

    @Test
    void printsInSampleAndOutOfSampleErrorsBesidePersistenceAndTrend() throws Exception {
        CliRun run = CliRun.of("backtest", scenario().toString(), "--draws", "100", "--seed", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("calibrated on 2016-2019, scored out of sample on 2020-2023")
                .contains("gNor")
                .contains("restOfWorldGrowth")
                .contains("in 2016-2019")
                .contains("out 2020-2023")
                .contains("Out of sample the model beats persistence")
                .contains("ABC posterior (best 5 of 100 draws)");
    }

    @Test
    void theKazakhstanExampleScoresEveryPowerInEveryYearOnTheOfficialData() throws Exception {
        Path example = Path.of("..", "examples", "backtest", "kazakhstan-2015.yaml");
        CliRun run = CliRun.of("backtest", example.toString(), "--draws", "40", "--seed", "1", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("points")).hasSize(4 * 8);
        for (JsonNode point : root.get("points")) {
            assertThat(point.get("observed").isNumber()).as(point.toString()).isTrue();
        }
    }

    @Test
    void jsonCarriesTheCalibrationAndEveryPoint() throws Exception {
        CliRun run = CliRun.of(
                "backtest", scenario().toString(), "--draws", "50", "--calibrate-until", "2018", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("calibrateUntil").asInt()).isEqualTo(2018);
        assertThat(root.get("points")).hasSize(16);
        assertThat(root.get("parameters").get("gSou").get("calibrated").asDouble())
                .isPositive();
        JsonNode outAll = null;
        for (JsonNode e : root.get("errors")) {
            if (e.get("power").asText().equals("all") && !e.get("inSample").asBoolean()) {
                outAll = e;
            }
        }
        assertThat(outAll).isNotNull();
        assertThat(outAll.get("points").asInt()).isEqualTo(10);
        assertThat(outAll.get("model").asDouble())
                .isLessThan(outAll.get("persistence").asDouble());
    }

    @Test
    void aCalibrationYearOutsideTheRunIsBadInput() throws Exception {
        CliRun run = CliRun.of("backtest", scenario().toString(), "--calibrate-until", "2030");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("the calibration must end between 2016 and 2022");
    }
}
