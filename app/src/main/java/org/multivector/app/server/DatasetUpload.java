package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.multivector.world.World;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.InvalidDatasetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dataset sent in a request: {@code {"files": {"manifest.yaml": "...", "figures.csv": "..."}}}.
 * It goes through the same loader and checks as a folder on disk; every problem comes back with
 * its file, line and column, and nothing is kept when there is any.
 */
final class DatasetUpload {

    /** At most this many files in one upload. */
    static final int MAX_FILES = 32;

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private DatasetUpload() {}

    static World load(JsonNode body) {
        JsonNode files = body.get("files");
        if (files == null || !files.isObject()) {
            throw ApiProblem.invalidField(
                    "files", "the body must be {\"files\": {\"manifest.yaml\": \"...\", \"NAME.csv\": \"...\"}}");
        }
        if (files.size() > MAX_FILES) {
            throw ApiProblem.invalidField("files", files.size() + " files; at most " + MAX_FILES);
        }
        if (files.get("manifest.yaml") == null) {
            throw ApiProblem.invalidField("files", "a dataset needs a manifest.yaml");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("multivector-upload");
            for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> file = it.next();
                String name = file.getKey();
                if (!FILE_NAME.matcher(name).matches() || !(name.equals("manifest.yaml") || name.endsWith(".csv"))) {
                    throw ApiProblem.invalidField(
                            "files." + Params.printable(name),
                            "file names are manifest.yaml or NAME.csv (letters, digits, . _ -)");
                }
                if (!file.getValue().isTextual()) {
                    throw ApiProblem.invalidField("files." + name, "the file's content must be a string");
                }
                try {
                    Files.writeString(dir.resolve(name), file.getValue().asText(), StandardCharsets.UTF_8);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw ApiProblem.invalidField(
                            "files." + name,
                            "the text is not valid Unicode (it holds a lone surrogate such as \\ud800)");
                }
            }
            try {
                return DatasetLoader.load(dir);
            } catch (InvalidDatasetException e) {
                String prefix = dir + dir.getFileSystem().getSeparator();
                throw ApiProblem.invalidInput(
                        "the dataset",
                        "nothing was loaded",
                        e.problems(),
                        file -> file.startsWith(prefix) ? file.substring(prefix.length()) : file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("multivector: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
