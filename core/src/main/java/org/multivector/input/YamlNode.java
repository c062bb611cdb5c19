package org.multivector.input;

import java.util.List;
import java.util.Map;

/**
 * A YAML value together with where it stands in its file, so that validation errors can name the
 * line and column of the offending value. Read with {@link YamlReader}.
 */
public sealed interface YamlNode {

    /** 1-based line of the value. */
    int line();

    /** 1-based column of the value. */
    int column();

    /** A mapping; keys keep their file order. */
    record Mapping(Map<String, YamlNode> entryMap, Map<String, Key> keyMap, int line, int column) implements YamlNode {
        public Mapping {
            entryMap = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entryMap));
            keyMap = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyMap));
        }

        /** The value under {@code key}, or null. */
        public YamlNode get(String key) {
            return entryMap.get(key);
        }
    }

    /** Where a mapping key stands. */
    record Key(String name, int line, int column) {}

    /** A sequence. */
    record Sequence(List<YamlNode> itemList, int line, int column) implements YamlNode {
        public Sequence {
            itemList = List.copyOf(itemList);
        }
    }

    /** A scalar as written (numbers and booleans too); {@code text} is null for YAML null. */
    record Scalar(String text, int line, int column) implements YamlNode {}
}
