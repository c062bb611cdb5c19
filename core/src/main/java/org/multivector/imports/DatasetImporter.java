package org.multivector.imports;

import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;
import org.multivector.world.io.DatasetFiles;
import org.multivector.world.io.DatasetLoader;
import org.multivector.world.io.DatasetRule;
import org.multivector.world.io.InvalidDatasetException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports downloaded files into a dataset folder: creates the folder (manifest with actors, dimensions
 * and years, and one CSV of figures per imported file) or adds to an existing dataset.
 *
 * <p>All or nothing: figures are written to staging files first; the dataset changes only when every
 * file was read without a problem (or, in lenient mode, with each bad row reported), no imported figure
 * collides with one already in the dataset unless {@link ImportOptions#merge()} says which to keep, and
 * (by default) the finished folder passes the validating {@link DatasetLoader}; otherwise every changed
 * file is restored.
 *
 * <p>Memory: rows stream from the source file to the staging file; what grows is one 8-byte key per
 * distinct figure written (to refuse duplicates and resolve merges), never the rows read.
 */
public final class DatasetImporter {

    private final CountryCodes codes;

    public DatasetImporter(CountryCodes codes) {
        this.codes = codes;
    }

    /** An importer with the standard country-code table. */
    public static DatasetImporter standard() {
        return new DatasetImporter(CountryCodes.standard());
    }

    /**
     * Imports {@code files} of {@code format} into the dataset folder {@code directory}.
     *
     * @return what was imported, set aside and (in lenient mode) skipped
     * @throws ImportFailedException when nothing was changed, with every problem found
     */
    public ImportReport run(ImportFormat format, List<Path> files, Path directory, ImportOptions options)
            throws ImportFailedException, IOException {
        ImportReport report = new ImportReport(options.lenient());
        Existing existing = Existing.read(directory);
        String focal = options.focal() != null
                ? options.focal().toUpperCase(java.util.Locale.ROOT)
                : existing == null ? null : existing.world.info().focal();
        if (focal == null) {
            focal = inferFocal(format, files);
        }
        if (focal == null) {
            throw failure("a new dataset needs its focal country: pass --focal ISO3 (e.g. --focal KAZ)", List.of());
        }
        Optional<CountryCodes.Country> focalCountry = codes.byCode(focal);
        if (focalCountry.isEmpty() || !focalCountry.get().status().isActor()) {
            throw failure(
                    "focal country '" + focal + "' is not an ISO 3166 alpha-3 code of the country-code table",
                    List.of());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw failure(
                        "no such file: " + file,
                        List.of(new Problem(
                                file.toString(), 0, 0, InputRule.UNREADABLE_FILE, "the file does not exist")));
            }
        }
        boolean created = !Files.exists(directory);
        Files.createDirectories(directory);
        Session session = new Session(format, directory, options, report, existing, focal);
        try {
            session.stage(files);
            if (report.failed() || report.conflicts > 0) {
                session.discard();
                if (created) {
                    deleteQuietly(directory);
                }
                List<Problem> problems = new ArrayList<>(report.errors());
                problems.addAll(session.conflictList);
                throw new ImportFailedException(
                        summary(report, session), problems, report.errorCount() + report.conflicts);
            }
            session.commit(created);
        } catch (IOException | RuntimeException e) {
            session.discard();
            if (created) {
                deleteQuietly(directory);
            }
            throw e;
        }
        return report;
    }

    /** The focal country when the files name one reporter: BNS tables are Kazakhstan's; a DOTS workbook names its reporter. */
    private String inferFocal(ImportFormat format, List<Path> files) {
        if (format == ImportFormat.BNS_KAZ) {
            return "KAZ";
        }
        if (format == ImportFormat.IMF_DOTS && !files.isEmpty()) {
            Set<String> reporters = new HashSet<>();
            for (Path file : files) {
                if (!ExcelWorkbook.looksLikeWorkbook(file)) {
                    return null;
                }
                reporters.add(ImfDotsWorkbookReader.reporterOf(file, codes).orElse(""));
            }
            return reporters.size() == 1 && !reporters.contains("")
                    ? reporters.iterator().next()
                    : null;
        }
        return null;
    }

    private static String summary(ImportReport report, Session session) {
        StringBuilder text = new StringBuilder("nothing was imported");
        if (report.errorCount() > 0) {
            text.append(": ").append(report.errorCount()).append(report.errorCount() == 1 ? " problem" : " problems");
        }
        if (report.conflicts > 0) {
            text.append(report.errorCount() > 0 ? " and " : ": ")
                    .append(report.conflicts)
                    .append(
                            " imported figures already in the dataset (same reporter, partner, dimension, year and basis)")
                    .append(
                            "\nMaybe choose --merge keep (keep the dataset's figures) or --merge replace (take the imported ones).");
        }
        if (report.errorCount() > report.errors().size()) {
            text.append("\n(the first ").append(report.errors().size()).append(" problems are listed)");
        }
        return text.toString();
    }

    private static ImportFailedException failure(String message, List<Problem> problems) {
        return new ImportFailedException(message, problems, problems.size());
    }

    // ------------------------------------------------------------------ the dataset as it was

    /** An existing dataset: its validated world, manifest text and files. */
    private record Existing(World world, String manifestText, List<String> fileList, boolean listsFiles) {

        static Existing read(Path directory) throws ImportFailedException, IOException {
            if (!Files.exists(directory)) {
                return null;
            }
            if (!Files.isDirectory(directory)) {
                throw failure(directory + " is a file, not a dataset folder", List.of());
            }
            Path manifest = directory.resolve(DatasetFiles.MANIFEST);
            if (!Files.exists(manifest)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isEmpty()) {
                        return null;
                    }
                }
                throw failure(
                        directory + " exists but holds no " + DatasetFiles.MANIFEST
                                + "\nMaybe name a new folder (it will be created) or an existing dataset folder.",
                        List.of());
            }
            World world;
            try {
                world = DatasetLoader.load(directory);
            } catch (InvalidDatasetException e) {
                throw new ImportFailedException(
                        "the dataset in " + directory + " is invalid; fix it before importing into it",
                        e.problems(),
                        e.problems().size());
            }
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            YamlNode root = YamlReader.read(new StringReader(text), manifest.toString(), new ArrayList<>());
            List<String> fileNames = new ArrayList<>();
            boolean listsFiles = root instanceof YamlNode.Mapping top && top.get("files") instanceof YamlNode.Sequence;
            if (listsFiles) {
                for (YamlNode item : ((YamlNode.Sequence) ((YamlNode.Mapping) root).get("files")).itemList()) {
                    fileNames.add(((YamlNode.Scalar) item).text().strip());
                }
            } else {
                fileNames.addAll(new DatasetFiles.Folder(directory).csvFiles());
            }
            return new Existing(world, text, fileNames, listsFiles);
        }
    }

    // ------------------------------------------------------------------ one import

    /** Exact 64-bit keys of figures: reporter, partner, dimension, year and basis. */
    private static final class KeyCodec {
        private final Map<String, Integer> actorIndex = new HashMap<>();
        private final Map<String, Integer> dimensionIndex = new HashMap<>();

        long key(String reporter, String partner, String dimension, int year, Basis basis) {
            long r = actorIndex.computeIfAbsent(reporter, k -> actorIndex.size());
            long p = actorIndex.computeIfAbsent(partner, k -> actorIndex.size());
            long d = dimensionIndex.computeIfAbsent(dimension, k -> dimensionIndex.size());
            return ((((r << 16 | p) << 14 | d) << 10 | (year - 1800)) << 2) | basis.ordinal();
        }
    }

    private final class Session {
        final ImportFormat format;
        final Path directory;
        final ImportOptions options;
        final ImportReport report;
        final Existing existing;
        final String focal;
        final KeyCodec codec = new KeyCodec();
        final LongHashSet existingKeys = new LongHashSet();
        final LongHashSet importKeys = new LongHashSet();
        final List<Problem> conflictList = new ArrayList<>();
        final Set<String> actorsSeen = new LinkedHashSet<>();
        final Map<String, Dimension> dimensionsSeen = new LinkedHashMap<>();
        final Map<String, Dimension> describedMap = new LinkedHashMap<>();
        final Map<Path, Path> stagedFiles = new LinkedHashMap<>(); // staging file -> final file
        final Map<Path, Path> backups = new LinkedHashMap<>(); // original -> backup copy
        final Set<Path> writtenFiles = new LinkedHashSet<>();
        int minYear = Integer.MAX_VALUE;
        int maxYear = Integer.MIN_VALUE;
        final Set<String> usedNames = new HashSet<>();

        Session(
                ImportFormat format,
                Path directory,
                ImportOptions options,
                ImportReport report,
                Existing existing,
                String focal) {
            this.format = format;
            this.directory = directory;
            this.options = options;
            this.report = report;
            this.existing = existing;
            this.focal = focal;
            if (existing != null) {
                for (Tie tie : existing.world.ties()) {
                    existingKeys.add(
                            codec.key(tie.reporter(), tie.partner(), tie.dimension(), tie.year(), tie.basis()));
                }
                usedNames.addAll(existing.fileList);
            }
        }

        /** For formats whose files overlap in years (BNS), the years each file is the newest publication of. */
        final Map<Path, Set<Integer>> publications = new HashMap<>();

        void stage(List<Path> files) throws IOException {
            if (format == ImportFormat.BNS_KAZ) {
                publications.putAll(BnsTradeReader.newestPublications(files));
            }
            String downloaded = options.downloaded().toString();
            String licence = options.licence() != null ? options.licence() : format.licence();
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String outName = outputName(fileName);
                Path staging = directory.resolve("." + outName + ".importing");
                stagedFiles.put(staging, directory.resolve(outName));
                String title = format.database() + ": " + fileName + " (downloaded " + downloaded + "; licence: "
                        + licence + ")";
                String sourceYear = Integer.toString(options.downloaded().getYear());
                try (BufferedWriter out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
                    out.write(String.join(",", DatasetLoader.COLUMNS));
                    out.write(",flag\n");
                    ReadContext[] holder = new ReadContext[1];
                    ReadContext ctx = new ReadContext(
                            codes,
                            options,
                            report,
                            format,
                            file,
                            focal,
                            describedMap,
                            (figure, where, line) -> accept(
                                    figure,
                                    where,
                                    line,
                                    out,
                                    holder[0].title != null ? holder[0].title + " (licence: " + licence + ")" : title,
                                    holder[0].sourceYear != null ? holder[0].sourceYear : sourceYear));
                    holder[0] = ctx;
                    ctx.publication = publications.get(file);
                    SourceReader.of(format, file).read(ctx);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }

        private String outputName(String sourceName) {
            String stem = sourceName.replaceAll("\\.[A-Za-z0-9]{1,4}$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
            String base =
                    stem.toLowerCase(java.util.Locale.ROOT).startsWith(format.id()) ? stem : format.id() + "-" + stem;
            String name = base + ".csv";
            for (int n = 2; usedNames.contains(name) || Files.exists(directory.resolve(name)); n++) {
                name = base + "-" + n + ".csv";
            }
            usedNames.add(name);
            return name;
        }

        private void accept(Figure f, String file, int line, Writer out, String title, String sourceYear) {
            Dimension dimension = dimensionFor(f.dimension());
            if (dimension == null) {
                return;
            }
            long key = codec.key(f.reporter(), f.partner(), f.dimension(), f.year(), f.basis());
            if (!importKeys.add(key)) {
                report.bad(
                        new Problem(
                                file,
                                line,
                                0,
                                DatasetRule.DUPLICATE_FIGURE,
                                "the figure " + f.reporter() + "-" + f.partner() + " "
                                        + f.dimension() + " " + f.year() + " ("
                                        + f.basis().fileName() + ") appears twice in the imported files"
                                        + "\nMaybe the download holds both a total and a breakdown, or the same file is imported twice."));
                return;
            }
            if (existingKeys.contains(key)) {
                if (options.merge() == null) {
                    report.conflicts++;
                    if (conflictList.size() < 10) {
                        conflictList.add(new Problem(
                                file,
                                line,
                                0,
                                DatasetRule.DUPLICATE_FIGURE,
                                "the figure " + f.reporter() + "-" + f.partner() + " " + f.dimension() + " " + f.year()
                                        + " (" + f.basis().fileName() + ") is already in the dataset"));
                    }
                    return;
                }
                if (options.merge() == ImportOptions.MergeMode.KEEP) {
                    report.keptExisting++;
                    return;
                }
                report.replacedExisting++;
            }
            try {
                out.write(f.reporter());
                out.write(',');
                out.write(f.partner());
                out.write(',');
                out.write(f.dimension());
                out.write(',');
                out.write(Integer.toString(f.year()));
                out.write(',');
                out.write(CsvLines.number(f.value()));
                out.write(',');
                CsvLines.field(out, dimension.unit());
                out.write(',');
                out.write(f.basis().fileName());
                out.write(',');
                CsvLines.field(out, format.publisher());
                out.write(',');
                CsvLines.field(out, title);
                out.write(',');
                out.write(sourceYear);
                out.write(',');
                CsvLines.field(out, format.url());
                out.write(',');
                out.write(f.assumption() ? "true" : "false");
                out.write(',');
                CsvLines.field(out, f.note());
                out.write(',');
                out.write(f.flag().fileName());
                out.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            report.figuresWritten++;
            actorsSeen.add(f.reporter());
            actorsSeen.add(f.partner());
            minYear = Math.min(minYear, f.year());
            maxYear = Math.max(maxYear, f.year());
        }

        /** The dimension a figure belongs to, checked against the dataset's own declaration. */
        private Dimension dimensionFor(String id) {
            Dimension dimension = dimensionsSeen.get(id);
            if (dimension == null) {
                dimension = standardDimension(id);
                if (dimension == null) {
                    dimension = describedMap.get(id); // a WDI indicator, described by the reader
                }
                if (dimension == null) {
                    throw new IllegalStateException("figure of undescribed dimension " + id);
                }
                Optional<Dimension> declared = existing == null ? Optional.empty() : existing.world.dimension(id);
                if (declared.isPresent() && !declared.get().unit().equals(dimension.unit())) {
                    report.fatal(new Problem(
                            directory.resolve(DatasetFiles.MANIFEST).toString(),
                            0,
                            0,
                            DatasetRule.UNIT_MISMATCH,
                            "dimension " + id + " is declared in unit "
                                    + declared.get().unit() + " but the importer writes " + dimension.unit()
                                    + "\nMaybe import into a new dataset folder."));
                    dimensionsSeen.put(id, declared.get());
                    return null;
                }
                dimensionsSeen.put(id, dimension);
            }
            return dimension;
        }

        void commit(boolean created) throws IOException, ImportFailedException {
            if (options.merge() == ImportOptions.MergeMode.REPLACE && report.replacedExisting > 0) {
                for (String name : existing.fileList) {
                    rewriteWithout(directory.resolve(name));
                }
            }
            String manifestName = DatasetFiles.MANIFEST;
            Path manifest = directory.resolve(manifestName);
            String manifestText = manifestText();
            Path manifestStaging = directory.resolve("." + manifestName + ".importing");
            Files.writeString(manifestStaging, manifestText, StandardCharsets.UTF_8);
            stagedFiles.put(manifestStaging, manifest);
            // move into place, keeping backups of what is overwritten
            for (Map.Entry<Path, Path> entry : stagedFiles.entrySet()) {
                Path target = entry.getValue();
                if (Files.exists(target)) {
                    Path backup = directory.resolve("." + target.getFileName() + ".backup");
                    Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                    backups.put(target, backup);
                }
                Files.move(entry.getKey(), target, StandardCopyOption.REPLACE_EXISTING);
                writtenFiles.add(target);
            }
            stagedFiles.clear();
            if (options.check()) {
                try {
                    DatasetLoader.load(directory);
                } catch (InvalidDatasetException e) {
                    rollback(created);
                    throw new ImportFailedException(
                            "the imported dataset would not be valid; nothing was changed",
                            e.problems(),
                            e.problems().size());
                }
            }
            for (Path backup : backups.values()) {
                Files.deleteIfExists(backup);
            }
            for (Path written : writtenFiles) {
                String name = written.getFileName().toString();
                if (name.equals(manifestName)) {
                    continue;
                }
                if (backups.containsKey(written)) {
                    report.fileUpdated(name);
                } else {
                    report.fileWritten(name);
                }
            }
        }

        /** Copies a dataset file without the figures the import replaces. */
        private void rewriteWithout(Path file) throws IOException {
            Path staging = directory.resolve("." + file.getFileName() + ".importing");
            boolean changed = false;
            try (InputStream in = Files.newInputStream(file);
                    CsvReader reader = CsvReader.utf8(in);
                    BufferedWriter out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
                CsvRecord header = reader.next();
                if (header == null) {
                    return;
                }
                Map<String, Integer> at = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    at.putIfAbsent(header.field(i).strip(), i);
                }
                writeRecord(out, header);
                CsvRecord row;
                while ((row = reader.next()) != null) {
                    if (row.size() == header.size()) {
                        Basis basis =
                                Basis.fromFileName(row.field(at.get("basis")).strip());
                        long key = codec.key(
                                row.field(at.get("reporter")).strip(),
                                row.field(at.get("partner")).strip(),
                                row.field(at.get("dimension")).strip(),
                                Integer.parseInt(row.field(at.get("year")).strip()),
                                basis);
                        if (importKeys.contains(key)) {
                            changed = true;
                            continue;
                        }
                    }
                    writeRecord(out, row);
                }
            } catch (CsvFormatException e) {
                throw new IOException(file + ":" + e.line() + ": " + e.getMessage(), e);
            }
            if (changed) {
                stagedFiles.put(staging, file);
            } else {
                Files.delete(staging);
            }
        }

        private static void writeRecord(Writer out, CsvRecord row) throws IOException {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                CsvLines.field(out, row.field(i));
            }
            out.write('\n');
        }

        private String manifestText() throws ImportFailedException {
            List<String> newFiles = stagedFiles.values().stream()
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv"))
                    .filter(n -> existing == null || !existing.fileList.contains(n))
                    .toList();
            YearRange years;
            if (existing == null) {
                years = minYear <= maxYear
                        ? new YearRange(minYear, maxYear)
                        : new YearRange(
                                options.downloaded().getYear(),
                                options.downloaded().getYear());
            } else {
                YearRange old = existing.world.info().years();
                years = minYear <= maxYear
                        ? new YearRange(Math.min(old.from(), minYear), Math.max(old.to(), maxYear))
                        : old;
            }
            List<Dimension> newDimensions = new ArrayList<>();
            for (Dimension d : dimensionsSeen.values()) {
                if (existing == null || existing.world.dimension(d.id()).isEmpty()) {
                    newDimensions.add(d);
                }
            }
            Set<String> wanted = new LinkedHashSet<>();
            wanted.add(focal);
            wanted.addAll(actorsSeen);
            List<Actor> newActors = new ArrayList<>();
            for (String code : wanted) {
                if (existing == null || existing.world.actor(code).isEmpty()) {
                    newActors.add(actorFor(code));
                }
            }
            if (existing == null) {
                String name =
                        directory.toAbsolutePath().normalize().getFileName().toString();
                return ManifestText.create(
                        name,
                        "Imported from " + format.database() + " (" + format.publisher() + ") on "
                                + options.downloaded() + "; focal country " + focal + ".",
                        options.downloaded().toString(),
                        focal,
                        years,
                        newDimensions,
                        newActors);
            }
            try {
                return ManifestText.edit(
                        existing.manifestText,
                        directory.resolve(DatasetFiles.MANIFEST).toString(),
                        newDimensions,
                        newActors,
                        existing.listsFiles ? newFiles : List.of(),
                        years);
            } catch (IllegalArgumentException e) {
                throw failure("the manifest cannot be updated: " + e.getMessage(), List.of());
            }
        }

        private Actor actorFor(String code) {
            if (code.equals(Actor.WORLD)) {
                return Actor.of(Actor.WORLD, "World", ActorKind.AGGREGATE);
            }
            CountryCodes.Country country = codes.byCode(code).orElseThrow();
            ActorKind kind = switch (country.status()) {
                case BLOC -> ActorKind.BLOC;
                case WORLD, AGGREGATE -> ActorKind.AGGREGATE;
                default ->
                    code.equals(focal)
                            ? ActorKind.MIDDLE_POWER
                            : GREAT_POWERS.contains(code) ? ActorKind.GREAT_POWER : ActorKind.SMALL_STATE;
            };
            OptionalInt cow = country.cow();
            return new Actor(code, country.name(), kind, cow, List.of());
        }

        void discard() {
            for (Path staging : stagedFiles.keySet()) {
                deleteQuietly(staging);
            }
            stagedFiles.clear();
        }

        private void rollback(boolean created) throws IOException {
            for (Path written : writtenFiles) {
                Path backup = backups.get(written);
                if (backup != null) {
                    Files.move(backup, written, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(written);
                }
            }
            if (created) {
                deleteQuietly(directory);
            }
        }
    }

    /** Powers an import marks as great powers by default (the user may edit the manifest). */
    static final Set<String> GREAT_POWERS = Set.of("USA", "CHN", "RUS", "SUN");

    /** The dimensions importers write, with their units. */
    static Dimension standardDimension(String id) {
        return switch (id) {
            case Dimension.EXPORTS ->
                new Dimension(
                        id,
                        "Goods exports",
                        "USD_M",
                        DimensionKind.FLOW,
                        "Goods exports of the reporter to the partner, million US dollars (customs statistics)");
            case Dimension.IMPORTS ->
                new Dimension(
                        id,
                        "Goods imports",
                        "USD_M",
                        DimensionKind.FLOW,
                        "Goods imports of the reporter from the partner, million US dollars (customs statistics)");
            case Dimension.TRADE ->
                new Dimension(
                        id,
                        "Goods trade turnover",
                        "USD_M",
                        DimensionKind.FLOW,
                        "Total goods trade (exports plus imports) with the partner as the publisher states it; never computed here");
            case Dimension.UNGA_AGREEMENT ->
                new Dimension(
                        id,
                        "UN General Assembly agreement",
                        "share",
                        DimensionKind.FLOW,
                        "Share (0-1) of UN General Assembly roll-call votes in which the reporter voted as the partner did (Bailey, Strezhnev and Voeten 2017)");
            case Dimension.UNGA_IDEAL_POINT ->
                new Dimension(
                        id,
                        "UN General Assembly ideal point",
                        "ideal_point",
                        DimensionKind.MONADIC,
                        "The reporter's yearly ideal point estimated from UN General Assembly roll calls (Bailey, Strezhnev and Voeten 2017); negative for many states",
                        true);
            case Dimension.UNGA_IDEAL_DISTANCE ->
                new Dimension(
                        id,
                        "UN General Assembly ideal-point distance",
                        "ideal_point",
                        DimensionKind.FLOW,
                        "Absolute difference of the reporter's and the partner's ideal points in the year (derived here from Bailey, Strezhnev and Voeten 2017)");
            case Dimension.GDP ->
                new Dimension(
                        id,
                        "GDP",
                        "USD_M",
                        DimensionKind.MONADIC,
                        "Gross domestic product, current US dollars, millions (World Bank NY.GDP.MKTP.CD)");
            case Dimension.ARMS_IMPORTS ->
                new Dimension(
                        id,
                        "Arms imports",
                        "TIV_M",
                        DimensionKind.FLOW,
                        "Deliveries of major conventional arms to the reporter from the supplier, millions of SIPRI trend-indicator values");
            default -> null;
        };
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort
        }
    }
}
