package org.multivector.bargaining.io;

import org.multivector.bargaining.Issue;
import org.multivector.bargaining.Stakeholder;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.YamlInput;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a bargaining issue from CSV (header {@code Actor,Capability,Position,Salience}, the layout of the
 * open BDM replications) or YAML (with the issue's name, scale, sources and labelled assumptions; see
 * docs/bargaining.md). Every problem is reported with file, line, column and rule; a file with any
 * problem yields no issue at all.
 */
public final class IssueReader {

    static final List<String> CSV_HEADER = List.of("Actor", "Capability", "Position", "Salience");
    private static final Set<String> TOP_KEYS =
            Set.of("issue", "scale", "stakeholders", "sources", "assumptions", "description");
    private static final Set<String> SCALE_KEYS = Set.of("min", "max", "description");
    private static final Set<String> STAKEHOLDER_KEYS =
            Set.of("actor", "capability", "position", "salience", "note", "assumption");

    private IssueReader() {}

    /** Reads {@code file}: YAML if it ends in .yaml or .yml, CSV otherwise. */
    public static Issue read(Path file) throws InvalidIssueException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidIssueException(
                    List.of(new Problem(name, 0, 0, InputRule.UNREADABLE_FILE, "no such file")));
        } catch (IOException e) {
            throw new InvalidIssueException(List.of(
                    new Problem(name, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage())));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            List<Problem> problems = new ArrayList<>();
            YamlNode root = YamlReader.read(new java.io.ByteArrayInputStream(bytes), name, problems);
            return readYaml(root, name, problems);
        }
        return readCsv(new java.io.ByteArrayInputStream(bytes), name, baseName(file));
    }

    /** Reads CSV text; {@code file} names it in messages and {@code issueName} becomes the issue's name. */
    public static Issue readCsv(InputStream in, String file, String issueName) throws InvalidIssueException {
        List<Problem> problems = new ArrayList<>();
        List<Stakeholder> stakeholders = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvReader csv = CsvReader.utf8(in)) {
            CsvRecord header = csv.next();
            if (header == null) {
                throw new InvalidIssueException(
                        List.of(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "the file is empty")));
            }
            int[] column = new int[CSV_HEADER.size()];
            java.util.Arrays.fill(column, -1);
            for (int f = 0; f < header.size(); f++) {
                int known = indexIgnoringCase(header.field(f).strip());
                if (known < 0) {
                    problems.add(new Problem(
                            file,
                            header.line(),
                            header.column(f),
                            InputRule.HEADER,
                            "unknown column '" + header.field(f) + "'\nMaybe the header should be "
                                    + String.join(",", CSV_HEADER) + "."));
                } else if (column[known] >= 0) {
                    problems.add(new Problem(
                            file,
                            header.line(),
                            header.column(f),
                            InputRule.HEADER,
                            "column '" + header.field(f) + "' appears twice"));
                } else {
                    column[known] = f;
                }
            }
            for (int c = 0; c < column.length; c++) {
                if (column[c] < 0) {
                    problems.add(new Problem(
                            file,
                            header.line(),
                            0,
                            InputRule.HEADER,
                            "missing column '" + CSV_HEADER.get(c) + "'\nMaybe the header should be "
                                    + String.join(",", CSV_HEADER) + "."));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidIssueException(problems);
            }
            CsvRecord row;
            while ((row = csv.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(
                            file,
                            row.line(),
                            0,
                            InputRule.FIELD_COUNT,
                            "the row has " + row.size() + " fields, the header " + header.size()));
                    continue;
                }
                String actor = row.field(column[0]).strip();
                if (actor.isEmpty()) {
                    problems.add(new Problem(
                            file,
                            row.line(),
                            row.column(column[0]),
                            InputRule.MISSING_FIELD,
                            "the actor's name is empty"));
                    continue;
                }
                Integer earlier = seen.putIfAbsent(actor, row.line());
                if (earlier != null) {
                    problems.add(new Problem(
                            file,
                            row.line(),
                            row.column(column[0]),
                            IssueRule.DUPLICATE,
                            "actor '" + actor + "' already appears on line " + earlier));
                    continue;
                }
                Stakeholder s = stakeholder(
                        actor,
                        new Located(row.field(column[1]), row.line(), row.column(column[1])),
                        new Located(row.field(column[2]), row.line(), row.column(column[2])),
                        new Located(row.field(column[3]), row.line(), row.column(column[3])),
                        file,
                        problems);
                if (s != null) {
                    stakeholders.add(s);
                }
            }
        } catch (CsvFormatException e) {
            problems.add(e.problem(file));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
        if (problems.isEmpty() && stakeholders.size() < 2) {
            problems.add(new Problem(
                    file,
                    0,
                    0,
                    InputRule.MISSING_FIELD,
                    "an issue needs at least two actors, the file has " + stakeholders.size()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidIssueException(problems);
        }
        return Issue.of(issueName, stakeholders);
    }

    /** Reads YAML text; {@code file} names it in messages. */
    public static Issue readYaml(String text, String file) throws InvalidIssueException {
        List<Problem> problems = new ArrayList<>();
        return readYaml(YamlReader.read(new StringReader(text), file, problems), file, problems);
    }

    private static Issue readYaml(YamlNode root, String file, List<Problem> problems) throws InvalidIssueException {
        if (root == null) {
            throw new InvalidIssueException(problems);
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw new InvalidIssueException(List.of(new Problem(
                    file,
                    root.line(),
                    root.column(),
                    InputRule.INVALID_VALUE,
                    "the file must be a mapping with keys issue, scale, stakeholders, sources, assumptions")));
        }
        unknownKeys(top, TOP_KEYS, file, problems);
        String issueName = text(top, "issue", file, problems, true);
        String scaleText = "";
        OptionalDouble min = OptionalDouble.empty();
        OptionalDouble max = OptionalDouble.empty();
        YamlNode scale = top.get("scale");
        if (scale instanceof YamlNode.Mapping scaleMap) {
            unknownKeys(scaleMap, SCALE_KEYS, file, problems);
            String description = text(scaleMap, "description", file, problems, false);
            scaleText = description == null ? "" : description;
            min = optionalNumber(scaleMap.get("min"), "scale min", file, problems);
            max = optionalNumber(scaleMap.get("max"), "scale max", file, problems);
            if (min.isPresent() && max.isPresent() && !(min.getAsDouble() < max.getAsDouble())) {
                problems.add(new Problem(
                        file,
                        scaleMap.line(),
                        scaleMap.column(),
                        InputRule.INVALID_VALUE,
                        "scale min " + min.getAsDouble() + " must be below max " + max.getAsDouble()));
            }
        } else if (scale instanceof YamlNode.Scalar s && s.text() != null) {
            scaleText = s.text();
        } else if (scale != null && !(scale instanceof YamlNode.Scalar)) {
            problems.add(new Problem(
                    file,
                    scale.line(),
                    scale.column(),
                    InputRule.INVALID_VALUE,
                    "scale must be text or a mapping with min, max, description"));
        }
        List<String> sources = textList(top.get("sources"), "sources", file, problems);
        List<String> assumptions = textList(top.get("assumptions"), "assumptions", file, problems);
        List<Stakeholder> stakeholders = new ArrayList<>();
        YamlNode list = top.get("stakeholders");
        if (list == null) {
            problems.add(new Problem(
                    file, top.line(), top.column(), InputRule.MISSING_FIELD, "key 'stakeholders' is missing"));
        } else if (!(list instanceof YamlNode.Sequence seq)) {
            problems.add(new Problem(
                    file, list.line(), list.column(), InputRule.INVALID_VALUE, "'stakeholders' must be a list"));
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (YamlNode item : seq.itemList()) {
                if (!(item instanceof YamlNode.Mapping entry)) {
                    problems.add(new Problem(
                            file,
                            item.line(),
                            item.column(),
                            InputRule.INVALID_VALUE,
                            "each stakeholder must be a mapping with actor, capability, position, salience"));
                    continue;
                }
                unknownKeys(entry, STAKEHOLDER_KEYS, file, problems);
                String actor = text(entry, "actor", file, problems, true);
                Located c = located(entry, "capability", file, problems);
                Located x = located(entry, "position", file, problems);
                Located s = located(entry, "salience", file, problems);
                if (actor == null || c == null || x == null || s == null) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(actor, entry.line());
                if (earlier != null) {
                    problems.add(new Problem(
                            file,
                            entry.get("actor").line(),
                            entry.get("actor").column(),
                            IssueRule.DUPLICATE,
                            "actor '" + actor + "' already appears on line " + earlier));
                    continue;
                }
                Stakeholder stakeholder = stakeholder(actor, c, x, s, file, problems);
                if (stakeholder == null) {
                    continue;
                }
                boolean below = min.isPresent() && stakeholder.position() < min.getAsDouble();
                boolean above = max.isPresent() && stakeholder.position() > max.getAsDouble();
                if (below || above) {
                    problems.add(new Problem(
                            file,
                            x.line(),
                            x.column(),
                            InputRule.INVALID_VALUE,
                            "position " + x.text().strip() + " of " + actor + " lies outside the scale ["
                                    + min.orElse(Double.NaN) + ", " + max.orElse(Double.NaN) + "]"));
                }
                stakeholders.add(stakeholder);
            }
            if (problems.isEmpty() && stakeholders.size() < 2) {
                problems.add(new Problem(
                        file,
                        seq.line(),
                        seq.column(),
                        InputRule.MISSING_FIELD,
                        "an issue needs at least two stakeholders"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIssueException(problems);
        }
        return new Issue(issueName, scaleText, min, max, stakeholders, sources, assumptions);
    }

    private record Located(String text, int line, int column) {}

    private static Stakeholder stakeholder(
            String actor, Located c, Located x, Located s, String file, List<Problem> problems) {
        int before = problems.size();
        double capability = number(c, "capability of " + actor, file, problems);
        double position = number(x, "position of " + actor, file, problems);
        double salience = number(s, "salience of " + actor, file, problems);
        if (problems.size() > before) {
            return null;
        }
        if (capability < 0) {
            problems.add(new Problem(
                    file,
                    c.line(),
                    c.column(),
                    InputRule.NEGATIVE_VALUE,
                    "capability of " + actor + " is " + c.text().strip() + "; capabilities must be >= 0"));
        }
        if (salience < 0 || salience > 1) {
            problems.add(new Problem(
                    file,
                    s.line(),
                    s.column(),
                    InputRule.INVALID_VALUE,
                    "salience of " + actor + " is " + s.text().strip() + "; saliences lie in [0, 1]"
                            + (salience > 1 && salience <= 100
                                    ? "\nMaybe divide by 100 (a 0-100 salience scale)."
                                    : "")));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Stakeholder(actor, capability, position, salience);
    }

    private static double number(Located value, String what, String file, List<Problem> problems) {
        String text = value.text() == null ? "" : value.text().strip();
        if (text.isEmpty()) {
            problems.add(new Problem(file, value.line(), value.column(), InputRule.MISSING_FIELD, what + " is empty"));
            return Double.NaN;
        }
        try {
            double parsed = Double.parseDouble(text);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    file,
                    value.line(),
                    value.column(),
                    InputRule.NOT_A_NUMBER,
                    what + " is '" + text + "', not a number"
                            + (text.contains(",") ? "\nMaybe use a dot as the decimal separator." : "")));
            return Double.NaN;
        }
    }

    private static OptionalDouble optionalNumber(YamlNode node, String what, String file, List<Problem> problems) {
        if (node == null) {
            return OptionalDouble.empty();
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.add(
                    new Problem(file, node.line(), node.column(), InputRule.NOT_A_NUMBER, what + " must be a number"));
            return OptionalDouble.empty();
        }
        double value = number(new Located(scalar.text(), node.line(), node.column()), what, file, problems);
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Located located(YamlNode.Mapping map, String key, String file, List<Problem> problems) {
        YamlNode node = map.get(key);
        if (node == null) {
            problems.add(new Problem(
                    file, map.line(), map.column(), InputRule.MISSING_FIELD, "key '" + key + "' is missing"));
            return null;
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            problems.add(new Problem(
                    file, node.line(), node.column(), InputRule.NOT_A_NUMBER, "'" + key + "' must be a number"));
            return null;
        }
        return new Located(scalar.text(), node.line(), node.column());
    }

    private static String text(
            YamlNode.Mapping map, String key, String file, List<Problem> problems, boolean required) {
        return new YamlInput(file, problems).string(map, key, required);
    }

    private static List<String> textList(YamlNode node, String key, String file, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(new Problem(
                    file, node.line(), node.column(), InputRule.INVALID_VALUE, "'" + key + "' must be a list of text"));
            return out;
        }
        for (YamlNode item : seq.itemList()) {
            if (item instanceof YamlNode.Scalar s && s.text() != null) {
                out.add(s.text().strip());
            } else {
                problems.add(new Problem(
                        file,
                        item.line(),
                        item.column(),
                        InputRule.INVALID_VALUE,
                        "each entry of '" + key + "' must be text"));
            }
        }
        return out;
    }

    private static void unknownKeys(YamlNode.Mapping map, Set<String> allowed, String file, List<Problem> problems) {
        new YamlInput(file, problems).onlyKeys(map, new java.util.TreeSet<>(allowed));
    }

    private static int indexIgnoringCase(String name) {
        for (int i = 0; i < CSV_HEADER.size(); i++) {
            if (CSV_HEADER.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
