package org.multivector.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Files shipped in a class-path folder (a directory while developing, a jar once packaged). */
final class ClassPathFolder {

    private ClassPathFolder() {}

    /** The names of the files in {@code folder} (ending in '/') whose names end with {@code suffix}, sorted; empty when the folder is absent. */
    static List<String> list(String folder, String suffix) {
        URL url = ClassPathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return names(fs.getPath(folder), suffix);
            }
            return names(Path.of(uri), suffix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list class-path folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /** A shipped example file: its name and its text. */
    record Example(String name, String text) {}

    /** Every {@code .yaml} file of {@code folder}, sorted by name, with its text. */
    static List<Example> examples(String folder) {
        return list(folder, ".yaml").stream()
                .map(name -> new Example(name, read(folder + name)))
                .toList();
    }

    /** The text of a class-path resource. */
    static String read(String resource) {
        try (InputStream in = ClassPathFolder.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
