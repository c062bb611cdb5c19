package org.multivector.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Calibration on the fictional Midland world (2015-2024; Northland's trade falls by 800 a year, Eastland's rises by 1,500). */
class CalibratedBacktestTest {

    private static String scenario(String uncertainties) {
        return """
                name: midland-calibrated
                baseYear: 2015
                horizon: {years: 8, step: year}
                focal: MID
                powers:
                  - {code: NOR, position: 10, attention: 0.8, growth: {param: gNor}}
                  - {code: EAS, position: 35, attention: 0.6, growth: {param: gEas}}
                  - {code: WES, position: 90, attention: 0.5, growth: 0.0}
                corridors:
                  exports: 10
                  pricePerBarrel: 70
                  barrelsPerTonne: 7.5
                  routes: [{id: pipe, capacity: 20, cost: 1}]
                parameters: {tradeAdjustmentYears: 1.0}
                %s
                outcomes: [trade-share, room]
                """.formatted(uncertainties);
    }

    private static final String PRIORS = """
            uncertainties:
              gNor: {distribution: uniform, min: -0.12, max: 0.12}
              gEas: {distribution: uniform, min: -0.12, max: 0.12}
              restOfWorldGrowth: {distribution: uniform, min: -0.12, max: 0.12}
            """;

    private static ScenarioModel model(String uncertainties) throws Exception {
        return CalibratedBacktest.tradeOnly(
                Fixtures.parse(scenario(uncertainties)), Fixtures.midland(), java.util.Optional.empty(), "test.yaml");
    }

    private static final CalibratedBacktest.Settings SETTINGS = new CalibratedBacktest.Settings(2019, 200, 11, 0.1);

    @Test
    void leastSquaresFindsTheGrowthThatFitsTheCalibrationYearsAndKeepsItsSkillOutOfSample() throws Exception {
        CalibratedBacktest.Result result = CalibratedBacktest.run(model(PRIORS), Fixtures.midland(), SETTINGS);

        assertThat(result.parameterNames()).containsExactly("gNor", "gEas", "restOfWorldGrowth");
        assertThat(result.prior()).containsExactly(0.0, 0.0, 0.0);
        assertThat(result.calibratedSse()).isLessThan(result.priorSse() / 20);
        assertThat(result.calibrated().get(0)).isNegative(); // Northland loses share
        assertThat(result.calibrated().get(1)).isPositive();
        assertThat(result.calibrated().get(2)).isPositive(); // the rest of the world gains share in Midland
        assertThat(result.pointList())
                .hasSize(24)
                .filteredOn(CalibratedBacktest.Point::inSample)
                .hasSize(12);
        CalibratedBacktest.Error in = result.error("all", true).orElseThrow();
        CalibratedBacktest.Error out = result.error("all", false).orElseThrow();
        assertThat(in.points()).isEqualTo(12);
        assertThat(out.points()).isEqualTo(12);
        assertThat(in.model()).isLessThan(in.persistence());
        assertThat(out.model()).isLessThan(out.persistence());
        assertThat(result.error("NOR", false)).isPresent();
        assertThat(result.accepted()).isEqualTo(20);
        assertThat(result.coverage()).isBetween(0.0, 1.0);
        assertThat(result.evaluations()).isGreaterThan(201);
    }

    @Test
    void theNaiveForecastsAreMadeAtTheSameOrigin() throws Exception {
        CalibratedBacktest.Result result = CalibratedBacktest.run(model(PRIORS), Fixtures.midland(), SETTINGS);
        CalibratedBacktest.Point in2016 = result.pointList().stream()
                .filter(p -> p.power().equals("NOR") && p.year() == 2016)
                .findFirst()
                .orElseThrow();
        CalibratedBacktest.Point out2021 = result.pointList().stream()
                .filter(p -> p.power().equals("NOR") && p.year() == 2021)
                .findFirst()
                .orElseThrow();
        assertThat(in2016.inSample()).isTrue();
        assertThat(in2016.persistence()).isCloseTo(30000.0 / 100000, within(1e-12)); // the base year
        assertThat(out2021.inSample()).isFalse();
        assertThat(out2021.observed()).isCloseTo(25200.0 / 112000, within(1e-12));
        assertThat(out2021.persistence()).isCloseTo(26800.0 / 108000, within(1e-12)); // the last calibration year, 2019
        double[] shares = {30000.0 / 100000, 29200.0 / 102000, 28400.0 / 104000, 27600.0 / 106000, 26800.0 / 108000};
        double[] line = CalibratedBacktest.trend(shares, 4);
        assertThat(out2021.trend()).isCloseTo(line[0] + 6 * line[1], within(1e-12));
    }

    @Test
    void theTrendIsTheLeastSquaresLineAndSkipsGaps() {
        double[] line = CalibratedBacktest.trend(new double[] {1, Double.NaN, 5, 7, 100}, 3);
        assertThat(line[1]).isCloseTo(2, within(1e-12));
        assertThat(line[0]).isCloseTo(1, within(1e-12));
        assertThat(CalibratedBacktest.trend(new double[] {1, Double.NaN}, 1)[0]).isNaN();
    }

    @Test
    void theSameSeedGivesTheSameCalibrationAndAnotherSeedOtherDraws() throws Exception {
        CalibratedBacktest.Result a = CalibratedBacktest.run(model(PRIORS), Fixtures.midland(), SETTINGS);
        CalibratedBacktest.Result b = CalibratedBacktest.run(model(PRIORS), Fixtures.midland(), SETTINGS);
        assertThat(b).isEqualTo(a);
        CalibratedBacktest.Result c = CalibratedBacktest.run(
                model(PRIORS), Fixtures.midland(), new CalibratedBacktest.Settings(2019, 200, 12, 0.1));
        assertThat(c.pointList().getFirst().abcLow())
                .isNotEqualTo(a.pointList().getFirst().abcLow());
    }

    @Test
    void withoutUncertaintiesTheModelRunsOnceAtItsFixedValues() throws Exception {
        String text = scenario("")
                .replace(
                        "parameters: {tradeAdjustmentYears: 1.0}",
                        "parameters: {tradeAdjustmentYears: 1.0, gNor: -0.05, gEas: 0.06}");
        ScenarioModel model = CalibratedBacktest.tradeOnly(
                Fixtures.parse(text), Fixtures.midland(), java.util.Optional.empty(), "test.yaml");
        CalibratedBacktest.Result result = CalibratedBacktest.run(model, Fixtures.midland(), SETTINGS);
        assertThat(result.parameterNames()).isEmpty();
        assertThat(result.evaluations()).isEqualTo(2); // the objective, then the forecast
        assertThat(result.accepted()).isZero();
        assertThat(result.coverage()).isNaN();
        assertThat(result.calibratedSse()).isEqualTo(result.priorSse());
        assertThat(result.error("all", false).orElseThrow().model())
                .isLessThan(result.error("all", false).orElseThrow().persistence());
    }

    @Test
    void theRoomPlaysNoPartInTradeShares() throws Exception {
        var scenario = Fixtures.parse(scenario(PRIORS));
        ScenarioModel fast =
                CalibratedBacktest.tradeOnly(scenario, Fixtures.midland(), java.util.Optional.empty(), "test.yaml");
        ScenarioModel full =
                ScenarioModel.compile(scenario, Fixtures.midland(), java.util.Optional.empty(), "test.yaml");
        double[] values = full.parameters().values(new double[] {0.2, 0.9, 0.7});
        double[] a = new double[full.outputSize()];
        double[] b = new double[fast.outputSize()];
        full.run(values, 1, a);
        fast.run(values, 1, b);
        int trade = 0;
        while (full.series().get(trade).outcome() != Outcome.TRADE_SHARE) {
            trade++;
        }
        int periods = full.periods();
        for (int i = trade * periods; i < (trade + 3) * periods; i++) {
            assertThat(b[i]).isEqualTo(a[i]);
        }
    }

    @Test
    void refusesACalibrationThatLeavesNoYearOnOneSide() throws Exception {
        ScenarioModel model = model(PRIORS);
        assertThatThrownBy(() -> CalibratedBacktest.run(
                        model, Fixtures.midland(), new CalibratedBacktest.Settings(2023, 10, 1, 0.1)))
                .hasMessageContaining("between 2016 and 2022");
        assertThatThrownBy(() -> new CalibratedBacktest.Settings(2019, 10, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Breakland (fictional): flat shares until 2020, then Northland's trade halves from 2021 on, as a
     * sanction would. A model told the event's date and size follows the break; persistence and the
     * trend, which only know 2015-2019, cannot.
     */
    @Test
    void aDatedShockLetsTheModelFollowABreakThatPersistenceAndTrendMiss(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.yaml"), """
                name: breakland
                title: Breakland (fictional test world)
                version: "1"
                description: Fictional figures with a structural break in 2021.
                focal: BRK
                years: {from: 2015, to: 2023}
                defaultBasis: reporter
                dimensions:
                  - {id: trade, name: Goods trade, unit: USD_M, kind: flow}
                actors:
                  - {code: BRK, name: Breakland, kind: middle_power}
                  - {code: NOR, name: Northland, kind: great_power}
                  - {code: SOU, name: Southland, kind: great_power}
                  - {code: WLD, name: World, kind: aggregate}
                files: [figures.csv]
                """);
        StringBuilder csv = new StringBuilder(
                "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note\n");
        for (int y = 2015; y <= 2023; y++) {
            int north = y >= 2021 ? 15000 : 30000;
            for (String[] row : new String[][] {
                {"WLD", Integer.toString(north + 20000 + 50000)}, {"NOR", Integer.toString(north)}, {"SOU", "20000"}
            }) {
                csv.append("BRK,")
                        .append(row[0])
                        .append(",trade,")
                        .append(y)
                        .append(',')
                        .append(row[1])
                        .append(
                                ",USD_M,reporter,Test fixture,Breakland figures (fictional),2026,https://example.org/breakland,true,\n");
            }
        }
        Files.writeString(dir.resolve("figures.csv"), csv);
        World world = DatasetLoader.load(dir);
        Scenario scenario = Fixtures.parse("""
                name: breakland-backtest
                baseYear: 2015
                horizon: {years: 8, step: year}
                focal: BRK
                powers:
                  - {code: NOR, position: 10, attention: 0.8, size: 1000, growth: {param: gNor},
                     initial: {investment: 0.2, security: 0.5, diplomacy: 0.3}}
                  - {code: SOU, position: 80, attention: 0.6, size: 1000, growth: {param: gSou},
                     initial: {investment: 0.2, security: 0.3, diplomacy: 0.3}}
                shocks:
                  - {type: trade-restriction, power: NOR, channels: [trade], start: 2021, factor: 0.5}
                corridors:
                  exports: 10
                  pricePerBarrel: 70
                  barrelsPerTonne: 7.5
                  routes: [{id: pipe, capacity: 20, cost: 1}]
                parameters: {tradeAdjustmentYears: 1.0}
                uncertainties:
                  gNor: {distribution: uniform, min: -0.1, max: 0.1}
                  gSou: {distribution: uniform, min: -0.1, max: 0.1}
                outcomes: [trade-share]
                """);
        CalibratedBacktest.Result result = CalibratedBacktest.run(
                CalibratedBacktest.tradeOnly(scenario, world, java.util.Optional.empty(), "test.yaml"),
                world,
                SETTINGS);

        assertThat(result.calibrated())
                .allSatisfy(g -> assertThat(g).isCloseTo(0, within(0.005))); // nothing moves before the break
        CalibratedBacktest.Error north = result.error("NOR", false).orElseThrow();
        assertThat(north.model()).isLessThan(north.persistence() / 2).isLessThan(north.trend() / 2);
        CalibratedBacktest.Error all = result.error("all", false).orElseThrow();
        assertThat(all.model()).isLessThan(all.persistence()).isLessThan(all.trend());
    }
}
