package org.multivector.exposure;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A way of running the world exposure sweep other than this machine's threads (e.g. an Apache Spark
 * cluster), found at run time with {@link ServiceLoader} as {@link org.multivector.scenario.EnsembleEngine}
 * is, so that its libraries stay off the class path unless asked for. Engines follow the contract of
 * {@link SweepExecutor}, and so write the local engine's tables byte for byte.
 */
public interface SweepEngine {

    /** The name users give with {@code --engine}, e.g. {@code spark}. */
    String name();

    /** An executor for sweeps, with engine settings by name (for Spark: {@code master}). */
    SweepExecutor executor(Map<String, String> options);

    /** The engine called {@code name} on the class path, if any. */
    static Optional<SweepEngine> find(String name) {
        for (SweepEngine engine : ServiceLoader.load(SweepEngine.class)) {
            if (engine.name().equals(name)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }
}
