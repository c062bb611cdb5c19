package org.multivector.input;

import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to a YAML document: every accessor reads one key of a mapping as a string,
 * whole number, number, boolean, word from a closed set, list or mapping, and when the value is missing
 * or of the wrong kind records a {@link Problem} at the value's own line and column and returns null.
 * {@link #onlyKeys} reports keys the format does not define, with "Maybe years?" for a misspelling.
 * One reader keeps one instance per file and collects every problem in one pass.
 */
public final class YamlInput {

    private final String file;
    private final List<Problem> problems;

    /** Accessors for {@code file} that add their problems to {@code problems}. */
    public YamlInput(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads {@code in} as YAML under the default limits; null (with the problem recorded) when it cannot be. */
    public YamlNode read(InputStream in) {
        return YamlReader.read(in, file, problems);
    }

    /** The file the problems are reported on. */
    public String file() {
        return file;
    }

    /** The problems recorded so far (the list given at construction). */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems are recorded: compare before and after reading a part to see whether it was sound. */
    public int problemCount() {
        return problems.size();
    }

    /** Records a problem at {@code at}'s place. */
    public void problem(YamlNode at, Rule rule, String message) {
        problems.add(new Problem(file, at.line(), at.column(), rule, message));
    }

    /** Records a problem at a key's place. */
    public void problem(YamlNode.Key at, Rule rule, String message) {
        problems.add(new Problem(file, at.line(), at.column(), rule, message));
    }

    /** The node as a mapping, or null after reporting that {@code what} must be one. */
    public YamlNode.Mapping mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        problem(node, InputRule.INVALID_VALUE, what + " must be a mapping of keys to values");
        return null;
    }

    /**
     * Reports every key of {@code map} that is not in {@code allowed}, at the key's own line, naming the
     * nearest allowed key ("Maybe years?") or listing them all.
     */
    public void onlyKeys(YamlNode.Mapping map, Collection<String> allowed) {
        onlyKeys(map, allowed, "");
    }

    /** As {@link #onlyKeys(YamlNode.Mapping, Collection)}; {@code where} names the mapping ("in a dimension"). */
    public void onlyKeys(YamlNode.Mapping map, Collection<String> allowed, String where) {
        Set<String> known = Set.copyOf(allowed);
        for (YamlNode.Key key : map.keyMap().values()) {
            if (!known.contains(key.name())) {
                problem(
                        key,
                        InputRule.UNKNOWN_KEY,
                        "unknown key '" + key.name() + "'" + (where.isEmpty() ? "" : " " + where)
                                + Suggestions.maybe(key.name(), allowed));
            }
        }
    }

    /** The stripped text under {@code key}; null when absent, blank or not a single value (reported when required or malformed). */
    public String string(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(
                        file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof YamlNode.Scalar s && s.text() == null) {
            if (required) {
                problem(node, InputRule.MISSING_FIELD, "'" + key + "' has no value");
            }
            return null;
        }
        String value = scalar(node, key);
        if (value != null && value.isBlank()) {
            if (required) {
                problem(node, InputRule.MISSING_FIELD, "'" + key + "' is empty");
            }
            return null;
        }
        return value == null ? null : value.strip();
    }

    /** The node's text, or null after reporting that {@code what} must be a single value (or has none). */
    public String scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.text() == null) {
                problem(node, InputRule.MISSING_FIELD, "'" + what + "' has no value");
            }
            return s.text();
        }
        problem(node, InputRule.INVALID_VALUE, "'" + what + "' must be a single value");
        return null;
    }

    /** The whole number under {@code key}, or null. */
    public Integer integer(YamlNode.Mapping map, String key, boolean required) {
        String text = string(map, key, required);
        return text == null ? null : integer(map.get(key), text, key);
    }

    /** The node as a whole number, or null after reporting it. */
    public Integer integer(YamlNode node, String what) {
        String text = scalar(node, what);
        return text == null ? null : integer(node, text.strip(), what);
    }

    private Integer integer(YamlNode node, String text, String what) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problem(node, InputRule.NOT_A_NUMBER, "'" + what + "' must be a whole number, was '" + text + "'");
            return null;
        }
    }

    /** The finite number under {@code key}, or null. */
    public Double number(YamlNode.Mapping map, String key, boolean required) {
        String text = string(map, key, required);
        return text == null ? null : number(map.get(key), text, key);
    }

    /** The node as a finite number, or null after reporting it. */
    public Double number(YamlNode node, String what) {
        String text = scalar(node, what);
        return text == null ? null : number(node, text.strip(), what);
    }

    private Double number(YamlNode node, String text, String what) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, InputRule.NOT_A_NUMBER, "'" + what + "' must be a number, was '" + text + "'");
        return null;
    }

    /** {@code true} or {@code false} under {@code key}, or null. */
    public Boolean bool(YamlNode.Mapping map, String key, boolean required) {
        String text = string(map, key, required);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(
                        map.get(key),
                        InputRule.INVALID_VALUE,
                        "'" + key + "' must be true or false, was '" + text + "'");
                yield null;
            }
        };
    }

    /**
     * One of a closed set of words under {@code key}, or null after reporting the word with the nearest
     * allowed one.
     *
     * @param words each allowed word as written in files, with its value
     */
    public <T> T choice(YamlNode.Mapping map, String key, Map<String, T> words, boolean required) {
        String text = string(map, key, required);
        if (text == null) {
            return null;
        }
        T value = words.get(text);
        if (value == null) {
            problem(
                    map.get(key),
                    InputRule.INVALID_VALUE,
                    "'" + key + "' is '" + text + "', not one of " + String.join(", ", words.keySet())
                            + Suggestions.closest(text, words.keySet())
                                    .map(w -> "\nMaybe " + w + "?")
                                    .orElse(""));
        }
        return value;
    }

    /** An enum constant written in lower case ({@code GREAT_POWER} as {@code great_power}), or null. */
    public <E extends Enum<E>> E choice(YamlNode.Mapping map, String key, Class<E> type, boolean required) {
        return choice(map, key, words(type), required);
    }

    /** The words of an enum as files write them: the constant's name in lower case. */
    public static <E extends Enum<E>> Map<String, E> words(Class<E> type) {
        Map<String, E> words = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            words.put(constant.name().toLowerCase(Locale.ROOT), constant);
        }
        return words;
    }

    /** The list under {@code key}, or null (reported when required or not a list). */
    public YamlNode.Sequence list(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(
                        file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        problem(node, InputRule.INVALID_VALUE, "'" + key + "' must be a list");
        return null;
    }

    /** The mapping under {@code key}, or null (reported when required or not a mapping). */
    public YamlNode.Mapping map(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(
                        file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        problem(node, InputRule.INVALID_VALUE, "'" + key + "' must be a mapping of keys to values");
        return null;
    }

    /** Each item of the list under {@code key} as text; items that are not single values are reported and left out. */
    public List<String> strings(YamlNode.Mapping map, String key, boolean required) {
        YamlNode.Sequence sequence = list(map, key, required);
        if (sequence == null) {
            return null;
        }
        List<String> values = new java.util.ArrayList<>();
        for (YamlNode item : sequence.itemList()) {
            String text = scalar(item, key + " entry");
            if (text != null) {
                values.add(text.strip());
            }
        }
        return values;
    }

    /** The whole number under {@code key} within [min, max], or null (reported when outside). */
    public Integer integer(YamlNode.Mapping map, String key, boolean required, int min, int max) {
        Integer value = integer(map, key, required);
        if (value != null && (value < min || value > max)) {
            problem(
                    map.get(key),
                    InputRule.INVALID_VALUE,
                    "'" + key + "' must lie between " + min + " and " + max + ", was " + value);
            return null;
        }
        return value;
    }

    /** The finite number under {@code key} within [min, max], or null (reported when outside). */
    public Double number(YamlNode.Mapping map, String key, boolean required, double min, double max) {
        Double value = number(map, key, required);
        if (value != null && (value < min || value > max)) {
            problem(
                    map.get(key),
                    InputRule.INVALID_VALUE,
                    "'" + key + "' must lie between " + plain(min) + " and " + plain(max) + ", was " + plain(value));
            return null;
        }
        return value;
    }

    /** Records that {@code key} is missing from {@code map}, at the mapping. */
    public void missing(YamlNode.Mapping map, String key) {
        problems.add(new Problem(
                file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
    }

    /** A number as a file would write it: no trailing ".0" when it is whole. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
