package org.multivector.scenario;

import org.multivector.dataset.Dataset;
import org.multivector.dataset.Datasets;
import org.multivector.world.World;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fictional Midland world, its corridor network and its test scenario, shared by the scenario tests. */
final class Fixtures {

    private static Dataset midland;

    private Fixtures() {}

    /** Midland's figures. */
    static World midland() {
        return midlandDataset().world();
    }

    /** Midland's figures and its fictional corridor network (scenario/midland/corridors). */
    static synchronized Dataset midlandDataset() {
        if (midland == null) {
            try {
                midland = Datasets.load(resource("scenario/midland"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return midland;
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String baselineText() {
        try {
            return Files.readString(resource("scenario/midland-baseline.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario baseline() {
        return parse(baselineText());
    }

    static Scenario parse(String text) {
        try {
            return ScenarioReader.read(new StringReader(text), "test.yaml");
        } catch (InvalidScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static ScenarioModel compile(Scenario scenario) {
        try {
            return ScenarioModel.compile(scenario, midlandDataset(), "test.yaml");
        } catch (InvalidScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
