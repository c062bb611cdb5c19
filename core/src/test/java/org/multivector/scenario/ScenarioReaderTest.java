package org.multivector.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.multivector.input.Problem;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScenarioReaderTest {

    @Test
    void readsEverySectionOfAValidScenario() {
        Scenario scenario = Fixtures.baseline();

        assertThat(scenario.name()).isEqualTo("midland-baseline");
        assertThat(scenario.horizon().periods()).isEqualTo(40);
        assertThat(scenario.powerList()).extracting(Scenario.Power::code).containsExactly("NOR", "EAS", "WES");
        assertThat(scenario.shockList()).hasSize(5);
        assertThat(scenario.shockList().get(0)).isInstanceOfSatisfying(Shock.CorridorDisruption.class, outage -> {
            assertThat(outage.start()).isEqualTo(Quantity.of(2026.0));
            assertThat(outage.duration()).isEqualTo(Quantity.of(0.25));
            assertThat(outage.recurring()).isFalse();
        });
        assertThat(scenario.shockList().get(1))
                .isInstanceOfSatisfying(
                        Shock.CorridorDisruption.class,
                        outage -> assertThat(outage.ratePerYear()).isEqualTo(new Quantity.Parameter("outageRate")));
        assertThat(scenario.levers().hedging().rule()).isEqualTo(HedgingPolicy.Rule.EQUAL_CLOSENESS);
        assertThat(scenario.levers().actionList()).singleElement().isInstanceOf(Shock.CapacityExpansion.class);
        assertThat(scenario.uncertaintyList())
                .extracting(Scenario.Uncertainty::name)
                .containsExactly("eastGrowth", "westLevel2030", "outageRate", "oilPrice", "tradeAdjustmentYears");
        assertThat(scenario.outcomeList()).containsExactly(Outcome.values());
        assertThat(scenario.ensemble()).isEqualTo(new Scenario.EnsembleDefaults(200, Design.LATIN_HYPERCUBE, 7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "misspelt key names the nearest one | horizon: {years: 10, step: quarter}  | horizon: {years: 10, stp: quarter}  | 5 | 22 | Maybe step?",
                "unknown step                       | step: quarter}                       | step: month}                         | 5 | 28 | 'horizon.step': 'month' is not one of: quarter, quarters, year, years",
                "number out of range                | position: 10, attention: 0.8         | position: 10, attention: 1.8         | 8 | 56 | 'powers[0].attention': '1.8' must have a maximum value of 1",
                "unknown shock type                 | type: attention-shift                | type: regime-change                  | 18 | 12 | 'regime-change' is not one of: engagement-change, corridor-disruption",
                "unknown power in a shock           | power: NOR, start: 2028              | power: TUR, start: 2028              | 18 | 36 | power 'TUR' is not listed",
                "unknown route                      | link: north-pipe, start: 2026-Q1     | link: no-pipe, start: 2026-Q1        | 16 | 39 | link 'no-pipe' is not a route",
                "undefined parameter                | {param: oilPrice}                    | {param: oilPrise}                    | 24 | 27 | parameter 'oilPrise' is used but not defined",
                "bad distribution                   | distribution: lognormal              | distribution: cauchy                 | 36 | 28 | 'cauchy' is not one of: uniform, triangular, normal, lognormal",
                "bad duration                       | duration: 3m                         | duration: soon                       | 16 | 77 | 'soon' is not of the form: Years (0.25), or a number with a unit",
                "bad quarter                        | start: 2026-Q1                       | start: 2026-Q5                       | 16 | 58 | 'shocks[0].start': '2026-Q5' is not of the form: A year (2026), a decimal year",
            })
    void reportsLineColumnAndRule(String why, String original, String broken, int line, int column, String message) {
        String text = Fixtures.baselineText();
        assertThat(text).contains(original);
        text = text.replace(original, broken);

        List<Problem> problems = problems(text);

        assertThat(problems).as(why).anySatisfy(problem -> {
            assertThat(problem.message()).contains(message);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.file()).isEqualTo("test.yaml");
        });
    }

    @Test
    void problemsFoundAgainstTheDatasetNameTheLineToo() {
        Scenario scenario = Fixtures.parse(Fixtures.baselineText()
                .replace("focal: MID", "focal: XYZ")
                .replace("baseYear: 2024", "baseYear: 2030"));

        InvalidScenarioException error = catchThrowableOfType(
                InvalidScenarioException.class,
                () -> ScenarioModel.compile(scenario, Fixtures.midlandDataset(), "test.yaml"));

        assertThat(error.problems())
                .extracting(Problem::line, Problem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(6, 8), org.assertj.core.groups.Tuple.tuple(4, 11));
    }

    @Test
    void reportsEveryProblemInOnePass() {
        String text = Fixtures.baselineText()
                .replace("baseYear: 2024", "baseYear: soon")
                .replace("focal: MID", "focal: [MID]");

        assertThat(problems(text)).extracting(Problem::line).contains(4, 6);
    }

    @Test
    void rejectsAParameterBothFixedAndUncertain() {
        String text = Fixtures.baselineText().replace("focalSalience: 0.9", "focalSalience: 0.9\n  oilPrice: 70");

        assertThat(problems(text))
                .anySatisfy(problem -> assertThat(problem.message()).contains("'oilPrice' is both fixed"));
    }

    @Test
    void rejectsBrokenYamlWithItsPosition() {
        List<Problem> problems = problems("name: x\nhorizon: {years: 10\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).startsWith("invalid YAML");
            assertThat(problem.line()).isPositive();
        });
    }

    private static List<Problem> problems(String text) {
        InvalidScenarioException error = catchThrowableOfType(
                InvalidScenarioException.class, () -> ScenarioReader.read(new StringReader(text), "test.yaml"));
        assertThat(error).as("the scenario should be rejected").isNotNull();
        return error.problems();
    }
}
