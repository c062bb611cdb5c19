package org.multivector.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's "done when" for the shipped examples: a scenario file holds no corridor capacity or cost
 * that the dataset already has. Every route of every example compiles against the embedded dataset, and
 * a figure the file states itself (an analyst assumption) is none of the dataset's crude capacities or
 * unit costs of the network year.
 */
class ExampleRoutesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> walk = Files.walk(EXAMPLES)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(ExampleRoutesTest::hasCorridors)
                    .sorted()
                    .toList();
            assertThat(files)
                    .as("the example scenarios, strategy study and backtest")
                    .hasSizeGreaterThanOrEqualTo(8);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void routesTakeTheirFiguresFromTheDatasetAndStateOnlyWhatItLacks(Path file) throws Exception {
        Scenario scenario = ScenarioReader.read(file);
        Dataset dataset = Datasets.embedded(scenario.dataset());
        CorridorNetwork network = dataset.corridors().orElseThrow();
        int year = scenario.corridors().networkYear() == null
                ? scenario.baseYear()
                : scenario.corridors().networkYear();
        List<CorridorLink> links = network.links(ScenarioRoutes.COMMODITY, year);
        Set<Double> capacities = links.stream()
                .filter(l -> l.capacity().isPresent())
                .map(l -> l.capacity().getAsDouble())
                .collect(Collectors.toSet());
        Set<Double> unitCosts =
                links.stream().map(CorridorLink::unitCost).filter(c -> c > 0).collect(Collectors.toSet());

        ScenarioModel model = ScenarioModel.compile(scenario, dataset, file.toString());

        assertThat(model.routes()).hasSameSizeAs(scenario.corridors().routeList());
        for (Scenario.Route route : scenario.corridors().routeList()) {
            if (route.capacity() instanceof Quantity.Fixed fixed && fixed.value() > 0) {
                assertThat(capacities)
                        .as("route %s states a capacity the dataset has", route.id())
                        .doesNotContain(fixed.value());
                assertThat(route.source())
                        .as("route %s says where its own capacity comes from", route.id())
                        .isNotBlank();
            }
            if (route.cost() instanceof Quantity.Fixed fixed) {
                assertThat(unitCosts)
                        .as("route %s states a cost the dataset has", route.id())
                        .doesNotContain(fixed.value());
            }
        }
        assertThat(model.routes()).filteredOn(r -> !r.linkList().isEmpty()).isNotEmpty();
    }

    private static boolean hasCorridors(Path file) {
        try {
            return Files.readString(file).contains("\ncorridors:");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
