package org.multivector.scenario;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * A way of running ensembles other than this machine's threads (e.g. an Apache Spark cluster),
 * found at run time with {@link ServiceLoader}, so that the engine's libraries stay off the class
 * path of every command that does not ask for it. Every engine follows the seeding contract of
 * {@link EnsembleRunner} and so gives the local engine's numbers, bit for bit.
 */
public interface EnsembleEngine {

    /** The name users give with {@code --engine}, e.g. {@code spark}. */
    String name();

    /**
     * A runner for the model {@code recipe} compiles to; the model given to
     * {@link EnsembleRunner#run} must be the one compiled from it here (the engine recompiles it
     * where the runs happen).
     *
     * @param options engine settings by name (for Spark: {@code master})
     */
    EnsembleRunner runner(ModelRecipe recipe, Map<String, String> options);

    /** The engine called {@code name} on the class path, if any. */
    static java.util.Optional<EnsembleEngine> find(String name) {
        for (EnsembleEngine engine : ServiceLoader.load(EnsembleEngine.class)) {
            if (engine.name().equals(name)) {
                return java.util.Optional.of(engine);
            }
        }
        return java.util.Optional.empty();
    }
}
