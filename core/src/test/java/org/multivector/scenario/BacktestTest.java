package org.multivector.scenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BacktestTest {

    private static String scenario(double northGrowth, double eastGrowth, String step) {
        return """
                name: midland-backtest
                baseYear: 2015
                horizon: {years: 9, step: %s}
                focal: MID
                powers:
                  - {code: NOR, position: 10, attention: 0.8, growth: %s}
                  - {code: EAS, position: 35, attention: 0.6, growth: %s}
                  - {code: WES, position: 90, attention: 0.5, growth: 0.0}
                corridors:
                  exports: 10
                  pricePerBarrel: 70
                  barrelsPerTonne: 7.5
                  routes: [{id: pipe, capacity: 20, cost: 1}]
                parameters: {tradeAdjustmentYears: 1.0}
                outcomes: [trade-share]
                """.formatted(step, northGrowth, eastGrowth);
    }

    @Test
    void comparesEveryObservedYearWithTheModelAndWithPersistence() {
        ScenarioModel model = Fixtures.compile(Fixtures.parse(scenario(0, 0, "year")));

        Backtest.Result result = Backtest.run(model, Fixtures.midland());

        assertThat(result.pointList()).hasSize(27);
        assertThat(result.missingList()).isEmpty();
        Backtest.Point first = result.pointList().getFirst();
        assertThat(first.power()).isEqualTo("NOR");
        assertThat(first.year()).isEqualTo(2016);
        assertThat(first.observed()).isCloseTo(29200.0 / 102000, within(1e-12));
        assertThat(first.persistence()).isCloseTo(30000.0 / 100000, within(1e-12));
        // without growth, shocks or hedging the model is persistence
        assertThat(result.modelMae()).isCloseTo(result.persistenceMae(), within(1e-12));
    }

    @Test
    void growthThatMatchesTheTrendsBeatsPersistence() {
        ScenarioModel model = Fixtures.compile(Fixtures.parse(scenario(-0.05, 0.06, "year")));

        Backtest.Result result = Backtest.run(model, Fixtures.midland());

        assertThat(result.modelMae()).isLessThan(result.persistenceMae());
        assertThat(result.modelRmse()).isLessThan(result.persistenceRmse());
    }

    @Test
    void needsYearlySteps() {
        ScenarioModel model = Fixtures.compile(Fixtures.parse(scenario(0, 0, "quarter")));

        assertThatThrownBy(() -> Backtest.run(model, Fixtures.midland())).hasMessageContaining("horizon.step: year");
    }
}
