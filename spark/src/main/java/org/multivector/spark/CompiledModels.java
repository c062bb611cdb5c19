package org.multivector.spark;

import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ScenarioModel;
import org.multivector.world.io.InvalidDatasetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models compiled in this JVM, by recipe digest: an executor compiles a scenario once, however many
 * tasks of the ensemble it runs. A {@link ScenarioModel} is immutable and safe to share between tasks.
 */
final class CompiledModels {

    private static final ConcurrentHashMap<String, ScenarioModel> MODELS = new ConcurrentHashMap<>();

    private CompiledModels() {
    }

    static ScenarioModel get(ModelRecipe recipe) {
        return MODELS.computeIfAbsent(recipe.digest(), digest -> compile(recipe));
    }

    private static ScenarioModel compile(ModelRecipe recipe) {
        try {
            Path scratch = Files.createTempDirectory("multivector-executor-");
            scratch.toFile().deleteOnExit();
            return recipe.compile(scratch);
        } catch (InvalidScenarioException | InvalidDatasetException e) {
            // the driver compiled the same recipe before sending it: a failure here is a bug, not bad input
            throw new IllegalStateException("an executor could not compile the scenario the driver compiled: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("an executor could not create a scratch folder", e);
        }
    }
}
