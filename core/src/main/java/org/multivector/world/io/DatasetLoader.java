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
import org.multivector.world.FigureFlag;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.io.BufferedInputStream;
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
import java.util.Set;
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
    public static final List<String> COLUMNS = List.of(
            "reporter",
            "partner",
            "dimension",
            "year",
            "value",
            "unit",
            "basis",
            "publisher",
            "title",
            "source_year",
            "url",
            "assumption",
            "note");

    static final String HEADER_TEXT =
            "reporter,partner,dimension,year,value,unit,basis,publisher,title,source_year,url,assumption,note";

    /** The header of a compact figures file, whose sources are rows of {@code sources.csv}. */
    static final String COMPACT_HEADER_TEXT = "reporter,partner,dimension,year,value,unit,source_id,flag,note";

    /** A file name inside the dataset: folders and a name of letters, digits, dot, dash and underscore. */
    private static final Pattern RELATIVE_NAME =
            Pattern.compile("([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*");

    private final DatasetFiles files;
    /** The countries whose per-country files to read; null reads every one present. */
    private final Set<String> countries;

    private final List<Problem> problems = new ArrayList<>();

    private DatasetLoader(DatasetFiles files, Set<String> countries) {
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
        if (files instanceof DatasetFiles.Embedded embedded) {
            World loaded = EMBEDDED_WORLDS.get(embedded.name());
            if (loaded == null) {
                World snapshot = WorldSnapshot.readIfCurrent(embedded);
                // the build's binary copy of these very files (docs/performance.md), else the text files
                loaded = snapshot != null ? snapshot : new DatasetLoader(files, null).run();
                World raced = EMBEDDED_WORLDS.putIfAbsent(embedded.name(), loaded);
                loaded = raced != null ? raced : loaded;
            }
            return loaded;
        }
        return new DatasetLoader(files, null).run();
    }

    /**
     * Embedded datasets read so far, by name: their files cannot change while the process runs and a
     * {@link World} is immutable, so each is read once (a command asking for the default focal country
     * and then for its world reads the files once, not twice).
     */
    private static final java.util.concurrent.ConcurrentMap<String, World> EMBEDDED_WORLDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A full load from the text files, never from a {@link WorldSnapshot} (the reference a snapshot is tested against). */
    static World loadText(DatasetFiles files) throws InvalidDatasetException {
        return new DatasetLoader(files, null).run();
    }

    /**
     * The files a full load of {@code files} reads, in reading order: the manifest, the source table
     * (whether or not present), the listed figure files and the per-country files (for {@link WorldSnapshot}'s fingerprint).
     */
    static List<String> filesRead(DatasetFiles files) throws InvalidDatasetException {
        DatasetLoader loader = new DatasetLoader(files, null);
        Manifest manifest = loader.readManifest();
        if (manifest == null || !loader.problems.isEmpty()) {
            throw new InvalidDatasetException(loader.problems);
        }
        List<String> read = new ArrayList<>();
        read.add(DatasetFiles.MANIFEST);
        read.add(DatasetFiles.SOURCES);
        read.addAll(manifest.fileList);
        read.addAll(loader.countryFiles(manifest));
        return read;
    }

    /**
     * Loads what a dataset knows about {@code country}: the files its manifest lists and, when it keeps
     * per-country files, that country's file only (absent when the country reports nothing).
     */
    public static World load(DatasetFiles files, String country) throws InvalidDatasetException {
        return new DatasetLoader(files, Set.of(country)).run();
    }

    /**
     * Loads what a dataset knows about these countries: the listed files and each country's own file
     * (for an analysis of one country that also needs its partners' own totals, e.g. the powers').
     */
    public static World load(DatasetFiles files, java.util.Collection<String> countries)
            throws InvalidDatasetException {
        return new DatasetLoader(files, Set.copyOf(countries)).run();
    }

    /** What a dataset is, read from its manifest alone (no figure file is opened). */
    public static DatasetInfo info(DatasetFiles files) throws InvalidDatasetException {
        DatasetLoader loader = new DatasetLoader(files, Set.of());
        Manifest manifest = loader.readManifest();
        if (manifest == null || !loader.problems.isEmpty()) {
            throw new InvalidDatasetException(loader.problems);
        }
        return manifest.info;
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
            problems.sort(Problem.IN_FILE_ORDER);
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
                if (!Actor.CODE.matcher(country).matches() || !manifest.actorMap.containsKey(country)) {
                    continue; // not an actor of this dataset: it has no file, and a name is never a path
                }
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
                problems.add(Problem.ofFile(
                        files.display(DatasetFiles.MANIFEST),
                        InputRule.UNREADABLE_FILE,
                        "byCountry names the folder '" + manifest.byCountry + "' but there is no such folder"));
                return result;
            }
            try (var list = java.nio.file.Files.list(dir)) {
                list.map(p -> p.getFileName().toString())
                        .filter(DatasetFiles::isFigureFile)
                        .sorted()
                        .forEach(n -> result.add(manifest.byCountry + "/" + n));
            } catch (IOException e) {
                problems.add(Problem.ofFile(
                        files.display(manifest.byCountry),
                        InputRule.UNREADABLE_FILE,
                        "cannot list the folder: " + e.getMessage()));
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

    /** The keys a manifest may hold at its top level. */
    public static final List<String> MANIFEST_KEYS = List.of(
            "name",
            "title",
            "version",
            "description",
            "focal",
            "years",
            "defaultBasis",
            "files",
            "dimensions",
            "actors",
            "sourcePreference",
            "byCountry");

    private static final List<String> YEARS_KEYS = List.of("from", "to");
    private static final List<String> DIMENSION_KEYS = List.of("id", "name", "unit", "kind", "description", "signed");
    private static final List<String> ACTOR_KEYS = List.of("code", "name", "kind", "cow", "members");
    private static final List<String> MEMBER_KEYS = List.of("code", "from", "to");

    private Manifest readManifest() {
        String file = files.display(DatasetFiles.MANIFEST);
        YamlInput yaml = new YamlInput(file, problems);
        YamlNode root;
        try (InputStream in = files.open(DatasetFiles.MANIFEST)) {
            root = yaml.read(in);
        } catch (NoSuchFileException e) {
            problems.add(
                    Problem.ofFile(
                            file,
                            InputRule.UNREADABLE_FILE,
                            "no manifest: a dataset folder must hold manifest.yaml\nMaybe the folder is wrong; see docs/data.md for the format."));
            return null;
        } catch (IOException e) {
            problems.add(
                    Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the manifest: " + e.getMessage()));
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
                yaml.problem(
                        ref,
                        DatasetRule.UNKNOWN_ACTOR,
                        "member '" + ref.text() + "' is not declared as an actor"
                                + Suggestions.closest(ref.text(), manifest.actorMap.keySet())
                                        .map(c -> "\nMaybe " + c + "?")
                                        .orElse("\nMaybe add it to actors."));
            }
        }
        if (focal != null && !manifest.actorMap.isEmpty() && !manifest.actorMap.containsKey(focal)) {
            yaml.problem(
                    top.get("focal"),
                    DatasetRule.UNKNOWN_ACTOR,
                    "focal actor '" + focal + "' is not declared"
                            + Suggestions.closest(focal, manifest.actorMap.keySet())
                                    .map(c -> "\nMaybe " + c + "?")
                                    .orElse(""));
        }
        YamlNode.Sequence fileSequence = yaml.list(top, "files", false);
        if (fileSequence != null) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : fileSequence.itemList()) {
                String fileName = yaml.scalar(item, "files entry");
                if (fileName != null) {
                    if (!RELATIVE_NAME.matcher(fileName).matches() || !DatasetFiles.isFigureFile(fileName)) {
                        yaml.problem(
                                item,
                                InputRule.INVALID_VALUE,
                                "files entry '" + fileName
                                        + "' must name a .csv or .csv.gz file inside the dataset folder"
                                        + (fileName.equals(DatasetFiles.SOURCES)
                                                ? "\nMaybe leave it out: " + DatasetFiles.SOURCES
                                                        + " is the source table, read whenever it is present."
                                                : ""));
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
                problems.add(Problem.ofFile(
                        file, InputRule.UNREADABLE_FILE, "cannot list the dataset folder: " + e.getMessage()));
            }
        }
        String byCountry = yaml.string(top, "byCountry", false);
        if (byCountry != null) {
            if (!RELATIVE_NAME.matcher(byCountry).matches()) {
                yaml.problem(
                        top.get("byCountry"),
                        InputRule.INVALID_VALUE,
                        "byCountry '" + byCountry
                                + "' must name a folder inside the dataset folder\nMaybe by-country.");
            }
            manifest.byCountry = byCountry;
        }
        List<String> preference = sourcePreference(top, yaml);
        if (problems.size() > before || name == null || version == null || focal == null || years == null) {
            return null;
        }
        manifest.info = new DatasetInfo(
                name, title == null ? name : title, version, description, focal, years, basis, preference);
        return manifest;
    }

    /** The manifest's {@code sourcePreference}: publishers, each once, in order of preference. */
    private List<String> sourcePreference(YamlNode.Mapping top, YamlInput yaml) {
        YamlNode.Sequence sequence = yaml.list(top, "sourcePreference", false);
        if (sequence == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (YamlNode item : sequence.itemList()) {
            String publisher = yaml.scalar(item, "sourcePreference entry");
            if (publisher == null) {
                continue;
            }
            publisher = publisher.strip();
            if (publisher.isEmpty()) {
                yaml.problem(item, InputRule.MISSING_FIELD, "a sourcePreference entry is empty");
            } else if (result.contains(publisher)) {
                yaml.problem(
                        item,
                        DatasetRule.DUPLICATE_DECLARATION,
                        "publisher '" + publisher + "' is listed twice in sourcePreference");
            } else {
                result.add(publisher);
            }
        }
        return result;
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
                yaml.problem(
                        map.get("kind"),
                        InputRule.INVALID_VALUE,
                        "dimension kind '" + kindText + "' is not one of " + String.join(", ", kinds)
                                + Suggestions.closest(kindText, kinds)
                                        .map(k -> "\nMaybe " + k + "?")
                                        .orElse(""));
            }
        }
        boolean signed = false;
        if (map.get("signed") != null) {
            Boolean value = yaml.bool(map, "signed", false);
            signed = Boolean.TRUE.equals(value);
            if (signed && kind == DimensionKind.MEMBERSHIP) {
                yaml.problem(map.get("signed"), InputRule.INVALID_VALUE, "a membership dimension cannot be signed");
            }
        }
        if (id == null || name == null || unit == null || kind == null) {
            return;
        }
        if (manifest.dimensionMap.containsKey(id)) {
            yaml.problem(map.get("id"), DatasetRule.DUPLICATE_DECLARATION, "dimension '" + id + "' is declared twice");
            return;
        }
        manifest.dimensionMap.put(id, new Dimension(id, name, unit, kind, description, signed));
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
                List<String> kinds =
                        List.of("great_power", "middle_power", "small_state", "bloc", "organisation", "aggregate");
                yaml.problem(
                        map.get("kind"),
                        InputRule.INVALID_VALUE,
                        "actor kind '" + kindText + "' is not one of " + String.join(", ", kinds)
                                + Suggestions.closest(kindText, kinds)
                                        .map(k -> "\nMaybe " + k + "?")
                                        .orElse(""));
            }
        }
        if (code != null && !Actor.CODE.matcher(code).matches()) {
            yaml.problem(
                    map.get("code"),
                    InputRule.INVALID_VALUE,
                    "actor code '" + code
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
            // without a 'to' the membership is open-ended: then 'from' is beyond the last year there can be
            YamlNode at = map.get("to") != null ? map.get("to") : map.get("from");
            yaml.problem(at, InputRule.INVALID_VALUE, "membership of " + code + " ends before it starts");
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

    /** Where a figure was first seen, and from whom, to tell a second source from a duplicate. */
    private record Seen(String where, String publisher) {}

    /** Shared state of one load: the figures read so far and the canonical instances rows point to. */
    private static final class Figures {
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

    /** The source columns of the long layout, which the compact layout takes from the source table. */
    private static final List<String> SOURCE_COLUMNS =
            List.of("basis", "publisher", "title", "source_year", "url", "assumption");

    /**
     * Every column a figures file may have: the long and the compact layout share the figure columns;
     * which one a file uses is told by whether its header has {@code source_id}.
     */
    private static final CsvColumns FIGURE_COLUMNS = new CsvColumns(
            List.of("reporter", "partner", "dimension", "year", "value", "unit", "note"),
            List.of("basis", "publisher", "title", "source_year", "url", "assumption", "source_id", "flag"));

    private static InputStream decompressed(String fileName, InputStream in) throws IOException {
        if (!fileName.endsWith(".gz")) {
            return in;
        }
        try {
            return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
        } catch (ZipException | java.io.EOFException e) {
            in.close();
            throw new ZipException("the file ends in .gz but is not gzip-compressed (" + e.getMessage() + ")");
        }
    }

    private void readFigures(String fileName, Figures figures) {
        String file = files.display(fileName);
        try (InputStream in = decompressed(fileName, files.open(fileName));
                CsvTable table = CsvTable.open(in, file, FIGURE_COLUMNS, problems)) {
            if (!table.ok() || !layoutOk(table, file, figures.sources)) {
                return;
            }
            boolean compact = table.has("source_id");
            CsvRow row;
            while ((row = table.next()) != null) {
                Tie tie = readTie(row, compact, table.has("flag"), figures);
                if (tie != null) {
                    admit(tie, file, row, figures);
                }
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.ofFile(
                    file, InputRule.UNREADABLE_FILE, "the manifest lists this file but it does not exist"));
        } catch (ZipException e) {
            problems.add(Problem.ofFile(
                    file,
                    InputRule.UNREADABLE_FILE,
                    e.getMessage() == null ? "the gzip data is broken" : e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Whether the header's columns make one layout: the long one with every source column, or the compact one with none. */
    private boolean layoutOk(CsvTable table, String file, SourceTable sources) {
        boolean ok = true;
        if (table.has("source_id")) {
            if (sources == null) {
                problems.add(new Problem(
                        file,
                        1,
                        0,
                        DatasetRule.UNKNOWN_SOURCE,
                        "the file names its sources by source_id but the dataset has no " + DatasetFiles.SOURCES
                                + "\nMaybe add " + DatasetFiles.SOURCES + " with the header " + SourceTable.HEADER_TEXT
                                + "."));
                ok = false;
            }
            for (String column : SOURCE_COLUMNS) {
                if (table.has(column)) {
                    problems.add(new Problem(
                            file,
                            1,
                            0,
                            InputRule.HEADER,
                            "column '" + column
                                    + "' cannot stand beside source_id: the source table gives it\nMaybe the header should read: "
                                    + COMPACT_HEADER_TEXT));
                    ok = false;
                }
            }
        } else {
            for (String column : SOURCE_COLUMNS) {
                if (!table.has(column)) {
                    problems.add(new Problem(
                            file,
                            1,
                            0,
                            InputRule.HEADER,
                            "the header lacks the column '" + column + "'\nMaybe the header should read: " + HEADER_TEXT
                                    + "\nor, with a source table, " + COMPACT_HEADER_TEXT));
                    ok = false;
                }
            }
        }
        return ok;
    }

    /**
     * Keeps a figure unless the same publisher already gave it: one figure may come from several
     * publishers (the manifest's sourcePreference orders them), never twice from the same one.
     */
    private void admit(Tie tie, String file, CsvRow row, Figures figures) {
        String key =
                tie.reporter() + "|" + tie.partner() + "|" + tie.dimension() + "|" + tie.year() + "|" + tie.basis();
        List<Seen> earlier = figures.seen.get(key);
        Seen here = new Seen(file + ":" + row.line(), tie.source().publisher());
        if (earlier == null) {
            figures.seen.put(key, List.of(here));
            figures.ties.add(tie);
            return;
        }
        for (Seen other : earlier) {
            if (other.publisher().equals(here.publisher())) {
                row.problem(
                        DatasetRule.DUPLICATE_FIGURE,
                        "the figure " + tie.reporter() + "-"
                                + tie.partner() + " " + tie.dimension() + " " + tie.year() + " ("
                                + tie.basis().fileName()
                                + ") from " + here.publisher() + " is already given at " + other.where()
                                + "\nMaybe keep the better-sourced one and mention the other in a note; another publisher's figure may stay beside it.");
                return;
            }
        }
        List<Seen> all = new ArrayList<>(earlier);
        all.add(here);
        figures.seen.put(key, all);
        figures.ties.add(tie);
    }

    private Tie readTie(CsvRow row, boolean compact, boolean hasFlag, Figures figures) {
        Manifest manifest = figures.manifest;
        int before = problems.size();
        String reporter = row.text("reporter");
        String partner = row.text("partner");
        String dimensionId = row.text("dimension");
        Actor reporterActor = manifest.actorMap.get(reporter);
        Actor partnerActor = manifest.actorMap.get(partner);
        if (reporterActor == null) {
            row.problem(
                    "reporter",
                    DatasetRule.UNKNOWN_ACTOR,
                    "reporter '" + reporter + "' is not declared in the manifest"
                            + Suggestions.closest(reporter, manifest.actorMap.keySet())
                                    .map(c -> "\nMaybe " + c + "?")
                                    .orElse(""));
        }
        if (partnerActor == null) {
            row.problem(
                    "partner",
                    DatasetRule.UNKNOWN_ACTOR,
                    "partner '" + partner + "' is not declared in the manifest"
                            + Suggestions.closest(partner, manifest.actorMap.keySet())
                                    .map(c -> "\nMaybe " + c + "?")
                                    .orElse(""));
        }
        Dimension dimension = manifest.dimensionMap.get(dimensionId);
        if (dimension == null) {
            row.problem(
                    "dimension",
                    DatasetRule.UNKNOWN_DIMENSION,
                    "dimension '" + dimensionId + "' is not declared in the manifest"
                            + Suggestions.maybe(dimensionId, manifest.dimensionMap.keySet()));
        }
        Integer year = wholeNumber(row, "year");
        if (year != null && !manifest.info.years().contains(year)) {
            row.problem(
                    "year",
                    DatasetRule.YEAR_OUT_OF_RANGE,
                    "year " + year + " lies outside the dataset's years " + manifest.info.years());
        }
        double value = Double.NaN;
        String valueText = row.text("value");
        try {
            value = Double.parseDouble(valueText);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            if (value < 0 && (dimension == null || !dimension.signed())) {
                row.problem(
                        "value",
                        InputRule.NEGATIVE_VALUE,
                        "value " + valueText + " is negative"
                                + (dimension == null
                                        ? ""
                                        : " but dimension " + dimension.id() + " is not signed"
                                                + "\nMaybe the manifest should declare it 'signed: true' (as for ideal points); flows and stocks never are."));
            }
        } catch (NumberFormatException e) {
            row.problem(
                    "value",
                    InputRule.NOT_A_NUMBER,
                    "value '" + valueText + "' is not a number"
                            + (valueText.contains(",") ? "\nMaybe drop the thousands separator." : "")
                            + (valueText.endsWith("e")
                                    ? "\nMaybe an estimate marker: put 'estimate' in the flag column."
                                    : ""));
        }
        String unit = row.text("unit");
        if (dimension != null && !dimension.unit().equals(unit)) {
            row.problem(
                    "unit",
                    DatasetRule.UNIT_MISMATCH,
                    "unit '" + unit + "' differs from dimension " + dimension.id() + "'s unit '" + dimension.unit()
                            + "'\nMaybe convert the value to " + dimension.unit() + ".");
        }
        FigureFlag flag = FigureFlag.NONE;
        if (hasFlag) {
            flag = FigureFlag.fromFileName(row.text("flag"));
            if (flag == null) {
                row.problem(
                        "flag",
                        InputRule.INVALID_VALUE,
                        "flag '" + row.text("flag") + "' is not empty or 'estimate'"
                                + Suggestions.closest(row.text("flag"), List.of("estimate"))
                                        .map(c -> "\nMaybe " + c + "?")
                                        .orElse(""));
            }
        }
        Source source;
        String note = row.text("note");
        if (compact) {
            String id = row.text("source_id");
            SourceTable.Entry entry = figures.sources.get(id);
            if (entry == null) {
                row.problem(
                        "source_id",
                        DatasetRule.UNKNOWN_SOURCE,
                        "source_id '" + id + "' is not in " + DatasetFiles.SOURCES
                                + Suggestions.closest(id, figures.sources.ids())
                                        .map(c -> "\nMaybe " + c + "?")
                                        .orElse(""));
            }
            source = entry == null ? null : entry.source();
            if (note.isEmpty() && entry != null) {
                note = entry.note();
            }
        } else {
            source = longSource(row);
        }
        if (dimension != null && dimension.kind() == DimensionKind.MONADIC && !partner.equals(reporter)) {
            row.problem(
                    "partner",
                    DatasetRule.MONADIC_PARTNER,
                    "dimension " + dimension.id() + " describes the reporter alone, so the partner must be " + reporter
                            + ", not " + partner);
        }
        if (problems.size() > before || source == null) {
            return null;
        }
        source = figures.canonicalSources.computeIfAbsent(source, s -> s);
        note = note.isEmpty() ? "" : figures.canonicalNotes.computeIfAbsent(note, n -> n);
        // the manifest's strings, so that millions of figures share a few hundred codes
        return new Tie(
                reporterActor.code(),
                partnerActor.code(),
                dimension.id(),
                year,
                value,
                dimension.unit(),
                source,
                note,
                flag);
    }

    /** The source written out on a row of the long layout, or null after reporting what is wrong. */
    private Source longSource(CsvRow row) {
        int before = problems.size();
        Basis basis = Basis.fromFileName(row.text("basis"));
        if (basis == null) {
            row.problem(
                    "basis",
                    InputRule.INVALID_VALUE,
                    "basis '" + row.text("basis") + "' is not reporter, mirror or independent");
        }
        for (String column : CsvRow.SourceFields.COLUMNS) {
            if (row.text(column).isEmpty()) {
                row.problem(
                        column,
                        DatasetRule.MISSING_SOURCE,
                        "the source's " + column.replace('_', ' ') + " is empty"
                                + "\nMaybe the figure has no source yet; a figure without a source cannot enter a dataset.");
            }
        }
        Integer sourceYear = row.text("source_year").isEmpty() ? null : wholeNumber(row, "source_year");
        Boolean assumption = row.bool("assumption", null);
        if (problems.size() > before) {
            return null;
        }
        return new Source(row.text("publisher"), row.text("title"), sourceYear, row.text("url"), basis, assumption);
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
