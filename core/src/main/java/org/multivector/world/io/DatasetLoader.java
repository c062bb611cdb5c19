package org.multivector.world.io;

import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.CsvFormatException;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.input.Rule;

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
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
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

    private Manifest readManifest() {
        String file = files.display(DatasetFiles.MANIFEST);
        YamlNode root;
        try (InputStream in = files.open(DatasetFiles.MANIFEST)) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            root = YamlReader.read(new InputStreamReader(in, decoder), file, problems);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE,
                    "no manifest: a dataset folder must hold manifest.yaml\nMaybe the folder is wrong; see docs/data.md for the format."));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the manifest: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            problems.add(new Problem(file, root.line(), root.column(), InputRule.INVALID_VALUE, "the manifest must be a mapping of keys to values"));
            return null;
        }
        int before = problems.size();
        Manifest manifest = new Manifest();
        String name = text(top, "name", file, true);
        String title = text(top, "title", file, false);
        String version = text(top, "version", file, true);
        String description = text(top, "description", file, false);
        String focal = text(top, "focal", file, true);
        YearRange years = years(top, file);
        BasisChoice basis = basisChoice(top, file);

        YamlNode.Sequence dimensions = sequence(top, "dimensions", file, true);
        if (dimensions != null) {
            for (YamlNode item : dimensions.itemList()) {
                readDimension(item, file, manifest);
            }
        }
        YamlNode.Sequence actors = sequence(top, "actors", file, true);
        List<YamlNode.Scalar> memberRefs = new ArrayList<>();
        if (actors != null) {
            for (YamlNode item : actors.itemList()) {
                readActor(item, file, manifest, memberRefs);
            }
        }
        for (YamlNode.Scalar ref : memberRefs) {
            if (!manifest.actorMap.containsKey(ref.text())) {
                problems.add(new Problem(file, ref.line(), ref.column(), DatasetRule.UNKNOWN_ACTOR,
                        "member '" + ref.text() + "' is not declared as an actor\nMaybe add it to actors."));
            }
        }
        if (focal != null && !manifest.actorMap.isEmpty() && !manifest.actorMap.containsKey(focal)) {
            YamlNode at = top.get("focal");
            problems.add(new Problem(file, at.line(), at.column(), DatasetRule.UNKNOWN_ACTOR, "focal actor '" + focal + "' is not declared"));
        }
        YamlNode.Sequence fileSequence = sequence(top, "files", file, false);
        if (fileSequence != null) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : fileSequence.itemList()) {
                String fileName = scalar(item, file, "files entry");
                if (fileName != null) {
                    if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(".csv")) {
                        problems.add(new Problem(file, item.line(), item.column(), InputRule.INVALID_VALUE,
                                "files entry '" + fileName + "' must be a .csv file name in the dataset folder"));
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
                problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot list the dataset folder: " + e.getMessage()));
            }
        }
        if (problems.size() > before || name == null || version == null || focal == null || years == null) {
            return null;
        }
        manifest.info = new DatasetInfo(name, title == null ? name : title, version, description, focal, years, basis);
        return manifest;
    }

    private void readDimension(YamlNode item, String file, Manifest manifest) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, item.line(), item.column(), InputRule.INVALID_VALUE, "a dimension must be a mapping with id, name, unit and kind"));
            return;
        }
        String id = text(map, "id", file, true);
        String name = text(map, "name", file, true);
        String unit = text(map, "unit", file, true);
        String kindText = text(map, "kind", file, true);
        String description = text(map, "description", file, false);
        DimensionKind kind = null;
        if (kindText != null) {
            try {
                kind = DimensionKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                YamlNode at = map.get("kind");
                problems.add(new Problem(file, at.line(), at.column(), InputRule.INVALID_VALUE,
                        "dimension kind '" + kindText + "' is not one of flow, stock, monadic, membership"));
            }
        }
        if (id == null || name == null || unit == null || kind == null) {
            return;
        }
        if (manifest.dimensionMap.containsKey(id)) {
            YamlNode at = map.get("id");
            problems.add(new Problem(file, at.line(), at.column(), DatasetRule.DUPLICATE_DECLARATION, "dimension '" + id + "' is declared twice"));
            return;
        }
        manifest.dimensionMap.put(id, new Dimension(id, name, unit, kind, description));
    }

    private void readActor(YamlNode item, String file, Manifest manifest, List<YamlNode.Scalar> memberRefs) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, item.line(), item.column(), InputRule.INVALID_VALUE, "an actor must be a mapping with code, name and kind"));
            return;
        }
        String code = text(map, "code", file, true);
        String name = text(map, "name", file, true);
        String kindText = text(map, "kind", file, true);
        ActorKind kind = null;
        if (kindText != null) {
            kind = ActorKind.fromFileName(kindText);
            if (kind == null) {
                YamlNode at = map.get("kind");
                problems.add(new Problem(file, at.line(), at.column(), InputRule.INVALID_VALUE, "actor kind '" + kindText
                        + "' is not one of great_power, middle_power, small_state, bloc, organisation, aggregate"));
            }
        }
        if (code != null && !Actor.CODE.matcher(code).matches()) {
            YamlNode at = map.get("code");
            problems.add(new Problem(file, at.line(), at.column(), InputRule.INVALID_VALUE, "actor code '" + code
                    + "' must be an upper-case letter followed by 1 to 11 upper-case letters, digits or + _ -\n"
                    + "Maybe use the ISO 3166-1 alpha-3 code for a state."));
            code = null;
        }
        OptionalInt cow = OptionalInt.empty();
        YamlNode cowNode = map.get("cow");
        if (cowNode != null) {
            Integer number = integer(cowNode, file, "cow");
            if (number != null) {
                cow = OptionalInt.of(number);
            }
        }
        List<BlocMember> members = new ArrayList<>();
        YamlNode membersNode = map.get("members");
        if (membersNode != null) {
            if (!(membersNode instanceof YamlNode.Sequence sequence)) {
                problems.add(new Problem(file, membersNode.line(), membersNode.column(), InputRule.INVALID_VALUE, "members must be a list"));
            } else {
                for (YamlNode memberNode : sequence.itemList()) {
                    BlocMember member = readMember(memberNode, file, memberRefs);
                    if (member != null) {
                        members.add(member);
                    }
                }
            }
        }
        if (code == null || name == null || kind == null) {
            return;
        }
        if (manifest.actorMap.containsKey(code)) {
            YamlNode at = map.get("code");
            problems.add(new Problem(file, at.line(), at.column(), DatasetRule.DUPLICATE_DECLARATION, "actor '" + code + "' is declared twice"));
            return;
        }
        manifest.actorMap.put(code, new Actor(code, name, kind, cow, members));
    }

    private BlocMember readMember(YamlNode node, String file, List<YamlNode.Scalar> memberRefs) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, node.line(), node.column(), InputRule.INVALID_VALUE, "a member must be a mapping {code, from, to}"));
            return null;
        }
        String code = text(map, "code", file, true);
        Integer from = map.get("from") == null ? null : integer(map.get("from"), file, "from");
        if (map.get("from") == null) {
            problems.add(new Problem(file, map.line(), map.column(), InputRule.MISSING_FIELD, "member lacks 'from' (its first year as a member)"));
        }
        Integer to = map.get("to") == null ? Integer.valueOf(BlocMember.OPEN) : integer(map.get("to"), file, "to");
        if (code == null || from == null || to == null) {
            return null;
        }
        memberRefs.add((YamlNode.Scalar) map.get("code"));
        if (to < from) {
            YamlNode at = map.get("to");
            problems.add(new Problem(file, at.line(), at.column(), InputRule.INVALID_VALUE, "membership of " + code + " ends before it starts"));
            return null;
        }
        return new BlocMember(code, from, to);
    }

    private YearRange years(YamlNode.Mapping top, String file) {
        YamlNode node = top.get("years");
        if (node == null) {
            problems.add(new Problem(file, top.line(), top.column(), InputRule.MISSING_FIELD, "the manifest lacks 'years: {from: Y, to: Y}'"));
            return null;
        }
        if (!(node instanceof YamlNode.Mapping map) || map.get("from") == null || map.get("to") == null) {
            problems.add(new Problem(file, node.line(), node.column(), InputRule.INVALID_VALUE, "years must be a mapping {from: Y, to: Y}"));
            return null;
        }
        Integer from = integer(map.get("from"), file, "years.from");
        Integer to = integer(map.get("to"), file, "years.to");
        if (from == null || to == null) {
            return null;
        }
        if (to < from || from < 1800 || to > 2200) {
            problems.add(new Problem(file, node.line(), node.column(), InputRule.INVALID_VALUE,
                    "years " + from + " to " + to + " are not a plausible range"));
            return null;
        }
        return new YearRange(from, to);
    }

    private BasisChoice basisChoice(YamlNode.Mapping top, String file) {
        String text = text(top, "defaultBasis", file, false);
        if (text == null) {
            return BasisChoice.DEFAULT;
        }
        for (BasisChoice choice : BasisChoice.values()) {
            if (choice.optionName().equals(text)) {
                return choice;
            }
        }
        YamlNode at = top.get("defaultBasis");
        problems.add(new Problem(file, at.line(), at.column(), InputRule.INVALID_VALUE, "defaultBasis '" + text + "' is not reporter or mirror"));
        return BasisChoice.DEFAULT;
    }

    private String text(YamlNode.Mapping map, String key, String file, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        String value = scalar(node, file, key);
        if (value != null && value.isBlank()) {
            if (required) {
                problems.add(new Problem(file, node.line(), node.column(), InputRule.MISSING_FIELD, "'" + key + "' is empty"));
            }
            return null;
        }
        return value == null ? null : value.strip();
    }

    private String scalar(YamlNode node, String file, String what) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.text() == null) {
                problems.add(new Problem(file, node.line(), node.column(), InputRule.MISSING_FIELD, "'" + what + "' has no value"));
            }
            return s.text();
        }
        problems.add(new Problem(file, node.line(), node.column(), InputRule.INVALID_VALUE, "'" + what + "' must be a single value"));
        return null;
    }

    private Integer integer(YamlNode node, String file, String what) {
        String text = scalar(node, file, what);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Problem(file, node.line(), node.column(), InputRule.NOT_A_NUMBER, "'" + what + "' must be a whole number, was '" + text + "'"));
            return null;
        }
    }

    private YamlNode.Sequence sequence(YamlNode.Mapping map, String key, String file, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(file, map.line(), map.column(), InputRule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        problems.add(new Problem(file, node.line(), node.column(), InputRule.INVALID_VALUE, "'" + key + "' must be a list"));
        return null;
    }

    // ---------------------------------------------------------------- figures

    private void readFigures(String fileName, Manifest manifest, List<Tie> ties, Map<String, String> firstSeen) {
        String file = files.display(fileName);
        try (InputStream in = files.open(fileName); CsvReader reader = CsvReader.utf8(in)) {
            CsvRecord header = reader.next();
            if (header == null) {
                problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "the file is empty; it needs the header " + HEADER_TEXT));
                return;
            }
            int[] at = columnPositions(header, file);
            if (at == null) {
                return;
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(file, row.line(), 1, InputRule.FIELD_COUNT, "the row has " + row.size()
                            + " fields but the header has " + header.size()
                            + "\nMaybe a field containing a comma needs quotes."));
                    continue;
                }
                Tie tie = readTie(row, at, file, manifest);
                if (tie != null) {
                    String key = tie.reporter() + "|" + tie.partner() + "|" + tie.dimension() + "|" + tie.year() + "|" + tie.basis();
                    String where = file + ":" + row.line();
                    String earlier = firstSeen.putIfAbsent(key, where);
                    if (earlier != null) {
                        problems.add(new Problem(file, row.line(), 1, DatasetRule.DUPLICATE_FIGURE, "the figure " + tie.reporter() + "-"
                                + tie.partner() + " " + tie.dimension() + " " + tie.year() + " (" + tie.basis().fileName()
                                + ") is already given at " + earlier + "\nMaybe keep the better-sourced one and mention the other in a note."));
                    } else {
                        ties.add(tie);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "the manifest lists this file but it does not exist"));
        } catch (CsvFormatException e) {
            problems.add(new Problem(file, e.line(), e.column(), InputRule.UNREADABLE_FILE, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Position of each required column in the header, or null after reporting what is missing. */
    private int[] columnPositions(CsvRecord header, String file) {
        int[] at = new int[COLUMNS.size()];
        java.util.Arrays.fill(at, -1);
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            int c = COLUMNS.indexOf(header.field(i).strip());
            if (c >= 0) {
                if (at[c] >= 0) {
                    problems.add(new Problem(file, header.line(), header.column(i), InputRule.HEADER, "column '" + COLUMNS.get(c) + "' appears twice"));
                    ok = false;
                }
                at[c] = i;
            }
        }
        for (int c = 0; c < at.length; c++) {
            if (at[c] < 0) {
                problems.add(new Problem(file, header.line(), 0, InputRule.HEADER, "the header lacks the column '" + COLUMNS.get(c)
                        + "'\nMaybe the header should read: " + HEADER_TEXT));
                ok = false;
            }
        }
        return ok ? at : null;
    }

    private Tie readTie(CsvRecord row, int[] at, String file, Manifest manifest) {
        int before = problems.size();
        String reporter = field(row, at, 0);
        String partner = field(row, at, 1);
        String dimensionId = field(row, at, 2);
        if (!manifest.actorMap.containsKey(reporter)) {
            problem(file, row, at, 0, DatasetRule.UNKNOWN_ACTOR, "reporter '" + reporter + "' is not declared in the manifest");
        }
        if (!manifest.actorMap.containsKey(partner)) {
            problem(file, row, at, 1, DatasetRule.UNKNOWN_ACTOR, "partner '" + partner + "' is not declared in the manifest");
        }
        Dimension dimension = manifest.dimensionMap.get(dimensionId);
        if (dimension == null) {
            problem(file, row, at, 2, DatasetRule.UNKNOWN_DIMENSION, "dimension '" + dimensionId + "' is not declared in the manifest"
                    + "\nMaybe one of: " + String.join(", ", manifest.dimensionMap.keySet()));
        }
        Integer year = wholeNumber(file, row, at, 3, "year");
        if (year != null && !manifest.info.years().contains(year)) {
            problem(file, row, at, 3, DatasetRule.YEAR_OUT_OF_RANGE, "year " + year + " lies outside the dataset's years " + manifest.info.years());
        }
        double value = Double.NaN;
        String valueText = field(row, at, 4);
        try {
            value = Double.parseDouble(valueText);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            if (value < 0) {
                problem(file, row, at, 4, InputRule.NEGATIVE_VALUE, "value " + valueText + " is negative");
            }
        } catch (NumberFormatException e) {
            problem(file, row, at, 4, InputRule.NOT_A_NUMBER, "value '" + valueText + "' is not a number"
                    + (valueText.contains(",") ? "\nMaybe drop the thousands separator." : ""));
        }
        String unit = field(row, at, 5);
        if (dimension != null && !dimension.unit().equals(unit)) {
            problem(file, row, at, 5, DatasetRule.UNIT_MISMATCH, "unit '" + unit + "' differs from dimension " + dimension.id()
                    + "'s unit '" + dimension.unit() + "'\nMaybe convert the value to " + dimension.unit() + ".");
        }
        Basis basis = Basis.fromFileName(field(row, at, 6));
        if (basis == null) {
            problem(file, row, at, 6, InputRule.INVALID_VALUE, "basis '" + field(row, at, 6) + "' is not reporter, mirror or independent");
        }
        String publisher = field(row, at, 7);
        String title = field(row, at, 8);
        String url = field(row, at, 10);
        for (int c : new int[] {7, 8, 9, 10}) {
            if (field(row, at, c).isEmpty()) {
                problem(file, row, at, c, DatasetRule.MISSING_SOURCE, "the source's " + COLUMNS.get(c).replace('_', ' ') + " is empty"
                        + "\nMaybe the figure has no source yet; a figure without a source cannot enter a dataset.");
            }
        }
        Integer sourceYear = field(row, at, 9).isEmpty() ? null : wholeNumber(file, row, at, 9, "source_year");
        String assumptionText = field(row, at, 11);
        boolean assumption = false;
        if (assumptionText.equals("true")) {
            assumption = true;
        } else if (!assumptionText.equals("false")) {
            problem(file, row, at, 11, InputRule.INVALID_VALUE, "assumption '" + assumptionText + "' must be true or false");
        }
        if (dimension != null && dimension.kind() == DimensionKind.MONADIC && !partner.equals(reporter)) {
            problem(file, row, at, 1, DatasetRule.MONADIC_PARTNER, "dimension " + dimension.id() + " describes the reporter alone, so the partner must be "
                    + reporter + ", not " + partner);
        }
        if (problems.size() > before) {
            return null;
        }
        Source source = new Source(publisher, title, sourceYear, url, basis, assumption);
        return new Tie(reporter, partner, dimensionId, year, value, unit, source, field(row, at, 12));
    }

    private Integer wholeNumber(String file, CsvRecord row, int[] at, int c, String what) {
        String text = field(row, at, c);
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(file, row, at, c, InputRule.NOT_A_NUMBER, what + " '" + text + "' is not a whole number");
            return null;
        }
    }

    private static String field(CsvRecord row, int[] at, int c) {
        return row.field(at[c]).strip();
    }

    private void problem(String file, CsvRecord row, int[] at, int c, Rule rule, String message) {
        problems.add(new Problem(file, row.line(), row.column(at[c]), rule, message));
    }
}
