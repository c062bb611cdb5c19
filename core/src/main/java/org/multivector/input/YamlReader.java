package org.multivector.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jspecify.annotations.Nullable;
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
        Built built = parse(text, file, problems, limits, false);
        return built == null ? null : built.yaml;
    }

    private static Built parse(Reader text, String file, List<Problem> problems, ReadLimits limits, boolean json) {
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
            return node(parser, file, problems, limits, 0, json);
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

    /**
     * A document read once into both trees: {@code root} with the places of its values, {@code json}
     * the same values as JSON (strings, numbers, booleans and nulls typed as the parser resolved them),
     * for a JSON Schema check without parsing the text a second time.
     */
    public record Document(YamlNode root, tools.jackson.databind.JsonNode json) {}

    /**
     * {@link #read(Reader, String, List)}, also building the JSON tree of the document (the scenario
     * schema checks it: parsing the text again for the validator cost as much as reading it).
     *
     * @return both trees, or null when the text is not valid YAML (then {@code problems} says why)
     */
    public static Document readDocument(Reader text, String file, List<Problem> problems) {
        Built built = parse(text, file, problems, ReadLimits.DEFAULT, true);
        return built == null ? null : new Document(built.yaml, java.util.Objects.requireNonNull(built.json));
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

    /** A node of the document, and its JSON value when the caller asked for one (else null). */
    private record Built(YamlNode yaml, tools.jackson.databind.@Nullable JsonNode json) {}

    private static final tools.jackson.databind.node.JsonNodeFactory JSON =
            tools.jackson.databind.node.JsonNodeFactory.instance;

    private static Built node(
            JsonParser parser, String file, List<Problem> problems, ReadLimits limits, int depth, boolean json)
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
                tools.jackson.databind.node.ObjectNode object = json ? JSON.objectNode() : null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    if (name.length() > limits.maxScalarChars()) {
                        throw new TooLong(keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    parser.nextToken();
                    Built value = node(parser, file, problems, limits, depth + 1, json);
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
                    entries.put(name, value.yaml);
                    keys.put(name, new YamlNode.Key(name, keyAt.getLineNr(), keyAt.getColumnNr()));
                    if (object != null) {
                        object.set(name, value.json);
                    }
                }
                return new Built(new YamlNode.Mapping(entries, keys, line, column), object);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                tools.jackson.databind.node.ArrayNode array = json ? JSON.arrayNode() : null;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Built item = node(parser, file, problems, limits, depth + 1, json);
                    items.add(item.yaml);
                    if (array != null) {
                        array.add(item.json);
                    }
                }
                return new Built(new YamlNode.Sequence(items, line, column), array);
            }
            case VALUE_NULL -> {
                return new Built(new YamlNode.Scalar(null, line, column), json ? JSON.nullNode() : null);
            }
            default -> {
                String text = parser.getText();
                if (text.length() > limits.maxScalarChars()) {
                    throw new TooLong(line, column);
                }
                return new Built(new YamlNode.Scalar(text, line, column), json ? jsonScalar(parser, text) : null);
            }
        }
    }

    /** The scalar under the parser as JSON: typed as a tree read from the same text would type it. */
    private static tools.jackson.databind.JsonNode jsonScalar(JsonParser parser, String text) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> JSON.numberNode(parser.getIntValue());
                    case LONG -> JSON.numberNode(parser.getLongValue());
                    default -> JSON.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> JSON.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> JSON.booleanNode(true);
            case VALUE_FALSE -> JSON.booleanNode(false);
            default -> JSON.stringNode(text);
        };
    }
}
