package org.multivector.scenario;

import org.multivector.input.Problem;
import org.multivector.input.InputRule;
import org.multivector.input.Rule;
import org.multivector.world.io.DatasetRule;
import org.multivector.input.YamlNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to a YAML mapping's values that records a {@link Problem} (file, line, column, rule)
 * for each value of the wrong kind instead of throwing; the lever and strategy-study readers share it.
 */
public final class YamlFields {

    private final String file;
    private final List<Problem> problems;

    /** Records problems about {@code file} into {@code problems}. */
    public YamlFields(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The file named in messages. */
    public String file() {
        return file;
    }

    /** Records a problem at {@code node}. */
    public void problem(YamlNode node, Rule rule, String message) {
        problems.add(new Problem(file, node.line(), node.column(), rule, message));
    }

    /** Records a problem at a mapping key. */
    public void problem(YamlNode.Key key, Rule rule, String message) {
        problems.add(new Problem(file, key.line(), key.column(), rule, message));
    }

    /** Reports every key of {@code map} not in {@code allowed}. */
    public void checkKeys(YamlNode.Mapping map, Set<String> allowed, String what) {
        for (YamlNode.Key key : map.keyMap().values()) {
            if (!allowed.contains(key.name())) {
                problem(key, InputRule.INVALID_VALUE, "unknown key '" + key.name() + "' in " + what
                        + "\nMaybe one of: " + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        }
    }

    /** The mapping under {@code key}, or null (with a problem when required or of another kind). */
    public YamlNode.Mapping mapping(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                missing(map, key);
            }
            return null;
        }
        if (node instanceof YamlNode.Mapping result) {
            return result;
        }
        problem(node, InputRule.INVALID_VALUE, "'" + key + "' must be a mapping of keys to values");
        return null;
    }

    /** The list under {@code key}, or null. */
    public YamlNode.Sequence sequence(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                missing(map, key);
            }
            return null;
        }
        if (node instanceof YamlNode.Sequence result) {
            return result;
        }
        problem(node, InputRule.INVALID_VALUE, "'" + key + "' must be a list");
        return null;
    }

    /** The number under {@code key}, or null. */
    public Double number(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                missing(map, key);
            }
            return null;
        }
        return number(node, key);
    }

    /** The number under {@code key} within [min, max], or null. */
    public Double number(YamlNode.Mapping map, String key, boolean required, double min, double max) {
        Double value = number(map, key, required);
        if (value != null && (value < min || value > max)) {
            problem(map.get(key), InputRule.INVALID_VALUE, "'" + key + "' must lie between " + plain(min) + " and " + plain(max)
                    + ", was " + plain(value));
            return null;
        }
        return value;
    }

    /** A scalar node as a finite number, or null. */
    public Double number(YamlNode node, String what) {
        String text = scalar(node, what);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problem(node, InputRule.NOT_A_NUMBER, "'" + what + "' must be a number, was '" + text + "'");
            return null;
        }
    }

    /** The whole number under {@code key} within [min, max], or null. */
    public Integer integer(YamlNode.Mapping map, String key, boolean required, int min, int max) {
        Double value = number(map, key, required);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value < min || value > max) {
            problem(map.get(key), InputRule.INVALID_VALUE, "'" + key + "' must be a whole number from " + min + " to " + max
                    + ", was " + plain(value));
            return null;
        }
        return value.intValue();
    }

    /** The non-empty text under {@code key}, or null. */
    public String text(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                missing(map, key);
            }
            return null;
        }
        String text = scalar(node, key);
        if (text != null && text.isBlank()) {
            problem(node, InputRule.MISSING_FIELD, "'" + key + "' is empty");
            return null;
        }
        return text;
    }

    /** The boolean under {@code key}, or {@code otherwise}. */
    public boolean bool(YamlNode.Mapping map, String key, boolean otherwise) {
        YamlNode node = map.get(key);
        if (node == null) {
            return otherwise;
        }
        String text = scalar(node, key);
        if ("true".equals(text)) {
            return true;
        }
        if ("false".equals(text)) {
            return false;
        }
        problem(node, InputRule.INVALID_VALUE, "'" + key + "' must be true or false, was '" + text + "'");
        return otherwise;
    }

    /** A scalar's text, or null with a problem when the node is a mapping or list. */
    public String scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar) {
            if (scalar.text() == null) {
                problem(node, InputRule.MISSING_FIELD, "'" + what + "' has no value");
            }
            return scalar.text();
        }
        problem(node, InputRule.INVALID_VALUE, "'" + what + "' must be a single value, not a "
                + (node instanceof YamlNode.Mapping ? "mapping" : "list"));
        return null;
    }

    /** Records that {@code key} is missing from {@code map}. */
    public void missing(YamlNode.Mapping map, String key) {
        problems.add(new Problem(file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
    }

    /** Where a node stands. */
    public static At at(YamlNode node) {
        return new At(node.line(), node.column());
    }

    /** A number without a trailing ".0" when it is whole. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
