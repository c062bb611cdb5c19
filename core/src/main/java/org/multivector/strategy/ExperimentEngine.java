package org.multivector.strategy;

import org.multivector.scenario.ModelRecipe;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A way of running strategy experiments other than this machine's threads (e.g. an Apache Spark
 * cluster), found at run time with {@link ServiceLoader} as {@link org.multivector.scenario.EnsembleEngine}
 * is, so that the engine's libraries stay off the class path of every command that does not ask for
 * it. Engines follow the contract of {@link ExperimentExecutor}, and so give the local engine's numbers
 * bit for bit.
 */
public interface ExperimentEngine {

    /** The name users give with {@code --engine}, e.g. {@code spark}. */
    String name();

    /**
     * An executor for experiments on the study {@code recipe} holds: the recipe's scenario text is the
     * study file, and the {@link PolicyEvaluator} given to {@link ExperimentExecutor#run} must be the one
     * {@link PolicyEvaluator#compile} builds from it (the engine rebuilds it where the runs happen).
     *
     * @param options engine settings by name (for Spark: {@code master})
     */
    ExperimentExecutor executor(ModelRecipe recipe, Map<String, String> options);

    /** The engine called {@code name} on the class path, if any. */
    static Optional<ExperimentEngine> find(String name) {
        for (ExperimentEngine engine : ServiceLoader.load(ExperimentEngine.class)) {
            if (engine.name().equals(name)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }
}
