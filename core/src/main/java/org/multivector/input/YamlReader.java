package org.multivector.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one YAML document into a {@link YamlNode} tree that remembers the line and column of every
 * value and key. Bytes go through {@link Utf8Reader} (strict UTF-8, byte offset of a bad byte, the file
 * size limit) and the parser runs under {@link ReadLimits}: SnakeYAML's code-point limit caps the
 * document, Jackson's {@link StreamReadConstraints} cap a value's length and the nesting depth.
 */
public final class YamlReader {

    private static final int MAX_DEPTH = 64;

    private YamlReader() {}

    /** Reads a YAML file's bytes under the default limits; null when it cannot be read ({@code problems} says why). */
    public static YamlNode read(InputStream in, String file, List<Problem> problems) {
        return read(in, file, problems, ReadLimits.DEFAULT);
    }

    /** Reads a YAML file's bytes under {@code limits}; null when it cannot be read ({@code problems} says why). */
    public static YamlNode read(InputStream in, String file, List<Problem> problems, ReadLimits limits) {
        String text;
        try {
            text = Utf8Reader.readAll(in, limits.maxYamlBytes());
        } catch (TextInputException e) {
            problems.add(e.problem(file));
            return null;
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
            return null;
        }
        return read(new StringReader(text), file, problems, limits);
    }

    /** Parses {@code text} under the default limits; null when it is not valid YAML. */
    public static YamlNode read(Reader text, String file, List<Problem> problems) {
        return read(text, file, problems, ReadLimits.DEFAULT);
    }

    /**
     * Parses {@code text}; a syntax error, a repeated key or a value above the limits becomes a
     * {@link Problem} on {@code file}.
     *
     * @return the root node, or null when the text is not valid YAML (then {@code problems} says why)
     */
    public static YamlNode read(Reader text, String file, List<Problem> problems, ReadLimits limits) {
        String whole;
        try {
            whole = readBounded(text, limits.maxYamlBytes());
        } catch (IOException e) {
            TextInputException text0 = TextInputException.in(e);
            problems.add(
                    text0 != null
                            ? text0.problem(file)
                            : Problem.ofFile(
                                    file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
            return null;
        }
        if (whole == null) {
            problems.add(Problem.ofFile(
                    file,
                    InputRule.TOO_LARGE,
                    "the document is larger than the limit of " + ReadLimits.describe(limits.maxYamlBytes())
                            + "; nothing of it was read"));
            return null;
        }
        // SnakeYAML scans a long single-line value in time that grows faster than its length (a 10 MiB
        // scalar took minutes), so a line above the value limit is refused before the parser sees it.
        int line = 1;
        int start = 0;
        for (int i = 0; i <= whole.length(); i++) {
            if (i == whole.length() || whole.charAt(i) == '\n') {
                if (i - start > limits.maxScalarChars()) {
                    problems.add(new Problem(
                            file,
                            line,
                            0,
                            InputRule.TOO_LARGE,
                            "line " + line + " is " + (i - start) + " characters long, above the limit of "
                                    + limits.maxScalarChars() + " for a value; nothing was parsed"));
                    return null;
                }
                line++;
                start = i + 1;
            }
        }
        try (JsonParser parser = factory(limits).createParser(new StringReader(whole))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "the file is empty"));
                return null;
            }
            return node(parser, file, problems, limits, 0);
        } catch (TooDeep e) {
            problems.add(new Problem(
                    file,
                    e.line,
                    e.column,
                    InputRule.TOO_LARGE,
                    "the YAML nests deeper than " + MAX_DEPTH + " levels"));
            return null;
        } catch (TooLong e) {
            problems.add(new Problem(
                    file,
                    e.line,
                    e.column,
                    InputRule.TOO_LARGE,
                    "a value is longer than the limit of " + limits.maxScalarChars() + " characters"));
            return null;
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(
                    file,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    InputRule.TOO_LARGE,
                    "a value is longer than the limit of " + limits.maxScalarChars() + " characters"));
            return null;
        } catch (JsonProcessingException e) {
            TextInputException text0 = TextInputException.in(e);
            if (text0 != null) {
                problems.add(text0.problem(file));
                return null;
            }
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            InputRule rule = InputRule.UNREADABLE_FILE;
            if (message.contains("exceeds the limit")) {
                rule = InputRule.TOO_LARGE;
                message = "the document is larger than the limit of " + ReadLimits.describe(limits.maxYamlBytes());
            } else {
                message = "invalid YAML: " + message;
            }
            problems.add(new Problem(
                    file,
                    at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    rule,
                    message));
            return null;
        } catch (IOException e) {
            TextInputException text0 = TextInputException.in(e);
            problems.add(
                    text0 != null
                            ? text0.problem(file)
                            : Problem.ofFile(
                                    file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            TextInputException text0 = TextInputException.in(e);
            if (text0 == null) {
                throw e;
            }
            problems.add(text0.problem(file));
            return null;
        }
    }

    /** All of {@code text}, or null when it holds more than {@code maxChars} characters. */
    private static String readBounded(Reader text, long maxChars) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[1 << 12]; // small: most documents are short, and a long one only takes more reads
        int n;
        while ((n = text.read(chunk, 0, chunk.length)) > 0) {
            all.append(chunk, 0, n);
            if (all.length() > maxChars) {
                return null;
            }
        }
        return all.toString();
    }

    /** A YAML factory that refuses documents and values above {@code limits}. */
    public static YAMLFactory factory(ReadLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxYamlBytes()));
        loader.setNestingDepthLimit(MAX_DEPTH);
        loader.setAllowDuplicateKeys(true); // reported as problems below, with the key's place
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxScalarChars())
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNameLength(limits.maxScalarChars())
                        .build())
                .build();
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooDeep(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooLong(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static YamlNode node(JsonParser parser, String file, List<Problem> problems, ReadLimits limits, int depth)
            throws IOException {
        // a caller's deadline or a client that left stops a large document between nodes
        org.multivector.work.Cancellation.current().check();
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new TooDeep(line, column);
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    if (name.length() > limits.maxScalarChars()) {
                        throw new TooLong(keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    parser.nextToken();
                    YamlNode value = node(parser, file, problems, limits, depth + 1);
                    if (entries.containsKey(name)) {
                        problems.add(new Problem(
                                file,
                                keyAt.getLineNr(),
                                keyAt.getColumnNr(),
                                InputRule.DUPLICATE_KEY,
                                "key '" + name + "' appears twice in the same mapping (first at line "
                                        + keys.get(name).line() + ")"));
                        continue;
                    }
                    entries.put(name, value);
                    keys.put(name, new YamlNode.Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
                }
                return new YamlNode.Mapping(entries, keys, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, file, problems, limits, depth + 1));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line, column);
            }
            default -> {
                String text = parser.getText();
                if (text.length() > limits.maxScalarChars()) {
                    throw new TooLong(line, column);
                }
                return new YamlNode.Scalar(text, line, column);
            }
        }
    }
}
