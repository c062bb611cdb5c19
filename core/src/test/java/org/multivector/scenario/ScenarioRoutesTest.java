package org.multivector.scenario;

import org.junit.jupiter.api.Test;
import org.multivector.input.Problem;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Routes that name links of the dataset's corridor network take capacity, cost and transit from it
 * (docs/model.md, "Routes from the corridor network"); what the scenario file states itself is an
 * analyst assumption. Checked on Midland's fictional network (scenario/midland/corridors).
 */
class ScenarioRoutesTest {

    private static final String NORTH = "    - {id: north-pipe, links: [N1, N2]}";

    @Test
    void aRouteTakesTheBindingCapacityTheSummedCostAndTheTransitOfItsLinks() {
        CompiledRoute north = route(compile(Fixtures.baselineText()), "north-pipe");

        assertThat(north.linkList()).containsExactly("N1", "N2");
        assertThat(north.capacity()).isEqualTo(Quantity.of(60));
        assertThat(north.capacityOrigin().basis()).isEqualTo(CompiledRoute.Basis.DATASET);
        assertThat(north.capacityOrigin().text())
                .contains("binding on N1", "Midland north pipeline", "2023", "https://example.org/n1");
        assertThat(north.cost()).isEqualTo(Quantity.of(30));
        assertThat(north.costOrigin().basis())
                .as("N2's unit cost is an assumption in the dataset")
                .isEqualTo(CompiledRoute.Basis.DATASET_ASSUMPTION);
        assertThat(north.costOrigin().text()).contains("N1 10 (published", "N2 20 (assumption)", "= 30 USD/t");
        assertThat(north.transit())
                .as("the focal country is not a transit country")
                .containsExactly("NOR");
    }

    @Test
    void aLinkWithoutACapacityDoesNotBindAndADerivedOneIsLabelledAsTheDatasetMarksIt() {
        CompiledRoute sea = route(compile(Fixtures.baselineText()), "sea-route");

        assertThat(sea.capacity()).isEqualTo(Quantity.of(3));
        assertThat(sea.capacityOrigin().basis()).isEqualTo(CompiledRoute.Basis.DATASET_ASSUMPTION);
        assertThat(sea.cost()).isEqualTo(Quantity.of(45));
        assertThat(sea.transit()).containsExactly("WES");
    }

    @Test
    void theBaseYearChoosesTheLinksRowUnderTheDatasetsYearRule() {
        String text = Fixtures.baselineText().replace("baseYear: 2024", "baseYear: 2018");

        assertThat(route(compile(text), "east-pipe").capacity()).isEqualTo(Quantity.of(4));
        assertThat(route(compile(Fixtures.baselineText()), "east-pipe").capacity())
                .isEqualTo(Quantity.of(5));
    }

    @Test
    void aCapacityOnTheRouteOverridesTheLinksAndIsLabelledAnAnalystAssumption() {
        String text = Fixtures.baselineText()
                .replace(
                        NORTH,
                        "    - {id: north-pipe, links: [N1, N2], capacity: 40, source: \"half the line kept for domestic refineries (analyst)\"}");

        CompiledRoute north = route(compile(text), "north-pipe");

        assertThat(north.capacity()).isEqualTo(Quantity.of(40));
        assertThat(north.capacityOrigin())
                .isEqualTo(new CompiledRoute.Origin(
                        CompiledRoute.Basis.ANALYST_ASSUMPTION,
                        "half the line kept for domestic refineries (analyst)"));
        assertThat(north.capacityOrigin().label()).startsWith("analyst assumption: ");
        assertThat(north.cost()).as("the cost still comes from the links").isEqualTo(Quantity.of(30));
        assertThat(north.costOrigin().basis()).isNotEqualTo(CompiledRoute.Basis.ANALYST_ASSUMPTION);
    }

    @Test
    void aRouteTheNetworkDoesNotHaveIsTheAnalystsOwn() {
        String text = Fixtures.baselineText()
                .replace(
                        NORTH,
                        "    - {id: north-pipe, capacity: 60, cost: 30, transit: [NOR, MID], source: \"analyst estimate\"}");

        CompiledRoute north = route(compile(text), "north-pipe");

        assertThat(north.linkList()).isEmpty();
        assertThat(north.transit()).containsExactly("NOR");
        assertThat(List.of(north.capacityOrigin(), north.costOrigin()))
                .allSatisfy(origin -> assertThat(origin.label()).isEqualTo("analyst assumption: analyst estimate"));
    }

    @Test
    void aProposedLinkCarriesNothingUntilAnActionBuildsIt() {
        String text = Fixtures.baselineText().replace(NORTH, NORTH + "\n    - {id: second-east, links: [P1]}");

        CompiledRoute proposed = route(compile(text), "second-east");

        assertThat(proposed.capacity()).isEqualTo(Quantity.of(0));
        assertThat(proposed.capacityOrigin().text()).contains("P1 is proposed, not built");
        assertThat(proposed.cost()).isEqualTo(Quantity.of(15));
        assertThat(proposed.transit()).containsExactly("EAS");
    }

    @Test
    void anotherNetworkYearIsLabelledAnAnalystAssumption() {
        String text = Fixtures.baselineText().replace("  routes:\n", "  networkYear: 2018\n  routes:\n");

        CompiledRoute east = route(compile(text), "east-pipe");

        assertThat(east.capacity()).isEqualTo(Quantity.of(4));
        assertThat(east.capacityOrigin().basis()).isEqualTo(CompiledRoute.Basis.ANALYST_ASSUMPTION);
        assertThat(east.capacityOrigin().text()).startsWith("the dataset's 2018 figure applied from base year 2024");
    }

    @Test
    void anUnknownLinkIsReportedAtItsOwnPositionWithTheNearestId() {
        String text = Fixtures.baselineText().replace("links: [N1, N2]", "links: [N1, NN2]");

        Problem problem = single(compileProblems(text, Fixtures.midlandDataset()));

        assertThat(problem.rule()).isEqualTo(ScenarioRule.UNKNOWN_REFERENCE);
        assertThat(problem.message())
                .contains("link 'NN2' of route 'north-pipe' is not in the corridor network", "Maybe N2?");
        assertThat(problem.line()).isEqualTo(lineOf(text, "NN2"));
        assertThat(problem.column())
                .isEqualTo(text.lines().toList().get(lineOf(text, "NN2") - 1).indexOf("NN2") + 1);
        assertThat(problem.file()).isEqualTo("test.yaml");
    }

    @Test
    void anUnknownLinkIsReportedOnceNotAgainAsAGapBeforeTheNext() {
        String text = Fixtures.baselineText().replace("links: [N1, N2]", "links: [N1, NX, N2]");

        assertThat(single(compileProblems(text, Fixtures.midlandDataset())).message())
                .contains("link 'NX' of route 'north-pipe'");
    }

    @Test
    void linksMustFollowOneAnother() {
        String text = Fixtures.baselineText().replace("links: [N1, N2]", "links: [N2, N1]");

        assertThat(compileProblems(text, Fixtures.midlandDataset())).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo(ScenarioRule.ROUTE);
            assertThat(problem.message()).contains("'N1' starts at MIDF, but the link before it, N2, ends at NMKT");
        });
    }

    @Test
    void aLinkOfAnotherCommodityIsRefused() {
        String text = Fixtures.baselineText().replace("links: [E1]", "links: [C1]");

        assertThat(single(compileProblems(text, Fixtures.midlandDataset())).message())
                .contains("'C1' carries containers");
    }

    @Test
    void aLinkWithoutARowInTheNetworkYearSaysWhichYearsItCovers() {
        String text = Fixtures.baselineText().replace("  routes:\n", "  networkYear: 2012\n  routes:\n");

        assertThat(single(compileProblems(text, Fixtures.midlandDataset())).message())
                .contains(
                        "link 'E1' has no row for 2012",
                        "its rows cover 2015-2019, 2020 on",
                        "Maybe set corridors.networkYear");
    }

    @Test
    void linksNeedADatasetWithACorridorNetwork() {
        List<Problem> problems = catchThrowableOfType(
                        InvalidScenarioException.class,
                        () -> ScenarioModel.compile(
                                Fixtures.baseline(), Fixtures.midland(), Optional.empty(), "test.yaml"))
                .problems();

        assertThat(problems)
                .hasSize(3)
                .allSatisfy(problem -> assertThat(problem.message()).contains("has no corridor network"));
    }

    @Test
    void aRouteWithoutLinksNeedsItsOwnCapacityAndCost() {
        String text = Fixtures.baselineText().replace(NORTH, "    - {id: north-pipe, capacity: 60, transit: [NOR]}");

        assertThat(readProblems(text)).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(ScenarioRule.ROUTE);
            assertThat(problem.message()).contains("names no links", "needs its own cost");
            assertThat(problem.line()).isEqualTo(lineOf(text, "id: north-pipe"));
        });
    }

    @Test
    void transitComesFromTheLinksWhenARouteNamesThem() {
        String text = Fixtures.baselineText().replace(NORTH, "    - {id: north-pipe, links: [N1, N2], transit: [NOR]}");

        assertThat(readProblems(text))
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem.message()).contains("takes its transit countries from its links"));
    }

    @Test
    void theModelRunsTheRoutesItReadFromTheNetworkAsIfTheyWereWrittenOut() {
        String written = Fixtures.baselineText()
                .replace(NORTH, "    - {id: north-pipe, capacity: 60, cost: 30, transit: [NOR]}")
                .replace(
                        "    - {id: east-pipe, links: [E1]}",
                        "    - {id: east-pipe, capacity: 5, cost: 25, transit: []}")
                .replace(
                        "    - {id: sea-route, links: [S1, S2]}",
                        "    - {id: sea-route, capacity: 3, cost: 45, transit: [WES]}");
        ScenarioModel fromNetwork = compile(Fixtures.baselineText());
        ScenarioModel fromFile = compile(written);
        double[] values = fromNetwork.parameters().medians();
        double[] a = new double[fromNetwork.outputSize()];
        double[] b = new double[fromFile.outputSize()];

        fromNetwork.run(values, 11, a);
        fromFile.run(values, 11, b);

        assertThat(a).containsExactly(b);
    }

    private static ScenarioModel compile(String text) {
        return Fixtures.compile(Fixtures.parse(text));
    }

    private static CompiledRoute route(ScenarioModel model, String id) {
        return model.routes().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<Problem> compileProblems(String text, org.multivector.dataset.Dataset dataset) {
        InvalidScenarioException error = catchThrowableOfType(
                InvalidScenarioException.class,
                () -> ScenarioModel.compile(Fixtures.parse(text), dataset, "test.yaml"));
        assertThat(error).as("the scenario should be refused").isNotNull();
        return error.problems();
    }

    private static List<Problem> readProblems(String text) {
        InvalidScenarioException error = catchThrowableOfType(
                InvalidScenarioException.class, () -> ScenarioReader.read(new StringReader(text), "test.yaml"));
        assertThat(error).as("the scenario should be refused").isNotNull();
        return error.problems();
    }

    private static Problem single(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in the text");
    }
}
