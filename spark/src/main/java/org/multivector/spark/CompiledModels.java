package org.multivector.spark;

import org.multivector.exposure.DyadSweep;
import org.multivector.exposure.SweepRecipe;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.ModelRecipe;
import org.multivector.scenario.ScenarioModel;
import org.multivector.strategy.InvalidStudyException;
import org.multivector.strategy.PolicyEvaluator;
import org.multivector.world.io.InvalidDatasetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this JVM compiled, by recipe digest: an executor compiles a scenario, binds a strategy study or
 * loads a world for the sweep once, however many tasks it runs. Everything kept here is immutable and
 * safe to share between tasks. In {@code local[N]} the driver and the executors share one JVM, so the
 * driver's copy is the executors' too.
 */
final class CompiledModels {

    private static final ConcurrentHashMap<String, ScenarioModel> MODELS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, PolicyEvaluator> EVALUATORS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, DyadSweep.Prepared> SWEEPS = new ConcurrentHashMap<>();

    private CompiledModels() {}

    /** On an executor: the model the driver compiled from {@code recipe}. */
    static ScenarioModel get(ModelRecipe recipe) {
        return MODELS.computeIfAbsent(recipe.digest(), digest -> {
            try {
                return recipe.compile(scratch());
            } catch (InvalidScenarioException | InvalidDatasetException e) {
                throw compiledOnDriver(e);
            }
        });
    }

    /** On an executor: the strategy study's evaluator the driver built from {@code recipe}. */
    static PolicyEvaluator evaluator(ModelRecipe recipe) {
        return EVALUATORS.computeIfAbsent(recipe.digest(), digest -> {
            try {
                return PolicyEvaluator.compile(recipe, scratch());
            } catch (InvalidStudyException | InvalidScenarioException | InvalidDatasetException e) {
                throw compiledOnDriver(e);
            }
        });
    }

    /** On an executor: the prepared sweep; the driver read the same dataset first ({@link #sweepOnDriver}). */
    static DyadSweep.Prepared sweep(SweepRecipe recipe) {
        return SWEEPS.computeIfAbsent(recipe.digest(), digest -> {
            try {
                return recipe.prepare(scratch());
            } catch (InvalidDatasetException e) {
                throw compiledOnDriver(e);
            }
        });
    }

    /** On the driver: the prepared sweep, with a bad dataset reported as such (and cached for executors in this JVM). */
    static DyadSweep.Prepared sweepOnDriver(SweepRecipe recipe) throws InvalidDatasetException {
        DyadSweep.Prepared cached = SWEEPS.get(recipe.digest());
        if (cached != null) {
            return cached;
        }
        DyadSweep.Prepared prepared = recipe.prepare(scratch());
        DyadSweep.Prepared raced = SWEEPS.putIfAbsent(recipe.digest(), prepared);
        return raced != null ? raced : prepared;
    }

    private static Path scratch() {
        try {
            Path scratch = Files.createTempDirectory("multivector-executor-");
            scratch.toFile().deleteOnExit();
            return scratch;
        } catch (IOException e) {
            throw new UncheckedIOException("an executor could not create a scratch folder", e);
        }
    }

    /** The driver read the same bytes before sending them: a failure here is a bug, not bad input. */
    private static IllegalStateException compiledOnDriver(Exception e) {
        return new IllegalStateException("an executor could not read the recipe the driver read: " + e.getMessage(), e);
    }
}
