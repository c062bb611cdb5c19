package org.multivector.app.server;

import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Datasets for the server tests: the fictional Midland fixture, and the embedded default when it loads. */
final class Fixtures {

    private Fixtures() {}

    /** A run store file in a fresh temporary folder (deleted when the JVM exits). */
    static Path tempStore() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("multivector-store");
            dir.toFile().deleteOnExit();
            return dir.resolve("runs.duckdb");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The folder of the fictional test dataset {@code midland}. */
    static Path midlandFolder() {
        try {
            return Path.of(Fixtures.class
                            .getResource("/datasets/midland/manifest.yaml")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static World midland() {
        try {
            return DatasetLoader.load(midlandFolder());
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Midland alone. */
    static DatasetCatalog midlandCatalog() {
        return DatasetCatalog.of(List.of(midland()));
    }

    /** What {@code multivector serve --dataset MIDLAND} serves: the embedded default first, then Midland. */
    static DatasetCatalog servedCatalog() {
        return ServedDatasets.load(List.of(midlandFolder()));
    }
}
