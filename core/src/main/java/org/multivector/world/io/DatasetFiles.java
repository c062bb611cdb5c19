package org.multivector.world.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a dataset's files are: a folder on disk, or a dataset embedded in the product. File names are
 * relative to the dataset's root and use {@code /} between folders ({@code by-country/MNG.csv.gz}).
 */
public sealed interface DatasetFiles {

    /** The name of the manifest every dataset has. */
    String MANIFEST = "manifest.yaml";

    /** The name of the optional source table that compact figure files refer to by {@code source_id}. */
    String SOURCES = "sources.csv";

    /** Opens one file of the dataset, as stored (a {@code .gz} file is not decompressed here). */
    InputStream open(String fileName) throws IOException;

    /** Whether the dataset holds this file. */
    boolean exists(String fileName);

    /** The name to show for a file in messages. */
    String display(String fileName);

    /** The figure files present ({@code .csv} and {@code .csv.gz}, not the source table), used when the manifest lists none. */
    List<String> csvFiles() throws IOException;

    /** Whether a file name is one of figures: {@code .csv} or gzip-compressed {@code .csv.gz}. */
    static boolean isFigureFile(String fileName) {
        return (fileName.endsWith(".csv") || fileName.endsWith(".csv.gz")) && !fileName.equals(SOURCES);
    }

    /** A dataset in a folder. */
    record Folder(Path directory) implements DatasetFiles {
        @Override
        public InputStream open(String fileName) throws IOException {
            return Files.newInputStream(directory.resolve(fileName));
        }

        @Override
        public boolean exists(String fileName) {
            return Files.isRegularFile(directory.resolve(fileName));
        }

        @Override
        public String display(String fileName) {
            return directory.resolve(fileName).toString();
        }

        @Override
        public List<String> csvFiles() throws IOException {
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(DatasetFiles::isFigureFile)
                        .sorted()
                        .toList();
            }
        }
    }

    /** A dataset embedded under {@code datasets/NAME/} on the class path. */
    record Embedded(String name) implements DatasetFiles {
        @Override
        public InputStream open(String fileName) throws IOException {
            InputStream in = Embedded.class.getClassLoader().getResourceAsStream("datasets/" + name + "/" + fileName);
            if (in == null) {
                throw new NoSuchFileException(display(fileName));
            }
            return in;
        }

        @Override
        public boolean exists(String fileName) {
            return Embedded.class.getClassLoader().getResource("datasets/" + name + "/" + fileName) != null;
        }

        @Override
        public String display(String fileName) {
            return "embedded:" + name + "/" + fileName;
        }

        /**
         * CRC-32 and uncompressed length of the file as the jar's central directory records them, or
         * null when the file is not in a jar (a class-path folder) or the jar does not record them:
         * reading two numbers instead of inflating the file to checksum it.
         */
        long[] storedFingerprint(String fileName) {
            java.net.URL url = Embedded.class.getClassLoader().getResource("datasets/" + name + "/" + fileName);
            if (url == null || !"jar".equals(url.getProtocol())) {
                return null;
            }
            try {
                java.net.URLConnection connection = url.openConnection();
                if (!(connection instanceof java.net.JarURLConnection jar)) {
                    return null;
                }
                java.util.jar.JarEntry entry = jar.getJarEntry();
                return entry == null || entry.getCrc() < 0 || entry.getSize() < 0
                        ? null
                        : new long[] {entry.getCrc(), entry.getSize()};
            } catch (IOException e) {
                return null;
            }
        }

        @Override
        public List<String> csvFiles() {
            return List.of();
        }
    }
}
