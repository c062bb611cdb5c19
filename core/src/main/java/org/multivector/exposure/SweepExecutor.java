package org.multivector.exposure;

import org.multivector.work.Parallel;
import org.multivector.world.io.InvalidDatasetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs a world exposure sweep somewhere: on this machine's threads ({@link #LOCAL}) or on a cluster
 * ({@link SweepEngine}). The contract every executor follows: country {@code c}'s table is
 * {@link DyadSweep.Prepared#csv} of {@code c} on the world the recipe loads whole (so the influence
 * scale is calibrated on every actor), and nothing else; tables are handed over as they finish, in
 * any order, so where or when a country ran cannot change a byte.
 */
@FunctionalInterface
public interface SweepExecutor {

    /**
     * Computes the table of every focal country of the recipe's world.
     *
     * @param sink     receives each finished table; calls never overlap
     * @param progress hears how many tables are done
     * @param stop     polled between countries: when true no new country starts
     * @param threads  worker threads on this machine (a cluster executor may ignore it)
     * @return how many countries the world has (tables handed over may be fewer when stopped)
     * @throws InvalidDatasetException when the dataset is invalid
     */
    int run(SweepRecipe recipe, Consumer<DyadSweep.Table> sink, IntConsumer progress, BooleanSupplier stop, int threads)
            throws InvalidDatasetException;

    /** This machine's threads: the world loaded once, the countries shared among the workers. */
    SweepExecutor LOCAL = (recipe, sink, progress, stop, threads) -> {
        DyadSweep.Prepared prepared;
        Path scratch = null;
        try {
            scratch = recipe.embeddedDataset() == null ? Files.createTempDirectory("multivector-sweep-") : null;
            prepared = recipe.prepare(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for the dataset", e);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
        List<String> countries = prepared.countries();
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(countries.size(), threads, i -> {
            if (stop.getAsBoolean()) {
                return;
            }
            DyadSweep.Table table = prepared.csv(countries.get(i));
            synchronized (sink) {
                sink.accept(table);
            }
            progress.accept(done.incrementAndGet());
        });
        return countries.size();
    };

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder left behind in the temp directory
        }
    }
}
