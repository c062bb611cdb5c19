package org.multivector.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.multivector.exposure.DyadSweep;
import org.multivector.exposure.SweepExecutor;
import org.multivector.exposure.SweepRecipe;
import org.multivector.world.io.InvalidDatasetException;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The world exposure sweep on an Apache Spark cluster, table for table the bytes of
 * {@link SweepExecutor#LOCAL}: one task per focal country. The driver reads the dataset first (a bad
 * one is reported there, as bad input) and broadcasts the {@link SweepRecipe}; each executor JVM loads
 * the whole world once ({@link CompiledModels}) — the embedded datasets travel inside the application
 * jar, a dataset folder inside the recipe — and returns each country's compressed table to the driver,
 * which hands it on as it arrives.
 */
public final class SparkSweepExecutor implements SweepExecutor {

    private final SparkSession spark;

    /** @param spark the session to run on (the caller owns it and stops it) */
    public SparkSweepExecutor(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
    }

    @Override
    public int run(
            SweepRecipe recipe, Consumer<DyadSweep.Table> sink, IntConsumer progress, BooleanSupplier stop, int threads)
            throws InvalidDatasetException {
        List<String> countries = CompiledModels.sweepOnDriver(recipe).countries();
        if (countries.isEmpty()) {
            return 0;
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int cores = Math.max(1, context.defaultParallelism());
        Broadcast<SweepRecipe> recipeBroadcast = context.broadcast(recipe);
        JavaRDD<DyadSweep.Table> tables = context.parallelize(countries, countries.size())
                .map(country -> CompiledModels.sweep(recipeBroadcast.value()).csv(country));
        int[] done = {0};
        try {
            Waves.collect(tables, countries.size(), cores * 4, stop, table -> {
                sink.accept(table);
                progress.accept(++done[0]);
            });
        } finally {
            recipeBroadcast.destroy();
        }
        return countries.size();
    }
}
