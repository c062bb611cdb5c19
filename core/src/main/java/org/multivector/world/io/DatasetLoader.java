package org.multivector.world.io;

import org.multivector.input.CsvColumns;
import org.multivector.input.CsvRow;
import org.multivector.input.CsvTable;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Suggestions;
import org.multivector.input.YamlInput;
import org.multivector.input.YamlNode;
import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.BlocMember;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Loads a dataset (a YAML manifest and tidy CSV files of figures) into a {@link World}, validating
 * everything on the way. Every problem in every file is collected in one pass and reported together
 * as an {@link InvalidDatasetException}; when there is any, no world is returned, so nothing partial
 * is ever kept. The embedded default dataset goes through the very same checks.
 *
 * <p>The format is documented in {@code docs/data.md}: one figure a row under the header
 * {@value #HEADER_TEXT}.
 */
public final class DatasetLoader {

    /** The name of the embedded default dataset. */
    public static final String DEFAULT_DATASET = "kazakhstan";

    /** The columns every figures file has (in any order; extra columns are ignored). */
    public static final List<String> COLUMNS = List.of("reporter", "partner", "dimension", "year", "value", "unit",
            "basis", "publisher", "title", "source_year", "url", "assumption", "note");

    static final String HEADER_TEXT = "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note";

    private final DatasetFiles files;
    private final List<Problem> problems = new ArrayList<>();

    private DatasetLoader(DatasetFiles files) {
        this.files = files;
    }

    /** Loads the dataset embedded in the product under {@code name} (e.g. {@value #DEFAULT_DATASET}). */
    public static World embedded(String name) throws InvalidDatasetException {
        return load(new DatasetFiles.Embedded(name));
    }

    /** Loads the embedded default dataset, Kazakhstan and its partners. */
    public static World defaultWorld() throws InvalidDatasetException {
        return embedded(DEFAULT_DATASET);
    }

    /** Loads the dataset in a folder holding {@code manifest.yaml} and its CSV files. */
    public static World load(Path directory) throws InvalidDatasetException {
        return load(new DatasetFiles.Folder(directory));
    }

    /** Loads a dataset from wherever its files are. */
    public static World load(DatasetFiles files) throws InvalidDatasetException {
        return new DatasetLoader(files).run();
    }

    private World run() throws InvalidDatasetException {
        Manifest manifest = readManifest();
        if (manifest == null) {
            throw new InvalidDatasetException(problems);
        }
        List<Tie> ties = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (String fileName : manifest.fileList) {
            readFigures(fileName, manifest, ties, firstSeen);
        }
        if (!problems.isEmpty()) {
            problems.sort(Problem.IN_FILE_ORDER);
            throw new InvalidDatasetException(problems);
        }
        return World.of(manifest.info, manifest.actorMap.values(), manifest.dimensionMap.values(), ties);
    }

    // ---------------------------------------------------------------- manifest

    private static final class Manifest {
        DatasetInfo info;
        final Map<String, Actor> actorMap = new LinkedHashMap<>();
        final Map<String, Dimension> dimensionMap = new LinkedHashMap<>();
        List<String> fileList = List.of();
    }

    /** The keys a manifest may hold at its top level. */
    public static final List<String> MANIFEST_KEYS = List.of("name", "title", "version", "description", "focal", "years",
            "defaultBasis", "files", "dimensions", "actors");
    private static final List<String> YEARS_KEYS = List.of("from", "to");
    private static final List<String> DIMENSION_KEYS = List.of("id", "name", "unit", "kind", "description");
    private static final List<String> ACTOR_KEYS = List.of("code", "name", "kind", "cow", "members");
    private static final List<String> MEMBER_KEYS = List.of("code", "from", "to");

    private Manifest readManifest() {
        String file = files.display(DatasetFiles.MANIFEST);
        YamlInput yaml = new YamlInput(file, problems);
        YamlNode root;
        try (InputStream in = files.open(DatasetFiles.MANIFEST)) {
            root = yaml.read(in);
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE,
                    "no manifest: a dataset folder must hold manifest.yaml\nMaybe the folder is wrong; see docs/data.md for the format."));
            return null;
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the manifest: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            yaml.problem(root, InputRule.INVALID_VALUE, "the manifest must be a mapping of keys to values");
            return null;
        }
        int before = problems.size();
        yaml.onlyKeys(top, MANIFEST_KEYS, "in the manifest");
        Manifest manifest = new Manifest();
        String name = yaml.string(top, "name", true);
        String title = yaml.string(top, "title", false);
        String version = yaml.string(top, "version", true);
        String description = yaml.string(top, "description", false);
        String focal = yaml.string(top, "focal", true);
        YearRange years = years(top, yaml);
        BasisChoice basis = basisChoice(top, yaml);

        YamlNode.Sequence dimensions = yaml.list(top, "dimensions", true);
        if (dimensions != null) {
            for (YamlNode item : dimensions.itemList()) {
                readDimension(item, yaml, manifest);
            }
        }
        YamlNode.Sequence actors = yaml.list(top, "actors", true);
        List<YamlNode.Scalar> memberRefs = new ArrayList<>();
        if (actors != null) {
            for (YamlNode item : actors.itemList()) {
                readActor(item, yaml, manifest, memberRefs);
            }
        }
        for (YamlNode.Scalar ref : memberRefs) {
            if (!manifest.actorMap.containsKey(ref.text())) {
                yaml.problem(ref, DatasetRule.UNKNOWN_ACTOR, "member '" + ref.text() + "' is not declared as an actor"
                        + Suggestions.closest(ref.text(), manifest.actorMap.keySet()).map(c -> "\nMaybe " + c + "?").orElse("\nMaybe add it to actors."));
            }
        }
        if (focal != null && !manifest.actorMap.isEmpty() && !manifest.actorMap.containsKey(focal)) {
            yaml.problem(top.get("focal"), DatasetRule.UNKNOWN_ACTOR, "focal actor '" + focal + "' is not declared"
                    + Suggestions.closest(focal, manifest.actorMap.keySet()).map(c -> "\nMaybe " + c + "?").orElse(""));
        }
        YamlNode.Sequence fileSequence = yaml.list(top, "files", false);
        if (fileSequence != null) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : fileSequence.itemList()) {
                String fileName = yaml.scalar(item, "files entry");
                if (fileName != null) {
                    if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(".csv")) {
                        yaml.problem(item, InputRule.INVALID_VALUE,
                                "files entry '" + fileName + "' must be a .csv file name in the dataset folder");
                    } else {
                        names.add(fileName);
                    }
                }
            }
            manifest.fileList = List.copyOf(names);
        } else {
            try {
                manifest.fileList = files.csvFiles();
            } catch (IOException e) {
                problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot list the dataset folder: " + e.getMessage()));
            }
        }
        if (problems.size() > before || name == null || version == null || focal == null || years == null) {
            return null;
        }
        manifest.info = new DatasetInfo(name, title == null ? name : title, version, description, focal, years, basis);
        return manifest;
    }

    private void readDimension(YamlNode item, YamlInput yaml, Manifest manifest) {
        if (!(item instanceof YamlNode.Mapping map)) {
            yaml.problem(item, InputRule.INVALID_VALUE, "a dimension must be a mapping with id, name, unit and kind");
            return;
        }
        yaml.onlyKeys(map, DIMENSION_KEYS, "in a dimension");
        String id = yaml.string(map, "id", true);
        String name = yaml.string(map, "name", true);
        String unit = yaml.string(map, "unit", true);
        String kindText = yaml.string(map, "kind", true);
        String description = yaml.string(map, "description", false);
        DimensionKind kind = null;
        if (kindText != null) {
            try {
                kind = DimensionKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> kinds = List.of("flow", "stock", "monadic", "membership");
                yaml.problem(map.get("kind"), InputRule.INVALID_VALUE, "dimension kind '" + kindText + "' is not one of "
                        + String.join(", ", kinds) + Suggestions.closest(kindText, kinds).map(k -> "\nMaybe " + k + "?").orElse(""));
            }
        }
        if (id == null || name == null || unit == null || kind == null) {
            return;
        }
        if (manifest.dimensionMap.containsKey(id)) {
            yaml.problem(map.get("id"), DatasetRule.DUPLICATE_DECLARATION, "dimension '" + id + "' is declared twice");
            return;
        }
        manifest.dimensionMap.put(id, new Dimension(id, name, unit, kind, description));
    }

    private void readActor(YamlNode item, YamlInput yaml, Manifest manifest, List<YamlNode.Scalar> memberRefs) {
        if (!(item instanceof YamlNode.Mapping map)) {
            yaml.problem(item, InputRule.INVALID_VALUE, "an actor must be a mapping with code, name and kind");
            return;
        }
        yaml.onlyKeys(map, ACTOR_KEYS, "in an actor");
        String code = yaml.string(map, "code", true);
        String name = yaml.string(map, "name", true);
        String kindText = yaml.string(map, "kind", true);
        ActorKind kind = null;
        if (kindText != null) {
            kind = ActorKind.fromFileName(kindText);
            if (kind == null) {
                List<String> kinds = List.of("great_power", "middle_power", "small_state", "bloc", "organisation", "aggregate");
                yaml.problem(map.get("kind"), InputRule.INVALID_VALUE, "actor kind '" + kindText + "' is not one of "
                        + String.join(", ", kinds) + Suggestions.closest(kindText, kinds).map(k -> "\nMaybe " + k + "?").orElse(""));
            }
        }
        if (code != null && !Actor.CODE.matcher(code).matches()) {
            yaml.problem(map.get("code"), InputRule.INVALID_VALUE, "actor code '" + code
                    + "' must be an upper-case letter followed by 1 to 11 upper-case letters, digits or + _ -\n"
                    + "Maybe use the ISO 3166-1 alpha-3 code for a state.");
            code = null;
        }
        OptionalInt cow = OptionalInt.empty();
        if (map.get("cow") != null) {
            Integer number = yaml.integer(map.get("cow"), "cow");
            if (number != null) {
                cow = OptionalInt.of(number);
            }
        }
        List<BlocMember> members = new ArrayList<>();
        YamlNode.Sequence sequence = yaml.list(map, "members", false);
        if (sequence != null) {
            for (YamlNode memberNode : sequence.itemList()) {
                BlocMember member = readMember(memberNode, yaml, memberRefs);
                if (member != null) {
                    members.add(member);
                }
            }
        }
        if (code == null || name == null || kind == null) {
            return;
        }
        if (manifest.actorMap.containsKey(code)) {
            yaml.problem(map.get("code"), DatasetRule.DUPLICATE_DECLARATION, "actor '" + code + "' is declared twice");
            return;
        }
        manifest.actorMap.put(code, new Actor(code, name, kind, cow, members));
    }

    private BlocMember readMember(YamlNode node, YamlInput yaml, List<YamlNode.Scalar> memberRefs) {
        if (!(node instanceof YamlNode.Mapping map)) {
            yaml.problem(node, InputRule.INVALID_VALUE, "a member must be a mapping {code, from, to}");
            return null;
        }
        yaml.onlyKeys(map, MEMBER_KEYS, "in a member");
        String code = yaml.string(map, "code", true);
        Integer from = map.get("from") == null ? null : yaml.integer(map.get("from"), "from");
        if (map.get("from") == null) {
            yaml.problem(map, InputRule.MISSING_FIELD, "member lacks 'from' (its first year as a member)");
        }
        Integer to = map.get("to") == null ? Integer.valueOf(BlocMember.OPEN) : yaml.integer(map.get("to"), "to");
        if (code == null || from == null || to == null) {
            return null;
        }
        memberRefs.add((YamlNode.Scalar) map.get("code"));
        if (to < from) {
            yaml.problem(map.get("to"), InputRule.INVALID_VALUE, "membership of " + code + " ends before it starts");
            return null;
        }
        return new BlocMember(code, from, to);
    }

    private YearRange years(YamlNode.Mapping top, YamlInput yaml) {
        YamlNode node = top.get("years");
        if (node == null) {
            yaml.problem(top, InputRule.MISSING_FIELD, "the manifest lacks 'years: {from: Y, to: Y}'");
            return null;
        }
        if (node instanceof YamlNode.Mapping map) {
            yaml.onlyKeys(map, YEARS_KEYS, "in years");
        }
        if (!(node instanceof YamlNode.Mapping map) || map.get("from") == null || map.get("to") == null) {
            yaml.problem(node, InputRule.INVALID_VALUE, "years must be a mapping {from: Y, to: Y}");
            return null;
        }
        Integer from = yaml.integer(map.get("from"), "years.from");
        Integer to = yaml.integer(map.get("to"), "years.to");
        if (from == null || to == null) {
            return null;
        }
        if (to < from || from < 1800 || to > 2200) {
            yaml.problem(node, InputRule.INVALID_VALUE, "years " + from + " to " + to + " are not a plausible range");
            return null;
        }
        return new YearRange(from, to);
    }

    private BasisChoice basisChoice(YamlNode.Mapping top, YamlInput yaml) {
        Map<String, BasisChoice> words = new LinkedHashMap<>();
        for (BasisChoice choice : BasisChoice.values()) {
            words.put(choice.optionName(), choice);
        }
        if (top.get("defaultBasis") == null) {
            return BasisChoice.DEFAULT;
        }
        BasisChoice choice = yaml.choice(top, "defaultBasis", words, false);
        return choice == null ? BasisChoice.DEFAULT : choice;
    }

    // ---------------------------------------------------------------- figures

    private void readFigures(String fileName, Manifest manifest, List<Tie> ties, Map<String, String> firstSeen) {
        String file = files.display(fileName);
        try (InputStream in = files.open(fileName); CsvTable table = CsvTable.open(in, file, FIGURE_COLUMNS, problems)) {
            CsvRow row;
            while ((row = table.next()) != null) {
                Tie tie = readTie(row, file, manifest);
                if (tie != null) {
                    String key = tie.reporter() + "|" + tie.partner() + "|" + tie.dimension() + "|" + tie.year() + "|" + tie.basis();
                    String where = file + ":" + row.line();
                    String earlier = firstSeen.putIfAbsent(key, where);
                    if (earlier != null) {
                        row.problem(DatasetRule.DUPLICATE_FIGURE, "the figure " + tie.reporter() + "-"
                                + tie.partner() + " " + tie.dimension() + " " + tie.year() + " (" + tie.basis().fileName()
                                + ") is already given at " + earlier + "\nMaybe keep the better-sourced one and mention the other in a note.");
                    } else {
                        ties.add(tie);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "the manifest lists this file but it does not exist"));
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
    }

    private static final CsvColumns FIGURE_COLUMNS = new CsvColumns(COLUMNS, List.of());

    private Tie readTie(CsvRow row, String file, Manifest manifest) {
        int before = problems.size();
        String reporter = row.text("reporter");
        String partner = row.text("partner");
        String dimensionId = row.text("dimension");
        if (!manifest.actorMap.containsKey(reporter)) {
            row.problem("reporter", DatasetRule.UNKNOWN_ACTOR, "reporter '" + reporter + "' is not declared in the manifest"
                    + Suggestions.closest(reporter, manifest.actorMap.keySet()).map(c -> "\nMaybe " + c + "?").orElse(""));
        }
        if (!manifest.actorMap.containsKey(partner)) {
            row.problem("partner", DatasetRule.UNKNOWN_ACTOR, "partner '" + partner + "' is not declared in the manifest"
                    + Suggestions.closest(partner, manifest.actorMap.keySet()).map(c -> "\nMaybe " + c + "?").orElse(""));
        }
        Dimension dimension = manifest.dimensionMap.get(dimensionId);
        if (dimension == null) {
            row.problem("dimension", DatasetRule.UNKNOWN_DIMENSION, "dimension '" + dimensionId + "' is not declared in the manifest"
                    + Suggestions.maybe(dimensionId, manifest.dimensionMap.keySet()));
        }
        Integer year = wholeNumber(row, "year");
        if (year != null && !manifest.info.years().contains(year)) {
            row.problem("year", DatasetRule.YEAR_OUT_OF_RANGE, "year " + year + " lies outside the dataset's years " + manifest.info.years());
        }
        double value = Double.NaN;
        String valueText = row.text("value");
        try {
            value = Double.parseDouble(valueText);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            if (value < 0) {
                row.problem("value", InputRule.NEGATIVE_VALUE, "value " + valueText + " is negative");
            }
        } catch (NumberFormatException e) {
            row.problem("value", InputRule.NOT_A_NUMBER, "value '" + valueText + "' is not a number"
                    + (valueText.contains(",") ? "\nMaybe drop the thousands separator." : ""));
        }
        String unit = row.text("unit");
        if (dimension != null && !dimension.unit().equals(unit)) {
            row.problem("unit", DatasetRule.UNIT_MISMATCH, "unit '" + unit + "' differs from dimension " + dimension.id()
                    + "'s unit '" + dimension.unit() + "'\nMaybe convert the value to " + dimension.unit() + ".");
        }
        Basis basis = Basis.fromFileName(row.text("basis"));
        if (basis == null) {
            row.problem("basis", InputRule.INVALID_VALUE, "basis '" + row.text("basis") + "' is not reporter, mirror or independent");
        }
        for (String column : CsvRow.SourceFields.COLUMNS) {
            if (row.text(column).isEmpty()) {
                row.problem(column, DatasetRule.MISSING_SOURCE, "the source's " + column.replace('_', ' ') + " is empty"
                        + "\nMaybe the figure has no source yet; a figure without a source cannot enter a dataset.");
            }
        }
        Integer sourceYear = row.text("source_year").isEmpty() ? null : wholeNumber(row, "source_year");
        Boolean assumption = row.bool("assumption", null);
        if (dimension != null && dimension.kind() == DimensionKind.MONADIC && !partner.equals(reporter)) {
            row.problem("partner", DatasetRule.MONADIC_PARTNER, "dimension " + dimension.id()
                    + " describes the reporter alone, so the partner must be " + reporter + ", not " + partner);
        }
        if (problems.size() > before) {
            return null;
        }
        Source source = new Source(row.text("publisher"), row.text("title"), sourceYear, row.text("url"), basis, assumption);
        return new Tie(reporter, partner, dimensionId, year, value, unit, source, row.text("note"));
    }

    private static Integer wholeNumber(CsvRow row, String column) {
        String text = row.text(column);
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            row.problem(column, InputRule.NOT_A_NUMBER, column + " '" + text + "' is not a whole number");
            return null;
        }
    }
}
