package org.multivector.app.cli;

import org.multivector.app.store.RunStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/**
 * The options of the commands that run many model evaluations and keep them in the run store
 * ({@code simulate}, {@code strategy}): worker threads, the store, the progress bars and the engine
 * ({@code local} or {@code spark} with its master). One place for their names, descriptions and checks,
 * so that the commands cannot drift apart.
 */
public final class RunOptions {

    static {
        System.setProperty(
                "multivector.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads. Default: all cores (${sys:multivector.cores}).")
    Integer threads;

    @Option(
            names = "--store",
            paramLabel = "PATH",
            description = "Run store file. Default: $XDG_DATA_HOME/multivector/runs.duckdb (~/.local/share/...).")
    Path store;

    @Option(
            names = "--no-store",
            description = "Do not keep the results in the run store (an interrupted run then cannot be resumed).")
    boolean noStore;

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    boolean noProgress;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description =
                    "local (this machine's threads) or spark (an Apache Spark cluster, docs/spark.md); the same numbers either way. "
                            + "Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "With --engine spark: the Spark master, e.g. local[2] or spark://host:7077. Default: spark-submit's, else local[*].")
    String master;

    /** {@code --threads}, else every core; a {@link UserException} below one. */
    int threadCount() {
        int count = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (count < 1) {
            throw new UserException("--threads must be at least 1, was " + count);
        }
        return count;
    }

    /** {@code --store}, else the default run store. */
    Path storePath() {
        return store != null ? store : RunStore.defaultPath();
    }

    /** Whether to draw progress bars: not with {@code --no-progress}, and only on a terminal. */
    boolean progress() {
        return !noProgress && System.console() != null;
    }

    /**
     * Whether {@code --engine} is this machine's threads (else the Spark engine); a {@link UserException}
     * for another engine, or for {@code --master} without Spark.
     */
    boolean local() {
        if (engine.equals("local")) {
            if (master != null) {
                throw new UserException("--master is for --engine spark");
            }
            return true;
        }
        if (!engine.equals("spark")) {
            throw new UserException("--engine '" + engine + "' is not local or spark");
        }
        return false;
    }

    /** What the Spark engine is told: the master, when given. */
    Map<String, String> engineOptions() {
        return master == null ? Map.of() : Map.of("master", master);
    }

    /** The error for a Spark engine that is not on the class path. */
    static UserException sparkMissing() {
        return new UserException(
                "the Spark engine is not on the class path"
                        + "\nMaybe run through ./multivector, which adds it for --engine spark, or see docs/spark.md for spark-submit.");
    }
}
