package org.multivector.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A dataset folder as bytes that travel with a recipe to another JVM (a cluster's executor) and are
 * written out there, the same files in the same order: what {@code ModelRecipe} and {@code SweepRecipe}
 * both carry when their dataset is a folder rather than an embedded one.
 */
public final class CarriedDataset {

    private CarriedDataset() {}

    /**
     * Every regular file under {@code folder}, by path relative to it ({@code /}-separated), sorted.
     *
     * @throws IllegalArgumentException when the folder holds no files
     * @throws UncheckedIOException     when it cannot be read
     */
    public static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset folder " + folder, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("dataset folder " + folder + " holds no files");
        }
        return files;
    }

    /**
     * Writes {@code files} into {@code folder} (created as needed) and returns it.
     *
     * @throws IllegalArgumentException when a path would leave the folder
     * @throws UncheckedIOException     when it cannot be written
     */
    public static Path writeOut(Map<String, byte[]> files, Path folder) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalArgumentException("dataset file " + file.getKey() + " lies outside its folder");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset to " + folder, e);
        }
        return folder;
    }

    /** Adds the embedded name (or "") and every file's path and bytes to a recipe's digest. */
    public static void digest(MessageDigest sha, String embeddedName, Map<String, byte[]> files) {
        update(sha, embeddedName == null ? "" : embeddedName);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            update(sha, file.getKey());
            sha.update(file.getValue());
        }
    }

    /** Adds {@code text} to a digest, length first, so that ("ab", "c") and ("a", "bc") differ. */
    public static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }
}
