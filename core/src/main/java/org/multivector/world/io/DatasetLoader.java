package org.multivector.world.io;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.BlocMember;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.FigureFlag;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.io.BufferedInputStream;
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
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Loads a dataset (a YAML manifest and tidy CSV files of figures) into a {@link World}, validating
 * everything on the way. Every problem in every file is collected in one pass and reported together
 * as an {@link InvalidDatasetException}; when there is any, no world is returned, so nothing partial
 * is ever kept. The embedded default dataset goes through the very same checks.
 *
 * <p>The format is documented in {@code docs/data.md}: one figure a row under the header
 * {@value #HEADER_TEXT} (an optional {@code flag} column may follow), or under the compact header
 * {@value #COMPACT_HEADER_TEXT} whose {@code source_id} names a row of the dataset's source table
 * {@code sources.csv}. Figure files may be gzip-compressed ({@code NAME.csv.gz}). Several publishers
 * may give the same figure; the manifest's {@code sourcePreference} orders them (see {@link World}).
 *
 * <p>A large dataset may keep one file per country in the folder its manifest names under
 * {@code byCountry} ({@code by-country/MNG.csv.gz}: every figure whose reporter is Mongolia). Loading
 * it {@linkplain #load(DatasetFiles, String) for one country} reads the manifest, the source table,
 * the files the manifest lists and that country's file only.
 */
public final class DatasetLoader {

    /** The name of the embedded default dataset. */
    public static final String DEFAULT_DATASET = "kazakhstan";

    /** The columns every figures file has (in any order; extra columns are ignored). */
    public static final List<String> COLUMNS = List.of("reporter", "partner", "dimension", "year", "value", "unit",
            "basis", "publisher", "title", "source_year", "url", "assumption", "note");

    static final String HEADER_TEXT = "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note";

    /** The header of a compact figures file, whose sources are rows of {@code sources.csv}. */
    static final String COMPACT_HEADER_TEXT = "reporter,partner,dimension,year,value,unit,source_id,flag,note";

    /** A file name inside the dataset: folders and a name of letters, digits, dot, dash and underscore. */
    private static final Pattern RELATIVE_NAME = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final DatasetFiles files;
    /** The countries whose per-country files to read; null reads every one present. */
    private final java.util.Set<String> countries;
    private final List<Problem> problems = new ArrayList<>();

    private DatasetLoader(DatasetFiles files, java.util.Set<String> countries) {
        this.files = files;
        this.countries = countries;
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

    /**
     * Loads a dataset from wherever its files are: with per-country files, every one a folder holds
     * (an embedded dataset cannot list its files, so there only the files the manifest lists).
     */
    public static World load(DatasetFiles files) throws InvalidDatasetException {
        return new DatasetLoader(files, null).run();
    }

    /**
     * Loads what a dataset knows about {@code country}: the files its manifest lists and, when it keeps
     * per-country files, that country's file only (absent when the country reports nothing).
     */
    public static World load(DatasetFiles files, String country) throws InvalidDatasetException {
        return new DatasetLoader(files, java.util.Set.of(country)).run();
    }

    private World run() throws InvalidDatasetException {
        Manifest manifest = readManifest();
        if (manifest == null) {
            throw new InvalidDatasetException(problems);
        }
        SourceTable sources = SourceTable.read(files, problems);
        Figures figures = new Figures(manifest, sources);
        for (String fileName : manifest.fileList) {
            readFigures(fileName, figures);
        }
        for (String fileName : countryFiles(manifest)) {
            readFigures(fileName, figures);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidDatasetException(problems);
        }
        return World.of(manifest.info, manifest.actorMap.values(), manifest.dimensionMap.values(), figures.ties);
    }

    /** The per-country files to read: the chosen countries' that exist, or every one in a folder. */
    private List<String> countryFiles(Manifest manifest) {
        if (manifest.byCountry == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (countries != null) {
            for (String country : countries.stream().sorted().toList()) {
                for (String suffix : List.of(".csv.gz", ".csv")) {
                    String name = manifest.byCountry + "/" + country + suffix;
                    if (files.exists(name)) {
                        result.add(name);
                        break;
                    }
                }
            }
            return result;
        }
        if (files instanceof DatasetFiles.Folder folder) {
            java.nio.file.Path dir = folder.directory().resolve(manifest.byCountry);
            if (!java.nio.file.Files.isDirectory(dir)) {
                problems.add(new Problem(files.display(DatasetFiles.MANIFEST), 0, 0, Rule.UNREADABLE_FILE,
                        "byCountry names the folder '" + manifest.byCountry + "' but there is no such folder"));
                return result;
            }
            try (var list = java.nio.file.Files.list(dir)) {
                list.map(p -> p.getFileName().toString()).filter(DatasetFiles::isFigureFile).sorted()
                        .forEach(n -> result.add(manifest.byCountry + "/" + n));
            } catch (IOException e) {
                problems.add(new Problem(files.display(manifest.byCountry), 0, 0, Rule.UNREADABLE_FILE, "cannot list the folder: " + e.getMessage()));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- manifest

    private static final class Manifest {
        DatasetInfo info;
        final Map<String, Actor> actorMap = new LinkedHashMap<>();
        final Map<String, Dimension> dimensionMap = new LinkedHashMap<>();
        List<String> fileList = List.of();
        /** The folder of per-country files, or null. */
        String byCountry;
    }

    private Manifest readManifest() {
        String file = files.display(DatasetFiles.MANIFEST);
        YamlNode root;
        try (InputStream in = files.open(DatasetFiles.MANIFEST)) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            root = YamlReader.read(new InputStreamReader(in, decoder), file, problems);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE,
                    "no manifest: a dataset folder must hold manifest.yaml\nMaybe the folder is wrong; see docs/data.md for the format."));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "cannot read the manifest: " + e.getMessage()));
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            problems.add(new Problem(file, root.line(), root.column(), Rule.INVALID_VALUE, "the manifest must be a mapping of keys to values"));
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
                problems.add(new Problem(file, ref.line(), ref.column(), Rule.UNKNOWN_ACTOR,
                        "member '" + ref.text() + "' is not declared as an actor\nMaybe add it to actors."));
            }
        }
        if (focal != null && !manifest.actorMap.isEmpty() && !manifest.actorMap.containsKey(focal)) {
            YamlNode at = top.get("focal");
            problems.add(new Problem(file, at.line(), at.column(), Rule.UNKNOWN_ACTOR, "focal actor '" + focal + "' is not declared"));
        }
        YamlNode.Sequence fileSequence = sequence(top, "files", file, false);
        if (fileSequence != null) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : fileSequence.itemList()) {
                String fileName = scalar(item, file, "files entry");
                if (fileName != null) {
                    if (!RELATIVE_NAME.matcher(fileName).matches() || !DatasetFiles.isFigureFile(fileName)) {
                        problems.add(new Problem(file, item.line(), item.column(), Rule.INVALID_VALUE,
                                "files entry '" + fileName + "' must name a .csv or .csv.gz file inside the dataset folder"
                                        + (fileName.equals(DatasetFiles.SOURCES) ? "\nMaybe leave it out: " + DatasetFiles.SOURCES
                                        + " is the source table, read whenever it is present." : "")));
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
                problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "cannot list the dataset folder: " + e.getMessage()));
            }
        }
        String byCountry = text(top, "byCountry", file, false);
        if (byCountry != null) {
            if (!RELATIVE_NAME.matcher(byCountry).matches()) {
                YamlNode at = top.get("byCountry");
                problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE,
                        "byCountry '" + byCountry + "' must name a folder inside the dataset folder\nMaybe by-country."));
            }
            manifest.byCountry = byCountry;
        }
        List<String> preference = sourcePreference(top, file);
        if (problems.size() > before || name == null || version == null || focal == null || years == null) {
            return null;
        }
        manifest.info = new DatasetInfo(name, title == null ? name : title, version, description, focal, years, basis, preference);
        return manifest;
    }

    /** The manifest's {@code sourcePreference}: publishers, each once, in order of preference. */
    private List<String> sourcePreference(YamlNode.Mapping top, String file) {
        YamlNode.Sequence sequence = sequence(top, "sourcePreference", file, false);
        if (sequence == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (YamlNode item : sequence.itemList()) {
            String publisher = scalar(item, file, "sourcePreference entry");
            if (publisher == null) {
                continue;
            }
            publisher = publisher.strip();
            if (publisher.isEmpty()) {
                problems.add(new Problem(file, item.line(), item.column(), Rule.MISSING_FIELD, "a sourcePreference entry is empty"));
            } else if (result.contains(publisher)) {
                problems.add(new Problem(file, item.line(), item.column(), Rule.DUPLICATE_DECLARATION,
                        "publisher '" + publisher + "' is listed twice in sourcePreference"));
            } else {
                result.add(publisher);
            }
        }
        return result;
    }

    private void readDimension(YamlNode item, String file, Manifest manifest) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, item.line(), item.column(), Rule.INVALID_VALUE, "a dimension must be a mapping with id, name, unit and kind"));
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
                problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE,
                        "dimension kind '" + kindText + "' is not one of flow, stock, monadic, membership"));
            }
        }
        boolean signed = false;
        YamlNode signedNode = map.get("signed");
        if (signedNode != null) {
            String signedText = scalar(signedNode, file, "signed");
            if ("true".equals(signedText)) {
                signed = true;
            } else if (!"false".equals(signedText) && signedText != null) {
                problems.add(new Problem(file, signedNode.line(), signedNode.column(), Rule.INVALID_VALUE,
                        "signed '" + signedText + "' must be true or false"));
            }
            if (signed && kind != null && kind != DimensionKind.MONADIC && kind != DimensionKind.FLOW && kind != DimensionKind.STOCK) {
                problems.add(new Problem(file, signedNode.line(), signedNode.column(), Rule.INVALID_VALUE,
                        "a " + kindText + " dimension cannot be signed"));
            }
        }
        if (id == null || name == null || unit == null || kind == null) {
            return;
        }
        if (manifest.dimensionMap.containsKey(id)) {
            YamlNode at = map.get("id");
            problems.add(new Problem(file, at.line(), at.column(), Rule.DUPLICATE_DECLARATION, "dimension '" + id + "' is declared twice"));
            return;
        }
        manifest.dimensionMap.put(id, new Dimension(id, name, unit, kind, description, signed));
    }

    private void readActor(YamlNode item, String file, Manifest manifest, List<YamlNode.Scalar> memberRefs) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, item.line(), item.column(), Rule.INVALID_VALUE, "an actor must be a mapping with code, name and kind"));
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
                problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE, "actor kind '" + kindText
                        + "' is not one of great_power, middle_power, small_state, bloc, organisation, aggregate"));
            }
        }
        if (code != null && !Actor.CODE.matcher(code).matches()) {
            YamlNode at = map.get("code");
            problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE, "actor code '" + code
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
                problems.add(new Problem(file, membersNode.line(), membersNode.column(), Rule.INVALID_VALUE, "members must be a list"));
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
            problems.add(new Problem(file, at.line(), at.column(), Rule.DUPLICATE_DECLARATION, "actor '" + code + "' is declared twice"));
            return;
        }
        manifest.actorMap.put(code, new Actor(code, name, kind, cow, members));
    }

    private BlocMember readMember(YamlNode node, String file, List<YamlNode.Scalar> memberRefs) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(new Problem(file, node.line(), node.column(), Rule.INVALID_VALUE, "a member must be a mapping {code, from, to}"));
            return null;
        }
        String code = text(map, "code", file, true);
        Integer from = map.get("from") == null ? null : integer(map.get("from"), file, "from");
        if (map.get("from") == null) {
            problems.add(new Problem(file, map.line(), map.column(), Rule.MISSING_FIELD, "member lacks 'from' (its first year as a member)"));
        }
        Integer to = map.get("to") == null ? Integer.valueOf(BlocMember.OPEN) : integer(map.get("to"), file, "to");
        if (code == null || from == null || to == null) {
            return null;
        }
        memberRefs.add((YamlNode.Scalar) map.get("code"));
        if (to < from) {
            YamlNode at = map.get("to");
            problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE, "membership of " + code + " ends before it starts"));
            return null;
        }
        return new BlocMember(code, from, to);
    }

    private YearRange years(YamlNode.Mapping top, String file) {
        YamlNode node = top.get("years");
        if (node == null) {
            problems.add(new Problem(file, top.line(), top.column(), Rule.MISSING_FIELD, "the manifest lacks 'years: {from: Y, to: Y}'"));
            return null;
        }
        if (!(node instanceof YamlNode.Mapping map) || map.get("from") == null || map.get("to") == null) {
            problems.add(new Problem(file, node.line(), node.column(), Rule.INVALID_VALUE, "years must be a mapping {from: Y, to: Y}"));
            return null;
        }
        Integer from = integer(map.get("from"), file, "years.from");
        Integer to = integer(map.get("to"), file, "years.to");
        if (from == null || to == null) {
            return null;
        }
        if (to < from || from < 1800 || to > 2200) {
            problems.add(new Problem(file, node.line(), node.column(), Rule.INVALID_VALUE,
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
        problems.add(new Problem(file, at.line(), at.column(), Rule.INVALID_VALUE, "defaultBasis '" + text + "' is not reporter or mirror"));
        return BasisChoice.DEFAULT;
    }

    private String text(YamlNode.Mapping map, String key, String file, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(file, map.line(), map.column(), Rule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        String value = scalar(node, file, key);
        if (value != null && value.isBlank()) {
            if (required) {
                problems.add(new Problem(file, node.line(), node.column(), Rule.MISSING_FIELD, "'" + key + "' is empty"));
            }
            return null;
        }
        return value == null ? null : value.strip();
    }

    private String scalar(YamlNode node, String file, String what) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.text() == null) {
                problems.add(new Problem(file, node.line(), node.column(), Rule.MISSING_FIELD, "'" + what + "' has no value"));
            }
            return s.text();
        }
        problems.add(new Problem(file, node.line(), node.column(), Rule.INVALID_VALUE, "'" + what + "' must be a single value"));
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
            problems.add(new Problem(file, node.line(), node.column(), Rule.NOT_A_NUMBER, "'" + what + "' must be a whole number, was '" + text + "'"));
            return null;
        }
    }

    private YamlNode.Sequence sequence(YamlNode.Mapping map, String key, String file, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(file, map.line(), map.column(), Rule.MISSING_FIELD, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        problems.add(new Problem(file, node.line(), node.column(), Rule.INVALID_VALUE, "'" + key + "' must be a list"));
        return null;
    }

    // ---------------------------------------------------------------- figures

    /** A column a figures file may have; the header decides which layout a file uses. */
    private enum Column {
        REPORTER, PARTNER, DIMENSION, YEAR, VALUE, UNIT, BASIS, PUBLISHER, TITLE, SOURCE_YEAR, URL, ASSUMPTION, NOTE, SOURCE_ID, FLAG;

        final String header = name().toLowerCase(Locale.ROOT);

        static Column of(String name) {
            for (Column c : values()) {
                if (c.header.equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final List<Column> LONG_COLUMNS = List.of(Column.REPORTER, Column.PARTNER, Column.DIMENSION, Column.YEAR,
            Column.VALUE, Column.UNIT, Column.BASIS, Column.PUBLISHER, Column.TITLE, Column.SOURCE_YEAR, Column.URL,
            Column.ASSUMPTION, Column.NOTE);
    private static final List<Column> COMPACT_COLUMNS = List.of(Column.REPORTER, Column.PARTNER, Column.DIMENSION, Column.YEAR,
            Column.VALUE, Column.UNIT, Column.SOURCE_ID, Column.FLAG, Column.NOTE);

    /** Where a figure was first seen, and from whom, to tell a second source from a duplicate. */
    private record Seen(String where, String publisher) {
    }

    /** Shared state of one load: the figures read so far and the canonical instances rows point to. */
    private final class Figures {
        final Manifest manifest;
        final SourceTable sources;
        final List<Tie> ties = new ArrayList<>();
        final Map<String, List<Seen>> seen = new HashMap<>();
        final Map<Source, Source> canonicalSources = new HashMap<>();
        final Map<String, String> canonicalNotes = new HashMap<>();

        Figures(Manifest manifest, SourceTable sources) {
            this.manifest = manifest;
            this.sources = sources;
        }
    }

    private static InputStream decompressed(String fileName, InputStream in) throws IOException {
        if (!fileName.endsWith(".gz")) {
            return in;
        }
        try {
            return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
        } catch (ZipException e) {
            in.close();
            throw new ZipException("the file ends in .gz but is not gzip-compressed (" + e.getMessage() + ")");
        }
    }

    private void readFigures(String fileName, Figures figures) {
        String file = files.display(fileName);
        try (InputStream in = decompressed(fileName, files.open(fileName)); CsvReader reader = CsvReader.utf8(in)) {
            CsvRecord header = reader.next();
            if (header == null) {
                problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "the file is empty; it needs the header " + HEADER_TEXT
                        + "\nor the compact header " + COMPACT_HEADER_TEXT));
                return;
            }
            int[] at = columnPositions(header, file, figures.sources);
            if (at == null) {
                return;
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(file, row.line(), 1, Rule.FIELD_COUNT, "the row has " + row.size()
                            + " fields but the header has " + header.size()
                            + "\nMaybe a field containing a comma needs quotes."));
                    continue;
                }
                Tie tie = readTie(row, at, file, figures);
                if (tie != null) {
                    admit(tie, file, row, figures);
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "the manifest lists this file but it does not exist"));
        } catch (CsvFormatException e) {
            problems.add(new Problem(file, e.line(), e.column(), Rule.UNREADABLE_FILE, e.getMessage()));
        } catch (ZipException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, e.getMessage() == null ? "the gzip data is broken" : e.getMessage()));
        } catch (java.io.EOFException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "the gzip data ends early: the file is truncated"));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Keeps a figure unless the same publisher already gave it: one figure may come from several
     * publishers (the manifest's sourcePreference orders them), never twice from the same one.
     */
    private void admit(Tie tie, String file, CsvRecord row, Figures figures) {
        String key = tie.reporter() + "|" + tie.partner() + "|" + tie.dimension() + "|" + tie.year() + "|" + tie.basis();
        List<Seen> earlier = figures.seen.get(key);
        Seen here = new Seen(file + ":" + row.line(), tie.source().publisher());
        if (earlier == null) {
            figures.seen.put(key, List.of(here));
            figures.ties.add(tie);
            return;
        }
        for (Seen other : earlier) {
            if (other.publisher().equals(here.publisher())) {
                problems.add(new Problem(file, row.line(), 1, Rule.DUPLICATE_FIGURE, "the figure " + tie.reporter() + "-"
                        + tie.partner() + " " + tie.dimension() + " " + tie.year() + " (" + tie.basis().fileName()
                        + ") from " + here.publisher() + " is already given at " + other.where()
                        + "\nMaybe keep the better-sourced one and mention the other in a note; another publisher's figure may stay beside it."));
                return;
            }
        }
        List<Seen> all = new ArrayList<>(earlier);
        all.add(here);
        figures.seen.put(key, all);
        figures.ties.add(tie);
    }

    /**
     * Position of each column in the header (-1 when absent), or null after reporting what is missing.
     * A header with {@code source_id} is compact (sources come from the source table); any other is
     * the long layout that carries the source on every row. {@code flag} is optional in both.
     */
    private int[] columnPositions(CsvRecord header, String file, SourceTable sources) {
        int[] at = new int[Column.values().length];
        java.util.Arrays.fill(at, -1);
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            Column c = Column.of(header.field(i).strip());
            if (c != null) {
                if (at[c.ordinal()] >= 0) {
                    problems.add(new Problem(file, header.line(), header.column(i), Rule.HEADER, "column '" + c.header + "' appears twice"));
                    ok = false;
                }
                at[c.ordinal()] = i;
            }
        }
        boolean compact = at[Column.SOURCE_ID.ordinal()] >= 0;
        List<Column> required = compact ? COMPACT_COLUMNS : LONG_COLUMNS;
        for (Column c : required) {
            if (at[c.ordinal()] < 0 && c != Column.FLAG) {
                problems.add(new Problem(file, header.line(), 0, Rule.HEADER, "the header lacks the column '" + c.header
                        + "'\nMaybe the header should read: " + (compact ? COMPACT_HEADER_TEXT : HEADER_TEXT)));
                ok = false;
            }
        }
        if (compact && sources == null) {
            problems.add(new Problem(file, header.line(), header.column(at[Column.SOURCE_ID.ordinal()]), Rule.UNKNOWN_SOURCE,
                    "the file names its sources by source_id but the dataset has no " + DatasetFiles.SOURCES
                            + "\nMaybe add " + DatasetFiles.SOURCES + " with the header " + SourceTable.HEADER_TEXT + "."));
            ok = false;
        }
        if (compact) {
            for (Column c : List.of(Column.BASIS, Column.PUBLISHER, Column.TITLE, Column.SOURCE_YEAR, Column.URL, Column.ASSUMPTION)) {
                if (at[c.ordinal()] >= 0) {
                    problems.add(new Problem(file, header.line(), header.column(at[c.ordinal()]), Rule.HEADER, "column '" + c.header
                            + "' cannot stand beside source_id: the source table gives it\nMaybe the header should read: " + COMPACT_HEADER_TEXT));
                    ok = false;
                }
            }
        }
        return ok ? at : null;
    }

    private Tie readTie(CsvRecord row, int[] at, String file, Figures figures) {
        Manifest manifest = figures.manifest;
        int before = problems.size();
        String reporter = field(row, at, Column.REPORTER);
        String partner = field(row, at, Column.PARTNER);
        String dimensionId = field(row, at, Column.DIMENSION);
        Actor reporterActor = manifest.actorMap.get(reporter);
        Actor partnerActor = manifest.actorMap.get(partner);
        if (reporterActor == null) {
            problem(file, row, at, Column.REPORTER, Rule.UNKNOWN_ACTOR, "reporter '" + reporter + "' is not declared in the manifest");
        }
        if (partnerActor == null) {
            problem(file, row, at, Column.PARTNER, Rule.UNKNOWN_ACTOR, "partner '" + partner + "' is not declared in the manifest");
        }
        Dimension dimension = manifest.dimensionMap.get(dimensionId);
        if (dimension == null) {
            problem(file, row, at, Column.DIMENSION, Rule.UNKNOWN_DIMENSION, "dimension '" + dimensionId + "' is not declared in the manifest"
                    + "\nMaybe one of: " + String.join(", ", manifest.dimensionMap.keySet()));
        }
        Integer year = wholeNumber(file, row, at, Column.YEAR, "year");
        if (year != null && !manifest.info.years().contains(year)) {
            problem(file, row, at, Column.YEAR, Rule.YEAR_OUT_OF_RANGE, "year " + year + " lies outside the dataset's years " + manifest.info.years());
        }
        double value = Double.NaN;
        String valueText = field(row, at, Column.VALUE);
        try {
            value = Double.parseDouble(valueText);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            if (value < 0 && (dimension == null || !dimension.signed())) {
                problem(file, row, at, Column.VALUE, Rule.NEGATIVE_VALUE, "value " + valueText + " is negative"
                        + (dimension == null ? "" : " but dimension " + dimension.id() + " is not signed"
                        + "\nMaybe the manifest should declare it 'signed: true' (as for ideal points); flows and stocks never are."));
            }
        } catch (NumberFormatException e) {
            problem(file, row, at, Column.VALUE, Rule.NOT_A_NUMBER, "value '" + valueText + "' is not a number"
                    + (valueText.contains(",") ? "\nMaybe drop the thousands separator." : "")
                    + (valueText.endsWith(" e") || valueText.endsWith("e") ? "\nMaybe an estimate marker: put 'estimate' in the flag column." : ""));
        }
        String unit = field(row, at, Column.UNIT);
        if (dimension != null && !dimension.unit().equals(unit)) {
            problem(file, row, at, Column.UNIT, Rule.UNIT_MISMATCH, "unit '" + unit + "' differs from dimension " + dimension.id()
                    + "'s unit '" + dimension.unit() + "'\nMaybe convert the value to " + dimension.unit() + ".");
        }
        FigureFlag flag = FigureFlag.NONE;
        if (at[Column.FLAG.ordinal()] >= 0) {
            flag = FigureFlag.fromFileName(field(row, at, Column.FLAG));
            if (flag == null) {
                problem(file, row, at, Column.FLAG, Rule.INVALID_VALUE, "flag '" + field(row, at, Column.FLAG)
                        + "' is not empty or 'estimate'");
            }
        }
        Source source;
        String note = field(row, at, Column.NOTE);
        if (at[Column.SOURCE_ID.ordinal()] >= 0) {
            String id = field(row, at, Column.SOURCE_ID);
            SourceTable.Entry entry = figures.sources.get(id);
            if (entry == null) {
                List<String> close = figures.sources.closest(id);
                problem(file, row, at, Column.SOURCE_ID, Rule.UNKNOWN_SOURCE, "source_id '" + id + "' is not in " + DatasetFiles.SOURCES
                        + (close.isEmpty() ? "" : "\nMaybe " + String.join(" or ", close) + "?"));
            }
            source = entry == null ? null : entry.source();
            if (note.isEmpty() && entry != null) {
                note = entry.note();
            }
        } else {
            source = longSource(row, at, file);
        }
        if (dimension != null && dimension.kind() == DimensionKind.MONADIC && !partner.equals(reporter)) {
            problem(file, row, at, Column.PARTNER, Rule.MONADIC_PARTNER, "dimension " + dimension.id() + " describes the reporter alone, so the partner must be "
                    + reporter + ", not " + partner);
        }
        if (problems.size() > before || source == null) {
            return null;
        }
        source = figures.canonicalSources.computeIfAbsent(source, s -> s);
        note = note.isEmpty() ? "" : figures.canonicalNotes.computeIfAbsent(note, n -> n);
        // the manifest's strings, so that millions of figures share a few hundred codes
        return new Tie(reporterActor.code(), partnerActor.code(), dimension.id(), year, value, dimension.unit(), source, note, flag);
    }

    /** The source written out on a row of the long layout, or null after reporting what is wrong. */
    private Source longSource(CsvRecord row, int[] at, String file) {
        int before = problems.size();
        Basis basis = Basis.fromFileName(field(row, at, Column.BASIS));
        if (basis == null) {
            problem(file, row, at, Column.BASIS, Rule.INVALID_VALUE, "basis '" + field(row, at, Column.BASIS) + "' is not reporter, mirror or independent");
        }
        for (Column c : List.of(Column.PUBLISHER, Column.TITLE, Column.SOURCE_YEAR, Column.URL)) {
            if (field(row, at, c).isEmpty()) {
                problem(file, row, at, c, Rule.MISSING_SOURCE, "the source's " + c.header.replace('_', ' ') + " is empty"
                        + "\nMaybe the figure has no source yet; a figure without a source cannot enter a dataset.");
            }
        }
        Integer sourceYear = field(row, at, Column.SOURCE_YEAR).isEmpty() ? null : wholeNumber(file, row, at, Column.SOURCE_YEAR, "source_year");
        String assumptionText = field(row, at, Column.ASSUMPTION);
        if (!assumptionText.equals("true") && !assumptionText.equals("false")) {
            problem(file, row, at, Column.ASSUMPTION, Rule.INVALID_VALUE, "assumption '" + assumptionText + "' must be true or false");
        }
        if (problems.size() > before) {
            return null;
        }
        return new Source(field(row, at, Column.PUBLISHER), field(row, at, Column.TITLE), sourceYear, field(row, at, Column.URL), basis,
                assumptionText.equals("true"));
    }

    private Integer wholeNumber(String file, CsvRecord row, int[] at, Column c, String what) {
        String text = field(row, at, c);
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(file, row, at, c, Rule.NOT_A_NUMBER, what + " '" + text + "' is not a whole number");
            return null;
        }
    }

    private static String field(CsvRecord row, int[] at, Column c) {
        return row.field(at[c.ordinal()]).strip();
    }

    private void problem(String file, CsvRecord row, int[] at, Column c, Rule rule, String message) {
        problems.add(new Problem(file, row.line(), row.column(at[c.ordinal()]), rule, message));
    }
}
