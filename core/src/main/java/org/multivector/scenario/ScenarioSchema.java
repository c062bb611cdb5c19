package org.multivector.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.multivector.input.Problem;
import org.multivector.input.Suggestions;
import org.multivector.input.YamlNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates a scenario file against its JSON Schema, {@code docs/scenario.schema.json} (shipped on the
 * class path as {@code scenario.schema.json} next to this class): the one place that holds the file's
 * keys, types, ranges and words. Each violation becomes a {@link Problem} at the line and column of the
 * value at fault (of the key itself for an unknown key, with "Maybe ..." naming the nearest known key).
 * What a schema cannot say (names that refer to other parts, the dataset) stays in {@link ScenarioReader}.
 */
public final class ScenarioSchema {

    /** The class-path resource of the schema. */
    public static final String RESOURCE = "scenario.schema.json";

    private static final Schema SCHEMA;
    private static final Set<String> KEYS = new TreeSet<>();
    private static final JsonNode ROOT;

    static {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is missing from the class path next to " + ScenarioSchema.class.getName());
            }
            byte[] bytes = in.readAllBytes();
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), InputFormat.JSON);
            ROOT = JsonMapper.builder().build().readTree(bytes);
            collectKeys(ROOT, KEYS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private ScenarioSchema() {}

    /**
     * The schema's problems with a document read by {@link org.multivector.input.YamlReader#readDocument},
     * placed with its {@code root}; empty when the file follows the schema. The validator checks the
     * reader's own JSON tree, so a value is typed once, by one parser, for the schema and for the reader.
     */
    public static List<Problem> check(org.multivector.input.YamlReader.Document document, String file) {
        YamlNode root = document.root();
        List<Error> errors;
        try {
            errors = SCHEMA.validate(document.json());
        } catch (RuntimeException e) {
            // the text was read by YamlReader already; a second parser that refuses it still leaves the file unchecked
            return List.of(new Problem(
                    file,
                    root.line(),
                    root.column(),
                    ScenarioRule.SCHEMA,
                    "the file cannot be checked against the scenario schema: " + e.getMessage()));
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Finding finding : select(errors, 0)) {
            Problem problem = problem(finding, root, file);
            problems.putIfAbsent(problem.line() + ":" + problem.column() + ":" + problem.message(), problem);
        }
        return List.copyOf(problems.values());
    }

    /**
     * The errors worth showing. A {@code oneOf} (a number or {@code {param: NAME}}; one shock type or
     * distribution among several) fails as a whole when every branch fails, and networknt reports every
     * branch's failures. The branch the user meant is one whose discriminator ({@code const}) matches and
     * whose kind ({@code type} at the value itself) fits; its own failures are shown (branches nest, so
     * this recurses). When no discriminator matches, one problem lists the words allowed.
     */
    private record Finding(NodePath location, String keyword, String property, String message) {

        static Finding of(Error error) {
            String message = plain(error);
            if (error.getKeyword().equals("enum")
                    && error.getSchemaNode() != null
                    && error.getSchemaNode().isArray()) {
                List<String> words = new ArrayList<>();
                error.getSchemaNode().values().forEach(word -> words.add(word.asString()));
                String given = error.getInstanceNode() != null
                                && error.getInstanceNode().isValueNode()
                        ? error.getInstanceNode().asString()
                        : "";
                message = "is not one of: " + String.join(", ", words)
                        + Suggestions.closest(given, words)
                                .map(w -> "\nMaybe " + w + "?")
                                .orElse("");
            } else if (error.getKeyword().equals("pattern")
                    || error.getKeyword().equals("format")) {
                String description = description(error);
                if (description != null) {
                    message = "is not of the form: " + description;
                }
            }
            return new Finding(error.getInstanceLocation(), error.getKeyword(), error.getProperty(), message);
        }
    }

    private static final String ONE_OF = "/oneOf";
    private static final String ANY_OF = "/anyOf";

    /** The nearest description above the schema keyword that failed: what the value should look like, in words. */
    private static String description(Error error) {
        String pointer = error.getSchemaLocation().getFragment().toString();
        while (pointer.contains("/")) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
            JsonNode node = ROOT.at(pointer.isEmpty() ? "" : pointer.startsWith("/") ? pointer : "/" + pointer);
            if (node != null && node.has("description")) {
                return node.get("description").asString();
            }
        }
        return null;
    }

    private static List<Finding> select(List<Error> errors, int from) {
        List<Finding> result = new ArrayList<>();
        Map<String, Error> summaries = new LinkedHashMap<>();
        Map<String, Map<Integer, List<Error>>> groups = new LinkedHashMap<>();
        Map<String, List<Error>> anyOf = new LinkedHashMap<>();
        List<Error> rest = new ArrayList<>();
        for (Error error : errors) {
            String path = error.getEvaluationPath().toString();
            int any = path.indexOf(ANY_OF, from);
            if (any >= 0 && (path.indexOf(ONE_OF, from) < 0 || any < path.indexOf(ONE_OF, from))) {
                anyOf.computeIfAbsent(path.substring(0, any + ANY_OF.length()), k -> new ArrayList<>())
                        .add(error);
            } else {
                rest.add(error);
            }
        }
        anyOf.forEach((group, list) -> {
            List<Error> branches = list.stream()
                    .filter(e -> !e.getEvaluationPath().toString().equals(group))
                    .toList();
            Error first = branches.isEmpty() ? list.getFirst() : branches.getFirst();
            result.add(new Finding(
                    first.getInstanceLocation(),
                    first.getKeyword(),
                    null,
                    String.join(
                            " or ",
                            branches.stream()
                                    .map(ScenarioSchema::plain)
                                    .distinct()
                                    .toList())));
        });
        for (Error error : rest) {
            String path = error.getEvaluationPath().toString();
            int at = path.indexOf(ONE_OF, from);
            if (at < 0) {
                result.add(Finding.of(error));
                continue;
            }
            String group = path.substring(0, at + ONE_OF.length());
            if (path.length() == group.length()) {
                summaries.put(group, error);
                continue;
            }
            int start = at + ONE_OF.length() + 1;
            int end = start;
            while (end < path.length() && Character.isDigit(path.charAt(end))) {
                end++;
            }
            int branch = end > start ? Integer.parseInt(path.substring(start, end)) : -1;
            groups.computeIfAbsent(group, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(branch, k -> new ArrayList<>())
                    .add(error);
        }
        for (Map.Entry<String, Error> entry : summaries.entrySet()) {
            Error summary = entry.getValue();
            Map<Integer, List<Error>> branches = groups.getOrDefault(entry.getKey(), Map.of());
            List<Error> best = null;
            List<Object> words = new ArrayList<>();
            for (List<Error> branch : branches.values()) {
                boolean discriminated = false;
                boolean wrongKind = false;
                for (Error error : branch) {
                    if (error.getKeyword().equals("const")) {
                        discriminated = true;
                        if (error.getArguments() != null && error.getArguments().length > 0) {
                            words.add(error.getArguments()[0]);
                        }
                    } else if (error.getKeyword().equals("type")
                            && error.getInstanceLocation().equals(summary.getInstanceLocation())) {
                        wrongKind = true;
                    }
                }
                if (!discriminated && !wrongKind && (best == null || branch.size() < best.size())) {
                    best = branch;
                }
            }
            if (best != null) {
                result.addAll(select(best, entry.getKey().length() + 1));
            } else if (!words.isEmpty()) {
                Error word = branches.values().stream()
                        .flatMap(List::stream)
                        .filter(e -> e.getKeyword().equals("const"))
                        .findFirst()
                        .orElseThrow();
                result.add(new Finding(
                        word.getInstanceLocation(),
                        "const",
                        null,
                        "is not one of: "
                                + String.join(
                                        ", ",
                                        words.stream().map(String::valueOf).toList())));
            } else {
                result.add(Finding.of(summary));
            }
        }
        return result;
    }

    private static Problem problem(Finding finding, YamlNode root, String file) {
        NodePath path = finding.location();
        YamlNode node = root;
        YamlNode.Key key = null;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object element = path.getElement(i);
            if (node instanceof YamlNode.Mapping map && element instanceof String name) {
                key = map.keyMap().get(name);
                node = map.get(name);
            } else if (node instanceof YamlNode.Sequence list
                    && element instanceof Integer index
                    && index < list.itemList().size()) {
                key = null;
                node = list.itemList().get(index);
            } else {
                node = null;
            }
        }
        String where = where(path);
        String message;
        int line = node != null ? node.line() : key != null ? key.line() : 1;
        int column = node != null ? node.column() : key != null ? key.column() : 1;
        if (finding.keyword().equals("additionalProperties")
                && finding.property() != null
                && node instanceof YamlNode.Mapping map) {
            String unknown = finding.property();
            YamlNode.Key at = map.keyMap().get(unknown);
            if (at != null) {
                line = at.line();
                column = at.column();
            }
            message = "unknown key '" + unknown + "'" + (where.isEmpty() ? "" : " in " + where)
                    + Suggestions.maybe(
                            unknown,
                            KEYS.stream().filter(k -> !k.equals(unknown)).toList());
        } else {
            String value =
                    node instanceof YamlNode.Scalar scalar && scalar.text() != null ? "'" + scalar.text() + "' " : "";
            message = (where.isEmpty() ? "the scenario" : "'" + where + "'") + ": " + value + finding.message();
        }
        return new Problem(file, line, column, ScenarioRule.SCHEMA, message);
    }

    /** The networknt message without its leading instance path. */
    private static String plain(Error error) {
        String message = error.getMessage();
        String prefix = error.getInstanceLocation().toString() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A path as a user reads it: {@code corridors.routes[2].capacity}. */
    private static String where(NodePath path) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(element);
            }
        }
        return text.toString();
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                keys.addAll(properties.propertyNames());
            }
            node.values().forEach(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.values().forEach(child -> collectKeys(child, keys));
        }
    }
}
