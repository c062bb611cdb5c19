package org.multivector.imports;

import org.multivector.input.Problem;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.world.Actor;
import org.multivector.world.Dimension;
import org.multivector.world.YearRange;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a new dataset manifest, or adds actors, dimensions, file names and years to an existing one by
 * editing its text in place, so that the user's comments, order and other keys survive an import.
 */
final class ManifestText {

    private ManifestText() {}

    /** The text of a new manifest. */
    static String create(
            String name,
            String description,
            String version,
            String focal,
            YearRange years,
            List<Dimension> dimensions,
            List<Actor> actors) {
        StringBuilder text = new StringBuilder();
        text.append("# Written by `multivector import` (see docs/importers.md). Edit freely: names, actor kinds\n");
        text.append("# (great_power, middle_power, small_state, bloc, organisation, aggregate), the description.\n");
        text.append("name: ").append(quote(name)).append('\n');
        text.append("title: ").append(quote(name)).append('\n');
        text.append("version: ").append(quote(version)).append('\n');
        text.append("description: ").append(quote(description)).append('\n');
        text.append("focal: ").append(focal).append('\n');
        text.append("years:\n  from: ")
                .append(years.from())
                .append("\n  to: ")
                .append(years.to())
                .append('\n');
        text.append("dimensions:\n");
        dimensions.forEach(d -> text.append(dimension(d, "  ")));
        text.append("actors:\n");
        actors.forEach(a -> text.append(actor(a, "  ")));
        return text.toString();
    }

    /**
     * The existing manifest {@code text} with the new actors and dimensions appended to their lists, the
     * new files to {@code files} (when the manifest lists files) and the years widened.
     *
     * @throws IllegalArgumentException when the manifest cannot be edited (a list written in flow style)
     */
    static String edit(
            String text,
            String file,
            List<Dimension> dimensions,
            List<Actor> actors,
            List<String> newFiles,
            YearRange years) {
        List<Problem> problems = new ArrayList<>();
        YamlNode root = YamlReader.read(new StringReader(text), file, problems);
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new IllegalArgumentException(file + ": the manifest cannot be read: " + problems);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        // years first: they change no line count
        YamlNode yearsNode = top.get("years");
        if (years != null && yearsNode instanceof YamlNode.Mapping y) {
            replaceScalar(lines, y.get("from"), Integer.toString(years.from()));
            replaceScalar(lines, y.get("to"), Integer.toString(years.to()));
        }
        List<Insert> inserts = new ArrayList<>();
        List<Item> dimensionItems = dimensions.stream()
                .map(d -> new Item(dimension(d, ""), flowDimension(d)))
                .toList();
        List<Item> actorItems =
                actors.stream().map(a -> new Item(actor(a, ""), flowActor(a))).toList();
        List<Item> fileItems =
                newFiles.stream().map(f -> new Item("- " + f + "\n", f)).toList();
        addItems(top, "dimensions", lines, file, dimensionItems, inserts);
        addItems(top, "actors", lines, file, actorItems, inserts);
        if (top.get("files") != null) {
            addItems(top, "files", lines, file, fileItems, inserts);
        }
        inserts.sort(Comparator.comparingInt(Insert::beforeLine).reversed());
        for (Insert insert : inserts) {
            lines.addAll(insert.beforeLine(), insert.lineList());
        }
        return String.join("\n", lines) + "\n";
    }

    /** Lines to insert before a 0-based line index. */
    private record Insert(int beforeLine, List<String> lineList) {}

    /** One list item written as a block (lines without indentation) and as a one-line flow value. */
    private record Item(String block, String flow) {}

    /**
     * Appends items to the list under {@code key}: to a block list as "- " items in the style of its
     * first item (block or one-line flow mappings), to a one-line flow list ({@code [a, b]}) inside
     * the brackets.
     */
    private static void addItems(
            YamlNode.Mapping top, String key, List<String> lines, String file, List<Item> items, List<Insert> inserts) {
        if (items.isEmpty()) {
            return;
        }
        YamlNode node = top.get(key);
        YamlNode.Key keyAt = top.keyMap().get(key);
        if (!(node instanceof YamlNode.Sequence sequence) || keyAt == null) {
            throw new IllegalArgumentException(file + ": '" + key + "' is not a list");
        }
        String keyLine = lines.get(keyAt.line() - 1);
        int bracket = keyLine.indexOf('[', keyAt.column() - 1 + key.length());
        if (bracket >= 0 && sequence.line() == keyAt.line()) {
            int close = keyLine.lastIndexOf(']');
            boolean oneLine =
                    close > bracket && sequence.itemList().stream().allMatch(item -> item.line() == keyAt.line());
            if (!oneLine) {
                throw new IllegalArgumentException(
                        file + ":" + keyAt.line() + ": '" + key
                                + "' is a flow list ([...]) over several lines; write it on one line or as a block list (one '- ' item a line)");
            }
            String added = String.join(", ", items.stream().map(Item::flow).toList());
            boolean empty = keyLine.substring(bracket + 1, close).isBlank();
            lines.set(
                    keyAt.line() - 1,
                    keyLine.substring(0, close).stripTrailing()
                            + (empty ? "" : ", ")
                            + added
                            + keyLine.substring(close));
            return;
        }
        String indent = "  ";
        boolean flowItems = false;
        if (!sequence.itemList().isEmpty()) {
            YamlNode first = sequence.itemList().getFirst();
            String line = lines.get(first.line() - 1);
            int dash = line.lastIndexOf('-', Math.max(0, first.column() - 1));
            if (dash < 0 || !line.substring(0, dash).isBlank()) {
                throw new IllegalArgumentException(
                        file + ":" + first.line() + ": cannot find the '- ' of the first item of '" + key + "'");
            }
            indent = " ".repeat(dash);
            flowItems = line.substring(dash + 1).stripLeading().startsWith("{");
        }
        int end = lines.size();
        for (YamlNode.Key other : top.keyMap().values()) {
            if (other.line() > keyAt.line() && other.line() - 1 < end) {
                end = other.line() - 1;
            }
        }
        while (end > keyAt.line()
                && (lines.get(end - 1).isBlank()
                        || lines.get(end - 1).stripLeading().startsWith("#"))) {
            end--;
        }
        List<String> added = new ArrayList<>();
        for (Item item : items) {
            if (flowItems) {
                added.add(indent + "- " + item.flow());
                continue;
            }
            for (String line :
                    item.block().substring(0, item.block().length() - 1).split("\n")) {
                added.add(indent + line);
            }
        }
        inserts.add(new Insert(end, added));
    }

    private static void replaceScalar(List<String> lines, YamlNode node, String value) {
        if (node == null) {
            return;
        }
        String line = lines.get(node.line() - 1);
        int start = node.column() - 1;
        int at = start;
        while (at < line.length() && (line.charAt(at) == '"' || line.charAt(at) == '\'')) {
            at++;
        }
        int end = at;
        while (end < line.length() && Character.isDigit(line.charAt(end))) {
            end++;
        }
        lines.set(node.line() - 1, line.substring(0, at) + value + line.substring(end));
    }

    static String dimension(Dimension d, String indent) {
        return indent + "- id: " + d.id() + "\n"
                + indent + "  name: " + quote(d.name()) + "\n"
                + indent + "  unit: " + quote(d.unit()) + "\n"
                + indent + "  kind: " + d.kind().name().toLowerCase(Locale.ROOT) + "\n"
                + (d.signed() ? indent + "  signed: true\n" : "")
                + (d.description().isEmpty() ? "" : indent + "  description: " + quote(d.description()) + "\n");
    }

    static String actor(Actor a, String indent) {
        return indent + "- code: " + a.code() + "\n"
                + indent + "  name: " + quote(a.name()) + "\n"
                + indent + "  kind: " + a.kind().fileName() + "\n"
                + (a.cowCode().isPresent() ? indent + "  cow: " + a.cowCode().getAsInt() + "\n" : "");
    }

    static String flowDimension(Dimension d) {
        return "{id: " + d.id() + ", name: " + quote(d.name()) + ", unit: " + quote(d.unit()) + ", kind: "
                + d.kind().name().toLowerCase(Locale.ROOT) + (d.signed() ? ", signed: true" : "")
                + (d.description().isEmpty() ? "" : ", description: " + quote(d.description())) + "}";
    }

    static String flowActor(Actor a) {
        return "{code: " + a.code() + ", name: " + quote(a.name()) + ", kind: "
                + a.kind().fileName()
                + (a.cowCode().isPresent() ? ", cow: " + a.cowCode().getAsInt() : "") + "}";
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
