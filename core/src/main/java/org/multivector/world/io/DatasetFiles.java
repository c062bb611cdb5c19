package org.multivector.world.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where a dataset's files are: a folder on disk, or a dataset embedded in the product. */
public sealed interface DatasetFiles {

    /** The name of the manifest every dataset has. */
    String MANIFEST = "manifest.yaml";

    /** Opens one file of the dataset. */
    InputStream open(String fileName) throws IOException;

    /** The name to show for a file in messages. */
    String display(String fileName);

    /** The CSV files present, used when the manifest lists none. */
    List<String> csvFiles() throws IOException;

    /** A dataset in a folder. */
    record Folder(Path directory) implements DatasetFiles {
        @Override
        public InputStream open(String fileName) throws IOException {
            return Files.newInputStream(directory.resolve(fileName));
        }

        @Override
        public String display(String fileName) {
            return directory.resolve(fileName).toString();
        }

        @Override
        public List<String> csvFiles() throws IOException {
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
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
        public String display(String fileName) {
            return "embedded:" + name + "/" + fileName;
        }

        @Override
        public List<String> csvFiles() {
            return List.of();
        }
    }
}
