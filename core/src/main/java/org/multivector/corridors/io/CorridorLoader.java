package org.multivector.corridors.io;

import org.multivector.corridors.Commodity;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CorridorNode;
import org.multivector.corridors.CostBasis;
import org.multivector.corridors.ExpansionOption;
import org.multivector.corridors.ExportSupply;
import org.multivector.corridors.HistoricalDisruption;
import org.multivector.corridors.Mode;
import org.multivector.corridors.NodeKind;
import org.multivector.corridors.ObservedVolume;
import org.multivector.corridors.Price;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.world.Basis;
import org.multivector.world.Source;
import org.multivector.world.io.DatasetFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a corridor network ({@code network.yaml} plus the CSV files it names) and validates
 * everything: every problem of every file is collected in one pass and reported together with file,
 * line, column and rule; when there is any, nothing is returned. The format is documented in
 * {@code docs/corridors.md}.
 */
public final class CorridorLoader {

    /** The file every corridor folder has. */
    public static final String NETWORK_FILE = "network.yaml";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final List<String> SOURCE_COLUMNS = List.of("publisher", "title", "source_year", "url");

    private final DatasetFiles files;
    private final List<Problem> problems = new ArrayList<>();
    /** Ids declared in rows, valid or not: references to them are not reported again. */
    private final Set<String> declaredNodes = new HashSet<>();

    private final Map<String, String> declaredLinks = new HashMap<>();
    private final Set<String> declaredCommodities = new HashSet<>();

    private CorridorLoader(DatasetFiles files) {
        this.files = files;
    }

    /** The corridor network embedded with dataset {@code dataset} (under {@code datasets/DATASET/corridors/}). */
    public static CorridorNetwork embedded(String dataset) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Embedded(dataset + "/corridors"));
    }

    /** The embedded Kazakhstan corridor network. */
    public static CorridorNetwork defaultNetwork() throws InvalidCorridorDataException {
        return embedded("kazakhstan");
    }

    /** The corridor network in a folder holding {@code network.yaml}. */
    public static CorridorNetwork load(Path folder) throws InvalidCorridorDataException {
        return load(new DatasetFiles.Folder(folder));
    }

    /** The corridor network wherever its files are. */
    public static CorridorNetwork load(DatasetFiles files) throws InvalidCorridorDataException {
        return new CorridorLoader(files).run();
    }

    private CorridorNetwork run() throws InvalidCorridorDataException {
        Header header = readHeader();
        if (header == null) {
            throw failure();
        }
        Map<String, CorridorNode> nodes = readNodes(header.fileMap.get("nodes"));
        List<CorridorLink> links = readLinks(header.fileMap.get("links"), header.commodityMap.keySet(), nodes.keySet());
        Map<String, String> linkCommodity = new HashMap<>(declaredLinks);
        links.forEach(l -> linkCommodity.put(l.id(), l.commodity()));
        List<ExportSupply> supplies =
                readSupplies(header.fileMap.get("supplies"), header.commodityMap.keySet(), nodes.keySet());
        List<ObservedVolume> volumes = readVolumes(header.fileMap.get("volumes"), linkCommodity);
        List<HistoricalDisruption> disruptions =
                readDisruptions(header.fileMap.get("disruptions"), linkCommodity.keySet(), nodes.keySet());
        List<Price> prices = readPrices(header.fileMap.get("prices"), header.commodityMap.keySet());
        for (Pending p : header.pendingExpansions) {
            String commodity = linkCommodity.get(p.option.link());
            if (commodity == null) {
                add(
                        header.file,
                        p.line,
                        p.column,
                        CorridorRule.UNKNOWN_REFERENCE,
                        "expansion '" + p.option.id() + "' names link '" + p.option.link()
                                + "', which links.csv does not declare");
            } else if (!commodity.isEmpty() && !commodity.equals(p.option.commodity())) {
                add(
                        header.file,
                        p.line,
                        p.column,
                        InputRule.INVALID_VALUE,
                        "expansion '" + p.option.id() + "' is for " + p.option.commodity() + " but link '"
                                + p.option.link() + "' carries " + commodity);
            }
        }
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new CorridorNetwork(
                header.name,
                header.title,
                header.version,
                header.focal,
                List.copyOf(header.commodityMap.values()),
                List.copyOf(nodes.values()),
                links,
                supplies,
                volumes,
                disruptions,
                prices,
                header.pendingExpansions.stream().map(p -> p.option).toList());
    }

    private InvalidCorridorDataException failure() {
        problems.sort(Problem.IN_FILE_ORDER);
        return new InvalidCorridorDataException(problems);
    }

    private void add(String file, int line, int column, Rule rule, String message) {
        problems.add(new Problem(file, line, column, rule, message));
    }

    // ------------------------------------------------------------------ network.yaml

    private record Pending(ExpansionOption option, int line, int column) {}

    private static final class Header {
        String file;
        String name;
        String title;
        String version;
        String focal;
        final Map<String, String> fileMap = new LinkedHashMap<>();
        final Map<String, Commodity> commodityMap = new LinkedHashMap<>();
        final List<Pending> pendingExpansions = new ArrayList<>();
    }

    private static final List<String> FILE_ROLES =
            List.of("nodes", "links", "supplies", "volumes", "disruptions", "prices");

    private Header readHeader() {
        Header header = new Header();
        header.file = files.display(NETWORK_FILE);
        YamlNode root;
        try (InputStream in = files.open(NETWORK_FILE)) {
            root = YamlReader.read(in, header.file, problems);
        } catch (NoSuchFileException e) {
            add(
                    header.file,
                    0,
                    0,
                    InputRule.UNREADABLE_FILE,
                    "no " + NETWORK_FILE
                            + ": a corridor folder must hold one\nMaybe the folder is wrong; see docs/corridors.md for the format.");
            return null;
        } catch (IOException e) {
            add(header.file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage());
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            add(
                    header.file,
                    root.line(),
                    root.column(),
                    InputRule.INVALID_VALUE,
                    "the file must be a mapping of keys to values");
            return null;
        }
        int before = problems.size();
        header.name = yamlText(top, "name", header.file, true);
        header.title =
                Optional.ofNullable(yamlText(top, "title", header.file, false)).orElse(header.name);
        header.version = yamlText(top, "version", header.file, true);
        header.focal = yamlText(top, "focal", header.file, true);
        if (header.focal != null && !ISO3.matcher(header.focal).matches()) {
            YamlNode at = top.get("focal");
            add(
                    header.file,
                    at.line(),
                    at.column(),
                    CorridorRule.BAD_COUNTRY,
                    "focal '" + header.focal + "' is not an ISO3 code");
        }
        YamlNode filesNode = top.get("files");
        if (!(filesNode instanceof YamlNode.Mapping fileMapping)) {
            add(
                    header.file,
                    filesNode == null ? top.line() : filesNode.line(),
                    filesNode == null ? 0 : filesNode.column(),
                    InputRule.MISSING_FIELD,
                    "'files' must map each of " + FILE_ROLES + " to a CSV file name");
        } else {
            for (String role : FILE_ROLES) {
                String fileName = yamlText(fileMapping, role, header.file, true);
                if (fileName != null) {
                    if (fileName.contains("/") || fileName.contains("\\") || !fileName.endsWith(".csv")) {
                        YamlNode at = fileMapping.get(role);
                        add(
                                header.file,
                                at.line(),
                                at.column(),
                                InputRule.INVALID_VALUE,
                                "files." + role + " '" + fileName + "' must be a .csv file name in the same folder");
                    } else {
                        header.fileMap.put(role, fileName);
                    }
                }
            }
        }
        YamlNode commodities = top.get("commodities");
        if (!(commodities instanceof YamlNode.Sequence sequence)
                || sequence.itemList().isEmpty()) {
            add(
                    header.file,
                    commodities == null ? top.line() : commodities.line(),
                    0,
                    InputRule.MISSING_FIELD,
                    "'commodities' must list at least one commodity with id, name, unit, cost_unit and cost_factor");
        } else {
            for (YamlNode item : sequence.itemList()) {
                readCommodity(item, header);
            }
        }
        YamlNode expansions = top.get("expansions");
        if (expansions instanceof YamlNode.Sequence sequence) {
            Set<String> ids = new HashSet<>();
            for (YamlNode item : sequence.itemList()) {
                readExpansion(item, header, ids);
            }
        } else if (expansions != null) {
            add(
                    header.file,
                    expansions.line(),
                    expansions.column(),
                    InputRule.INVALID_VALUE,
                    "'expansions' must be a list");
        }
        if (problems.size() > before || header.fileMap.size() < FILE_ROLES.size()) {
            return null;
        }
        return header;
    }

    private void readCommodity(YamlNode item, Header header) {
        String file = header.file;
        if (!(item instanceof YamlNode.Mapping map)) {
            add(file, item.line(), item.column(), InputRule.INVALID_VALUE, "a commodity must be a mapping");
            return;
        }
        String id = yamlText(map, "id", file, true);
        if (id != null) {
            declaredCommodities.add(id);
        }
        String name = yamlText(map, "name", file, true);
        String unit = yamlText(map, "unit", file, true);
        String costUnit = yamlText(map, "cost_unit", file, true);
        Double costFactor = yamlNumber(map, "cost_factor", file, true);
        String priceUnit =
                Optional.ofNullable(yamlText(map, "price_unit", file, false)).orElse("");
        Double priceFactor = yamlNumber(map, "price_factor", file, false);
        Optional<Source> priceSource = Optional.empty();
        if (priceFactor != null) {
            YamlNode sourceNode = map.get("price_factor_source");
            if (!(sourceNode instanceof YamlNode.Mapping sourceMap)) {
                add(
                        file,
                        map.line(),
                        map.column(),
                        CorridorRule.MISSING_SOURCE,
                        "commodity '" + id
                                + "' has a price_factor but no price_factor_source (publisher, title, year, url)");
            } else {
                String publisher = yamlText(sourceMap, "publisher", file, true);
                String title = yamlText(sourceMap, "title", file, true);
                Double year = yamlNumber(sourceMap, "year", file, true);
                String url = yamlText(sourceMap, "url", file, true);
                if (publisher != null && title != null && year != null && url != null) {
                    priceSource =
                            Optional.of(new Source(publisher, title, year.intValue(), url, Basis.INDEPENDENT, false));
                }
            }
        }
        if (id == null || unit == null || costUnit == null || costFactor == null) {
            return;
        }
        if (header.commodityMap.containsKey(id)) {
            YamlNode at = map.get("id");
            add(file, at.line(), at.column(), CorridorRule.DUPLICATE, "commodity '" + id + "' is declared twice");
            return;
        }
        header.commodityMap.put(
                id,
                new Commodity(
                        id,
                        name == null ? id : name,
                        unit,
                        costUnit,
                        costFactor,
                        priceUnit,
                        priceFactor == null ? 0 : priceFactor,
                        priceSource));
    }

    private void readExpansion(YamlNode item, Header header, Set<String> ids) {
        String file = header.file;
        if (!(item instanceof YamlNode.Mapping map)) {
            add(
                    file,
                    item.line(),
                    item.column(),
                    InputRule.INVALID_VALUE,
                    "an expansion must be a mapping with id, commodity, link, amount");
            return;
        }
        String id = yamlText(map, "id", file, true);
        String commodity = yamlText(map, "commodity", file, true);
        String link = yamlText(map, "link", file, true);
        Double amount = yamlNumber(map, "amount", file, true);
        String note = Optional.ofNullable(yamlText(map, "note", file, false)).orElse("");
        if (id == null || commodity == null || link == null || amount == null) {
            return;
        }
        if (!ids.add(id)) {
            add(file, map.line(), map.column(), CorridorRule.DUPLICATE, "expansion '" + id + "' is declared twice");
            return;
        }
        if (!header.commodityMap.containsKey(commodity) && !declaredCommodities.contains(commodity)) {
            YamlNode at = map.get("commodity");
            add(
                    file,
                    at.line(),
                    at.column(),
                    CorridorRule.UNKNOWN_REFERENCE,
                    "expansion '" + id + "': commodity '" + commodity + "' is not declared");
            return;
        }
        if (amount <= 0) {
            YamlNode at = map.get("amount");
            add(
                    file,
                    at.line(),
                    at.column(),
                    InputRule.INVALID_VALUE,
                    "expansion '" + id + "': amount must be positive, got " + amount);
            return;
        }
        header.pendingExpansions.add(
                new Pending(new ExpansionOption(id, commodity, link, amount, note), map.line(), map.column()));
    }

    private String yamlText(YamlNode.Mapping map, String key, String file, boolean required) {
        YamlNode node = map.get(key);
        if (node == null
                || (node instanceof YamlNode.Scalar s
                        && (s.text() == null || s.text().isBlank()))) {
            if (required) {
                add(file, map.line(), map.column(), InputRule.MISSING_FIELD, "'" + key + "' is required here");
            }
            return null;
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            add(file, node.line(), node.column(), InputRule.INVALID_VALUE, "'" + key + "' must be a single value");
            return null;
        }
        return scalar.text().strip();
    }

    private Double yamlNumber(YamlNode.Mapping map, String key, String file, boolean required) {
        String text = yamlText(map, key, file, required);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            YamlNode at = map.get(key);
            add(
                    file,
                    at.line(),
                    at.column(),
                    InputRule.NOT_A_NUMBER,
                    "'" + key + "' must be a number, got '" + text + "'");
            return null;
        }
    }

    // ------------------------------------------------------------------ CSV helpers

    /** A CSV file read whole: its header's column positions and its records. */
    private final class Table {
        final String file;
        final Map<String, Integer> columnMap = new HashMap<>();
        final List<CsvRecord> recordList = new ArrayList<>();

        Table(String file) {
            this.file = file;
        }

        Row row(CsvRecord record) {
            return new Row(this, record);
        }
    }

    /** One record with typed, problem-reporting accessors. */
    private final class Row {
        final Table table;
        final CsvRecord record;

        Row(Table table, CsvRecord record) {
            this.table = table;
            this.record = record;
        }

        int line() {
            return record.line();
        }

        int column(String name) {
            Integer index = table.columnMap.get(name);
            return index == null ? 0 : record.column(index);
        }

        String text(String name) {
            Integer index = table.columnMap.get(name);
            return index == null ? "" : record.field(index).strip();
        }

        String required(String name) {
            String value = text(name);
            if (value.isEmpty()) {
                add(table.file, line(), column(name), InputRule.MISSING_FIELD, "'" + name + "' is empty");
                return null;
            }
            return value;
        }

        /** A number; empty gives {@code empty}; bad text reports and gives null. */
        Double number(String name, boolean required, boolean nonNegative) {
            String value = text(name);
            if (value.isEmpty()) {
                if (required) {
                    add(table.file, line(), column(name), InputRule.MISSING_FIELD, "'" + name + "' is empty");
                }
                return null;
            }
            double parsed;
            try {
                parsed = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                add(
                        table.file,
                        line(),
                        column(name),
                        InputRule.NOT_A_NUMBER,
                        "'" + name + "' must be a number, got '" + value + "'");
                return null;
            }
            if (!Double.isFinite(parsed)) {
                add(
                        table.file,
                        line(),
                        column(name),
                        InputRule.NOT_A_NUMBER,
                        "'" + name + "' must be a finite number, got '" + value + "'");
                return null;
            }
            if (nonNegative && parsed < 0) {
                add(
                        table.file,
                        line(),
                        column(name),
                        InputRule.NEGATIVE_VALUE,
                        "'" + name + "' must not be negative, got " + value);
                return null;
            }
            if (nonNegative && parsed > Commodity.MAX_QUANTITY) {
                add(
                        table.file,
                        line(),
                        column(name),
                        CorridorRule.QUANTITY_TOO_LARGE,
                        "'" + name + "' must not exceed 1e9, got " + value);
                return null;
            }
            return parsed;
        }

        Integer year(String name, boolean required) {
            Double value = number(name, required, true);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || value < 1900 || value > 2100) {
                add(
                        table.file,
                        line(),
                        column(name),
                        InputRule.INVALID_VALUE,
                        "'" + name + "' must be a year, got '" + text(name) + "'");
                return null;
            }
            return value.intValue();
        }

        Boolean bool(String name) {
            String value = text(name).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "", "false" -> false;
                case "true" -> true;
                default -> {
                    add(
                            table.file,
                            line(),
                            column(name),
                            InputRule.INVALID_VALUE,
                            "'" + name + "' must be true or false, got '" + text(name) + "'");
                    yield null;
                }
            };
        }

        <E extends Enum<E>> E word(String name, Class<E> type) {
            String value = required(name);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .toList();
            add(
                    table.file,
                    line(),
                    column(name),
                    InputRule.INVALID_VALUE,
                    "'" + name + "' must be one of " + allowed + ", got '" + value + "'");
            return null;
        }

        /** publisher, title, source_year, url (with an optional prefix such as {@code cost_}) and assumption. */
        Source source(String prefix, boolean withAssumption) {
            List<String> missing = new ArrayList<>();
            for (String column : SOURCE_COLUMNS) {
                if (text(prefix + column).isEmpty()) {
                    missing.add(prefix + column);
                }
            }
            if (!missing.isEmpty()) {
                add(
                        table.file,
                        line(),
                        column(missing.getFirst()),
                        CorridorRule.MISSING_SOURCE,
                        "no " + String.join(", ", missing)
                                + "\nMaybe cite the page the figure was read in; label analyst assumptions with assumption=true and say why in the note.");
                return null;
            }
            Integer year = year(prefix + "source_year", true);
            Boolean assumption = withAssumption ? bool("assumption") : Boolean.FALSE;
            if (year == null || assumption == null) {
                return null;
            }
            return new Source(
                    text(prefix + "publisher"),
                    text(prefix + "title"),
                    year,
                    text(prefix + "url"),
                    Basis.INDEPENDENT,
                    assumption);
        }

        String country(String name) {
            String value = required(name);
            if (value != null && !ISO3.matcher(value).matches()) {
                add(
                        table.file,
                        line(),
                        column(name),
                        CorridorRule.BAD_COUNTRY,
                        "'" + value + "' is not an ISO 3166-1 alpha-3 code");
                return null;
            }
            return value;
        }

        LocalDate date(String name) {
            String value = required(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                add(
                        table.file,
                        line(),
                        column(name),
                        CorridorRule.BAD_DATE,
                        "'" + name + "' must be a date YYYY-MM-DD, got '" + value + "'");
                return null;
            }
        }

        void problem(String name, Rule rule, String message) {
            add(table.file, line(), column(name), rule, message);
        }
    }

    private Table read(String fileName, List<String> required) {
        Table table = new Table(files.display(fileName));
        try (InputStream in = files.open(fileName);
                CsvReader reader = CsvReader.utf8(in)) {
            CsvRecord header = reader.next();
            if (header == null) {
                add(
                        table.file,
                        0,
                        0,
                        InputRule.UNREADABLE_FILE,
                        "the file is empty; it needs a header: " + String.join(",", required));
                return null;
            }
            for (int i = 0; i < header.size(); i++) {
                String name = header.field(i).strip();
                if (table.columnMap.putIfAbsent(name, i) != null) {
                    add(
                            table.file,
                            header.line(),
                            header.column(i),
                            InputRule.HEADER,
                            "column '" + name + "' appears twice");
                }
            }
            List<String> missing = required.stream()
                    .filter(c -> !table.columnMap.containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                add(
                        table.file,
                        header.line(),
                        0,
                        InputRule.HEADER,
                        "the header lacks " + String.join(", ", missing) + "\nMaybe start the file with: "
                                + String.join(",", required));
                return null;
            }
            CsvRecord record;
            while ((record = reader.next()) != null) {
                if (record.size() == 1 && record.field(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    add(
                            table.file,
                            record.line(),
                            0,
                            InputRule.FIELD_COUNT,
                            "the row has " + record.size() + " fields, the header " + header.size()
                                    + "\nMaybe a field holding a comma needs double quotes.");
                    continue;
                }
                table.recordList.add(record);
            }
        } catch (NoSuchFileException e) {
            add(
                    table.file,
                    0,
                    0,
                    InputRule.UNREADABLE_FILE,
                    "the file is missing\nMaybe fix 'files' in " + NETWORK_FILE + ".");
            return null;
        } catch (CsvFormatException e) {
            problems.add(e.problem(table.file));
            return null;
        } catch (IOException e) {
            add(table.file, 0, 0, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage());
            return null;
        }
        return table;
    }

    private static List<String> withSource(String... columns) {
        List<String> all = new ArrayList<>(List.of(columns));
        all.addAll(SOURCE_COLUMNS);
        return all;
    }

    // ------------------------------------------------------------------ the files

    private Map<String, CorridorNode> readNodes(String fileName) {
        Map<String, CorridorNode> nodes = new LinkedHashMap<>();
        Table table = read(
                fileName, withSource("id", "name", "kind", "country", "lat", "lon", "location", "assumption", "note"));
        if (table == null) {
            return nodes;
        }
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            String id = row.required("id");
            if (id != null) {
                declaredNodes.add(id);
            }
            String name = row.required("name");
            NodeKind kind = row.word("kind", NodeKind.class);
            String country = row.country("country");
            Double lat = row.number("lat", true, false);
            Double lon = row.number("lon", true, false);
            String location = row.required("location");
            Source source = row.source("", true);
            if (lat != null && (lat < -90 || lat > 90)) {
                row.problem("lat", CorridorRule.BAD_COORDINATE, "latitude " + lat + " lies outside -90..90");
                lat = null;
            }
            if (lon != null && (lon < -180 || lon > 180)) {
                row.problem("lon", CorridorRule.BAD_COORDINATE, "longitude " + lon + " lies outside -180..180");
                lon = null;
            }
            if (location != null && !location.equals("approximate") && !location.equals("representative")) {
                row.problem(
                        "location",
                        InputRule.INVALID_VALUE,
                        "'location' must be approximate or representative, got '" + location + "'");
                location = null;
            }
            if (id == null
                    || kind == null
                    || country == null
                    || lat == null
                    || lon == null
                    || location == null
                    || source == null) {
                continue;
            }
            if (nodes.containsKey(id)) {
                row.problem("id", CorridorRule.DUPLICATE, "node '" + id + "' is declared twice");
                continue;
            }
            nodes.put(
                    id,
                    new CorridorNode(
                            id, name == null ? id : name, kind, country, lat, lon, location, source, row.text("note")));
        }
        return nodes;
    }

    private List<CorridorLink> readLinks(String fileName, Set<String> commodities, Set<String> nodes) {
        List<CorridorLink> links = new ArrayList<>();
        Table table = read(
                fileName,
                withSource(
                        "id",
                        "from",
                        "to",
                        "commodity",
                        "mode",
                        "capacity",
                        "first_year",
                        "last_year",
                        "status",
                        "unit_cost",
                        "cost_basis",
                        "transit_days",
                        "jurisdictions",
                        "assumption",
                        "cost_publisher",
                        "cost_title",
                        "cost_source_year",
                        "cost_url",
                        "note"));
        if (table == null) {
            return links;
        }
        Map<String, CorridorLink> firstById = new HashMap<>();
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            String id = row.required("id");
            if (id != null) {
                declaredLinks.putIfAbsent(id, row.text("commodity"));
            }
            String from = reference(row, "from", nodes, "node");
            String to = reference(row, "to", nodes, "node");
            String commodity = reference(row, "commodity", commodities, "commodity");
            Mode mode = row.word("mode", Mode.class);
            Double capacity = row.number("capacity", false, true);
            boolean capacityBad = !row.text("capacity").isEmpty() && capacity == null;
            Integer firstYear = row.text("first_year").isEmpty() ? Integer.valueOf(0) : row.year("first_year", false);
            Integer lastYear = row.text("last_year").isEmpty() ? Integer.valueOf(0) : row.year("last_year", false);
            String status = row.required("status");
            if (status != null && !status.equals("operating") && !status.equals("proposed")) {
                row.problem(
                        "status",
                        InputRule.INVALID_VALUE,
                        "'status' must be operating or proposed, got '" + status + "'");
                status = null;
            }
            Double cost = row.number("unit_cost", true, true);
            CostBasis costBasis = row.word("cost_basis", CostBasis.class);
            Double transit = row.number("transit_days", false, true);
            List<String> jurisdictions = new ArrayList<>();
            String jurisdictionText = row.required("jurisdictions");
            boolean jurisdictionsOk = jurisdictionText != null;
            if (jurisdictionText != null) {
                for (String code : jurisdictionText.split(";")) {
                    String c = code.strip();
                    if (!ISO3.matcher(c).matches()) {
                        row.problem(
                                "jurisdictions",
                                CorridorRule.BAD_COUNTRY,
                                "jurisdiction '" + c
                                        + "' is not an ISO 3166-1 alpha-3 code\nMaybe separate codes with semicolons, e.g. KAZ;RUS.");
                        jurisdictionsOk = false;
                    } else {
                        jurisdictions.add(c);
                    }
                }
            }
            Source source = row.source("", true);
            Optional<Source> costSource = Optional.empty();
            boolean costSourceOk = true;
            if (costBasis != null && costBasis != CostBasis.ASSUMPTION) {
                Source s = row.source("cost_", false);
                costSourceOk = s != null;
                costSource = Optional.ofNullable(s);
            }
            if (firstYear != null && lastYear != null && firstYear != 0 && lastYear != 0 && lastYear < firstYear) {
                row.problem(
                        "last_year",
                        InputRule.INVALID_VALUE,
                        "last_year " + lastYear + " comes before first_year " + firstYear);
                firstYear = null;
            }
            if (id == null
                    || from == null
                    || to == null
                    || commodity == null
                    || mode == null
                    || capacityBad
                    || firstYear == null
                    || lastYear == null
                    || status == null
                    || cost == null
                    || costBasis == null
                    || !jurisdictionsOk
                    || source == null
                    || !costSourceOk) {
                continue;
            }
            if (from.equals(to)) {
                row.problem("to", InputRule.INVALID_VALUE, "link '" + id + "' starts and ends at '" + from + "'");
                continue;
            }
            CorridorLink link = new CorridorLink(
                    id,
                    from,
                    to,
                    commodity,
                    mode,
                    capacity == null ? OptionalDouble.empty() : OptionalDouble.of(capacity),
                    firstYear,
                    lastYear,
                    status.equals("proposed"),
                    cost,
                    costBasis,
                    costSource,
                    transit == null ? OptionalDouble.empty() : OptionalDouble.of(transit),
                    jurisdictions,
                    source,
                    row.text("note"));
            CorridorLink first = firstById.get(id);
            if (first != null) {
                if (!first.from().equals(from)
                        || !first.to().equals(to)
                        || !first.commodity().equals(commodity)) {
                    row.problem("id", CorridorRule.DUPLICATE, "link '" + id + "' repeats with other ends or commodity");
                    continue;
                }
                boolean overlap = links.stream().filter(l -> l.id().equals(id)).anyMatch(l -> overlaps(l, link));
                if (overlap) {
                    row.problem(
                            "first_year",
                            CorridorRule.DUPLICATE,
                            "link '" + id
                                    + "' has another row for some of the same years\nMaybe set first_year and last_year so the rows do not overlap.");
                    continue;
                }
            } else {
                firstById.put(id, link);
            }
            links.add(link);
        }
        return links;
    }

    private static boolean overlaps(CorridorLink a, CorridorLink b) {
        int aFrom = a.firstYear() == 0 ? Integer.MIN_VALUE : a.firstYear();
        int aTo = a.lastYear() == 0 ? Integer.MAX_VALUE : a.lastYear();
        int bFrom = b.firstYear() == 0 ? Integer.MIN_VALUE : b.firstYear();
        int bTo = b.lastYear() == 0 ? Integer.MAX_VALUE : b.lastYear();
        return aFrom <= bTo && bFrom <= aTo;
    }

    private String reference(Row row, String column, Set<String> known, String what) {
        String value = row.required(column);
        if (value != null && !known.contains(value)) {
            boolean declared = switch (what) {
                case "node" -> declaredNodes.contains(value);
                case "link" -> declaredLinks.containsKey(value);
                case "commodity" -> declaredCommodities.contains(value);
                default -> false;
            };
            if (!declared) {
                row.problem(column, CorridorRule.UNKNOWN_REFERENCE, what + " '" + value + "' is not declared");
            }
            return null;
        }
        return value;
    }

    private List<ExportSupply> readSupplies(String fileName, Set<String> commodities, Set<String> nodes) {
        List<ExportSupply> supplies = new ArrayList<>();
        Table table = read(fileName, withSource("year", "node", "commodity", "volume", "assumption", "note"));
        if (table == null) {
            return supplies;
        }
        Set<String> seen = new HashSet<>();
        Map<String, Double> totals = new HashMap<>();
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            Integer year = row.year("year", true);
            String node = reference(row, "node", nodes, "node");
            String commodity = reference(row, "commodity", commodities, "commodity");
            Double volume = row.number("volume", true, true);
            Source source = row.source("", true);
            if (year == null || node == null || commodity == null || volume == null || source == null) {
                continue;
            }
            if (!seen.add(year + "|" + node + "|" + commodity)) {
                row.problem(
                        "node",
                        CorridorRule.DUPLICATE,
                        "supply of " + commodity + " at '" + node + "' in " + year + " appears twice");
                continue;
            }
            if (totals.merge(year + "|" + commodity, volume, Double::sum) > Commodity.MAX_QUANTITY) {
                row.problem(
                        "volume",
                        CorridorRule.QUANTITY_TOO_LARGE,
                        "the " + commodity + " supplies of " + year + " sum above 1e9 here");
                continue;
            }
            supplies.add(new ExportSupply(year, node, commodity, volume, source, row.text("note")));
        }
        return supplies;
    }

    private List<ObservedVolume> readVolumes(String fileName, Map<String, String> linkCommodity) {
        List<ObservedVolume> volumes = new ArrayList<>();
        Table table = read(fileName, withSource("year", "link", "commodity", "volume", "period", "note"));
        if (table == null) {
            return volumes;
        }
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            Integer year = row.year("year", true);
            String link = reference(row, "link", linkCommodity.keySet(), "link");
            String commodity = row.required("commodity");
            Double volume = row.number("volume", true, true);
            String period = row.required("period");
            // the optional 'assumption' column marks a figure derived by arithmetic from published ones
            Source source = row.source("", table.columnMap.containsKey("assumption"));
            if (link != null && commodity != null && !commodity.equals(linkCommodity.get(link))) {
                row.problem(
                        "commodity",
                        InputRule.INVALID_VALUE,
                        "link '" + link + "' carries " + linkCommodity.get(link) + ", not " + commodity);
                commodity = null;
            }
            if (year == null
                    || link == null
                    || commodity == null
                    || volume == null
                    || period == null
                    || source == null) {
                continue;
            }
            volumes.add(new ObservedVolume(year, link, commodity, volume, period, source, row.text("note")));
        }
        return volumes;
    }

    private List<HistoricalDisruption> readDisruptions(String fileName, Set<String> links, Set<String> nodes) {
        List<HistoricalDisruption> disruptions = new ArrayList<>();
        Table table = read(
                fileName,
                withSource(
                        "id",
                        "start",
                        "end",
                        "asset",
                        "asset_kind",
                        "cut_percent",
                        "event",
                        "effect",
                        "assumption",
                        "note"));
        if (table == null) {
            return disruptions;
        }
        Set<String> ids = new HashSet<>();
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            String id = row.required("id");
            LocalDate start = row.date("start");
            LocalDate end = row.date("end");
            String kind = row.required("asset_kind");
            String asset = null;
            if ("link".equals(kind)) {
                asset = reference(row, "asset", links, "link");
            } else if ("node".equals(kind)) {
                asset = reference(row, "asset", nodes, "node");
            } else if (kind != null) {
                row.problem(
                        "asset_kind", InputRule.INVALID_VALUE, "'asset_kind' must be link or node, got '" + kind + "'");
            }
            Double cut = row.number("cut_percent", true, true);
            if (cut != null && cut > 100) {
                row.problem("cut_percent", InputRule.INVALID_VALUE, "'cut_percent' must lie in 0..100, got " + cut);
                cut = null;
            }
            String event = row.required("event");
            Source source = row.source("", true);
            if (start != null && end != null && end.isBefore(start)) {
                row.problem("end", CorridorRule.BAD_DATE, "end " + end + " comes before start " + start);
                end = null;
            }
            if (id == null
                    || start == null
                    || end == null
                    || asset == null
                    || cut == null
                    || event == null
                    || source == null) {
                continue;
            }
            if (!ids.add(id)) {
                row.problem("id", CorridorRule.DUPLICATE, "disruption '" + id + "' appears twice");
                continue;
            }
            disruptions.add(new HistoricalDisruption(
                    id,
                    start,
                    end,
                    asset,
                    "node".equals(kind),
                    cut / 100,
                    event,
                    row.text("effect"),
                    source,
                    row.text("note")));
        }
        return disruptions;
    }

    private List<Price> readPrices(String fileName, Set<String> commodities) {
        List<Price> prices = new ArrayList<>();
        Table table =
                read(fileName, withSource("year", "commodity", "benchmark", "value", "unit", "assumption", "note"));
        if (table == null) {
            return prices;
        }
        Set<String> seen = new HashSet<>();
        for (CsvRecord record : table.recordList) {
            Row row = table.row(record);
            Integer year = row.year("year", true);
            String commodity = reference(row, "commodity", commodities, "commodity");
            String benchmark = row.required("benchmark");
            Double value = row.number("value", true, true);
            String unit = row.required("unit");
            Source source = row.source("", true);
            if (year == null
                    || commodity == null
                    || benchmark == null
                    || value == null
                    || unit == null
                    || source == null) {
                continue;
            }
            if (!seen.add(year + "|" + commodity)) {
                row.problem(
                        "year",
                        CorridorRule.DUPLICATE,
                        "a second price of " + commodity + " for " + year
                                + "\nMaybe keep one benchmark per year: the one that best matches the exported grade.");
                continue;
            }
            prices.add(new Price(year, commodity, benchmark, value, unit, source, row.text("note")));
        }
        return prices;
    }
}
