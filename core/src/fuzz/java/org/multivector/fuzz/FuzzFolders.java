package org.multivector.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratch folders for the fuzz targets whose readers open files by name: in memory ({@code /dev/shm})
 * where the machine has it, since a campaign writes its input there millions of times, else the
 * system's temporary folder. The folder and what is put in it go when the JVM ends.
 */
public final class FuzzFolders {

    private FuzzFolders() {}

    /** A new, empty scratch folder. */
    public static Path create() {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "multivector-fuzz")
                    : Files.createTempDirectory("multivector-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name} in {@code folder}, to be deleted when the JVM ends (before its folder). */
    public static Path file(Path folder, String name) {
        Path file = folder.resolve(name);
        file.toFile().deleteOnExit();
        return file;
    }
}
