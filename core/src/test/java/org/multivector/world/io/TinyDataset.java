package org.multivector.world.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tiny test dataset, copied into a folder so that tests can break one thing at a time. */
public final class TinyDataset {

    private TinyDataset() {}

    /** The text of one file of the tiny dataset. */
    public static String text(String file) {
        try (InputStream in = TinyDataset.class.getResourceAsStream("/datasets/tiny/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the tiny dataset into {@code dir}; returns {@code dir}. */
    public static Path copyTo(Path dir) {
        return write(dir, text("manifest.yaml"), text("figures.csv"));
    }

    /** Writes a dataset with the given manifest and figures into {@code dir}. */
    public static Path write(Path dir, String manifest, String figures) {
        try {
            Files.writeString(dir.resolve("manifest.yaml"), manifest);
            Files.writeString(dir.resolve("figures.csv"), figures);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
