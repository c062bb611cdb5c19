package org.multivector.world.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML document into a {@link YamlNode} tree that remembers line and column of every value. */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * Parses {@code text}; a syntax error or a repeated key becomes a {@link Problem} on {@code file}.
     *
     * @return the root node, or null when the text is not valid YAML (then {@code problems} says why)
     */
    public static YamlNode read(Reader text, String file, List<Problem> problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "the file is empty"));
                return null;
            }
            return node(parser, file, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            problems.add(new Problem(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), Rule.UNREADABLE_FILE, "invalid YAML: " + message));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private static YamlNode node(JsonParser parser, String file, List<Problem> problems) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode.Key> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    parser.nextToken();
                    YamlNode value = node(parser, file, problems);
                    if (entries.containsKey(name)) {
                        problems.add(new Problem(file, keyAt.getLineNr(), keyAt.getColumnNr(), Rule.DUPLICATE_DECLARATION,
                                "key '" + name + "' appears twice in the same mapping"));
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
                    items.add(node(parser, file, problems));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line, column);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), line, column);
            }
        }
    }
}
