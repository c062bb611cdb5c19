package org.multivector.scenario;

import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.ReadLimits;
import org.multivector.input.Rule;
import org.multivector.input.TextInputException;
import org.multivector.input.Utf8Reader;
import org.multivector.input.YamlInput;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates a scenario file. The rules are those of the JSON Schema in
 * {@code docs/scenario.schema.json} (which editors use for completion) plus the cross-references a
 * schema cannot express: every {@code {param: NAME}} names a defined parameter, names are unique,
 * shocks name declared powers and routes. Every problem is collected in one pass and reported with
 * file, line and column; a scenario with any problem is not returned.
 */
public final class ScenarioReader {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(y|q|m|d)");

    // policies, study: read by strategy.StudyReader

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final YamlInput yaml;
    /** Parameter names used by quantities, with where they are used. */
    private final Map<String, At> referenceMap = new LinkedHashMap<>();

    private ScenarioReader(String file) {
        this.file = file;
        this.yaml = new YamlInput(file, problems);
    }

    /** Reads the scenario in {@code path}. */
    public static Scenario read(Path path) throws InvalidScenarioException {
        String text;
        try (InputStream in = Files.newInputStream(path)) {
            text = Utf8Reader.readAll(in, ReadLimits.DEFAULT.maxYamlBytes());
        } catch (TextInputException e) {
            throw new InvalidScenarioException(List.of(e.problem(path.toString())));
        } catch (IOException e) {
            throw new InvalidScenarioException(List.of(Problem.ofFile(
                    path.toString(), InputRule.UNREADABLE_FILE, "cannot read the scenario file: " + e.getMessage())));
        }
        return read(new StringReader(text), path.toString());
    }

    /**
     * Reads a scenario from {@code text}; {@code file} names it in messages. The file is checked against
     * its JSON Schema first ({@link ScenarioSchema}: keys, types, ranges, words); only a file that follows
     * it is read, with the cross-references checked here.
     */
    public static Scenario read(Reader text, String file) throws InvalidScenarioException {
        ScenarioReader reader = new ScenarioReader(file);
        Scenario scenario = reader.parse(text);
        if (!reader.problems.isEmpty() || scenario == null) {
            List<Problem> sorted = new ArrayList<>(reader.problems);
            sorted.sort(Problem.IN_FILE_ORDER);
            throw new InvalidScenarioException(sorted);
        }
        return scenario;
    }

    private Scenario parse(Reader reader) {
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            problems.add(
                    Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the scenario: " + e.getMessage()));
            return null;
        }
        YamlReader.Document document = YamlReader.readDocument(new StringReader(text), file, problems);
        if (document == null) {
            return null;
        }
        YamlNode root = document.root();
        if (!(root instanceof YamlNode.Mapping top)) {
            problem(
                    root,
                    InputRule.INVALID_VALUE,
                    "a scenario must be a mapping of keys (name, horizon, powers, ...) to values");
            return null;
        }
        problems.addAll(ScenarioSchema.check(document, file));
        if (!problems.isEmpty()) {
            return null;
        }
        String name = text(top, "name", true);
        String description = text(top, "description", false);
        String dataset = text(top, "dataset", false);
        Integer baseYear = yaml.integer(top, "baseYear", true);
        Scenario.Horizon horizon = horizon(top);
        String focal = text(top, "focal", true);

        List<Scenario.Power> powers = powers(top);
        Set<String> powerCodes = new HashSet<>();
        for (Scenario.Power power : powers) {
            powerCodes.add(power.code());
        }
        List<Scenario.EngagementPath> paths = paths(top, powerCodes);
        Scenario.Corridors corridors = corridors(top);
        Set<String> routeIds = new HashSet<>();
        if (corridors != null) {
            for (Scenario.Route route : corridors.routeList()) {
                routeIds.add(route.id());
            }
        }
        List<Shock> shocks = shockList(top.get("shocks"), "shocks", powerCodes, routeIds);
        Map<String, Double> parameters = parameters(top);
        List<Scenario.Uncertainty> uncertainties = uncertainties(top, parameters);
        Scenario.Levers levers = levers(top, powerCodes, routeIds);
        if (top.get("levers") instanceof YamlNode.Mapping leverMap && leverMap.get("ranges") != null) {
            levers = new Scenario.Levers(
                    levers.hedging(),
                    levers.actionList(),
                    LeverReader.read(
                            leverMap.get("ranges"),
                            file,
                            parameters,
                            uncertainties.stream()
                                    .map(Scenario.Uncertainty::name)
                                    .collect(java.util.stream.Collectors.toSet()),
                            problems));
        }
        List<Outcome> outcomes = outcomes(top);
        Scenario.EnsembleDefaults ensemble = ensemble(top);
        List<Scenario.Assumption> assumptions = assumptions(top);

        Set<String> defined = new HashSet<>(parameters.keySet());
        uncertainties.forEach(u -> defined.add(u.name()));
        referenceMap.forEach((param, at) -> {
            if (!defined.contains(param) && ModelParameter.fromFileName(param) == null) {
                problems.add(
                        new Problem(
                                file,
                                at.line(),
                                at.column(),
                                InputRule.MISSING_FIELD,
                                "parameter '" + param
                                        + "' is used but not defined\nMaybe add it under 'parameters' (a fixed value) or 'uncertainties' (a distribution)."));
            }
        });
        checkUnused(top, "parameters", parameters.keySet());
        checkUnused(
                top,
                "uncertainties",
                uncertainties.stream().map(Scenario.Uncertainty::name).toList());
        if (focal != null && powerCodes.contains(focal)) {
            problem(
                    top.get("focal"),
                    InputRule.INVALID_VALUE,
                    "the focal country '" + focal + "' cannot also be one of the powers");
        }
        if (!problems.isEmpty()
                || name == null
                || baseYear == null
                || horizon == null
                || focal == null
                || corridors == null) {
            return null;
        }
        Map<String, At> keyAt = new LinkedHashMap<>();
        top.entryMap().forEach((key, node) -> keyAt.put(key, at(node)));
        return new Scenario(
                name,
                description,
                dataset,
                baseYear,
                horizon,
                focal,
                powers,
                paths,
                shocks,
                corridors,
                parameters,
                uncertainties,
                levers,
                outcomes,
                ensemble,
                assumptions,
                keyAt);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private void checkUnused(YamlNode.Mapping top, String section, Iterable<String> names) {
        if (!(top.get(section) instanceof YamlNode.Mapping map)) {
            return;
        }
        for (String name : names) {
            if (!referenceMap.containsKey(name) && ModelParameter.fromFileName(name) == null) {
                YamlNode.Key key = map.keyMap().get(name);
                problems.add(new Problem(
                        file,
                        key.line(),
                        key.column(),
                        InputRule.INVALID_VALUE,
                        "parameter '" + name
                                + "' is not a model parameter and no quantity uses it\nMaybe refer to it as {param: "
                                + name
                                + "}, or use one of: " + modelParameterNames()));
            }
        }
    }

    private static String modelParameterNames() {
        StringBuilder text = new StringBuilder();
        for (ModelParameter parameter : ModelParameter.values()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(parameter.fileName());
        }
        return text.toString();
    }

    // ---- sections ----

    private Scenario.Horizon horizon(YamlNode.Mapping top) {
        YamlNode.Mapping map = yaml.map(top, "horizon", true);
        if (map == null) {
            return null;
        }
        Integer years = yaml.integer(map, "years", true);
        String stepText = text(map, "step", false);
        Scenario.Step step = Scenario.Step.QUARTER;
        if (stepText != null) {
            switch (stepText) {
                case "quarter", "quarters" -> step = Scenario.Step.QUARTER;
                case "year", "years" -> step = Scenario.Step.YEAR;
                default -> {
                    problem(map.get("step"), InputRule.INVALID_VALUE, "step '" + stepText + "' is not quarter or year");
                    return null;
                }
            }
        }
        return years == null ? null : new Scenario.Horizon(years, step);
    }

    private List<Scenario.Power> powers(YamlNode.Mapping top) {
        YamlNode.Sequence sequence = yaml.list(top, "powers", true);
        List<Scenario.Power> result = new ArrayList<>();
        if (sequence == null) {
            return result;
        }
        if (sequence.itemList().isEmpty()) {
            problem(sequence, InputRule.MISSING_FIELD, "name at least two powers");
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : sequence.itemList()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                problem(item, InputRule.INVALID_VALUE, "a power must be a mapping with code, position and attention");
                continue;
            }
            String code = text(map, "code", true);
            String group = text(map, "group", false);
            Quantity position = quantity(map, "position", true);
            Quantity attention = quantity(map, "attention", true);
            Quantity growth = quantity(map, "growth", false);
            Quantity size = quantity(map, "size", false);
            Map<Channel, Quantity> initial = new EnumMap<>(Channel.class);
            YamlNode.Mapping initialMap = yaml.map(map, "initial", false);
            if (initialMap != null) {
                for (Map.Entry<String, YamlNode> entry : initialMap.entryMap().entrySet()) {
                    Channel channel = Channel.fromFileName(entry.getKey());
                    if (channel == null) {
                        YamlNode.Key key = initialMap.keyMap().get(entry.getKey());
                        problems.add(new Problem(
                                file,
                                key.line(),
                                key.column(),
                                InputRule.INVALID_VALUE,
                                "'" + entry.getKey()
                                        + "' is not a channel\nMaybe one of: trade, investment, security, diplomacy."));
                        continue;
                    }
                    Quantity value = quantity(initialMap, entry.getKey(), true);
                    if (value != null) {
                        initial.put(channel, value);
                    }
                }
            }
            if (code != null && !seen.add(code)) {
                problem(map.get("code"), ScenarioRule.DUPLICATE, "power '" + code + "' is listed twice");
                continue;
            }
            if (code != null && position != null && attention != null) {
                result.add(new Scenario.Power(
                        code,
                        group,
                        position,
                        attention,
                        growth == null ? Quantity.of(0) : growth,
                        size,
                        initial,
                        at(map)));
            }
        }
        if (result.size() == 1) {
            problem(sequence, InputRule.INVALID_VALUE, "a single power leaves nothing to balance; name at least two");
        }
        return result;
    }

    private List<Scenario.EngagementPath> paths(YamlNode.Mapping top, Set<String> powers) {
        YamlNode.Sequence sequence = yaml.list(top, "engagement", false);
        List<Scenario.EngagementPath> result = new ArrayList<>();
        if (sequence == null) {
            return result;
        }
        for (YamlNode item : sequence.itemList()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                problem(
                        item,
                        InputRule.INVALID_VALUE,
                        "an engagement path must be a mapping with power, channels and path");
                continue;
            }
            String power = powerRef(map, "power", powers);
            List<Channel> channels = channels(map);
            YamlNode.Sequence points = yaml.list(map, "path", true);
            List<Scenario.PathPoint> pointList = new ArrayList<>();
            if (points != null) {
                double previous = Double.NEGATIVE_INFINITY;
                for (YamlNode pointNode : points.itemList()) {
                    if (!(pointNode instanceof YamlNode.Mapping point)) {
                        problem(
                                pointNode,
                                InputRule.INVALID_VALUE,
                                "a path point must be a mapping {year: Y, level: L}");
                        continue;
                    }
                    Double year = time(point, "year", true);
                    Quantity level = quantity(point, "level", true);
                    if (year != null && year <= previous) {
                        problem(
                                point.get("year"),
                                InputRule.INVALID_VALUE,
                                "path years must increase; " + year + " follows " + previous);
                    }
                    if (year != null) {
                        previous = year;
                    }
                    if (year != null && level != null) {
                        pointList.add(new Scenario.PathPoint(year, level));
                    }
                }
                if (points.itemList().isEmpty()) {
                    problem(points, InputRule.MISSING_FIELD, "a path needs at least one point");
                }
            }
            if (power != null && channels != null) {
                result.add(new Scenario.EngagementPath(power, channels, pointList, at(map)));
            }
        }
        return result;
    }

    private List<Shock> shockList(YamlNode node, String what, Set<String> powers, Set<String> routes) {
        List<Shock> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            problem(node, InputRule.INVALID_VALUE, "'" + what + "' must be a list of shocks");
            return result;
        }
        for (YamlNode item : sequence.itemList()) {
            Shock shock = shock(item, powers, routes);
            if (shock != null) {
                result.add(shock);
            }
        }
        return result;
    }

    private Shock shock(YamlNode item, Set<String> powers, Set<String> routes) {
        if (!(item instanceof YamlNode.Mapping map)) {
            problem(item, InputRule.INVALID_VALUE, "a shock must be a mapping with a type");
            return null;
        }
        String type = text(map, "type", true);
        if (type == null) {
            return null;
        }
        At at = at(map);
        switch (type) {
            case "engagement-change" -> {
                String power = powerRef(map, "power", powers);
                List<Channel> channels = channels(map);
                Quantity start = timeQuantity(map, "start", true);
                Quantity duration = durationQuantity(map, "duration", false);
                Quantity factor = quantity(map, "factor", true);
                return power == null || channels == null || start == null || factor == null
                        ? null
                        : new Shock.EngagementChange(power, channels, start, duration, factor, at);
            }
            case "corridor-disruption" -> {
                String link = routeRef(map, routes);
                Quantity start = timeQuantity(map, "start", true);
                Quantity duration = durationQuantity(map, "duration", true);
                Quantity loss = quantity(map, "capacityLoss", false);
                Quantity rate = quantity(map, "ratePerYear", false);
                return link == null || start == null || duration == null
                        ? null
                        : new Shock.CorridorDisruption(
                                link, start, duration, loss == null ? Quantity.of(1) : loss, rate, at);
            }
            case "capacity-expansion" -> {
                String link = routeRef(map, routes);
                Quantity start = timeQuantity(map, "start", true);
                Quantity capacity = quantity(map, "capacity", true);
                Quantity ramp = durationQuantity(map, "rampYears", false);
                return link == null || start == null || capacity == null
                        ? null
                        : new Shock.CapacityExpansion(link, start, capacity, ramp == null ? Quantity.of(0) : ramp, at);
            }
            case "trade-restriction" -> {
                String power = powerRef(map, "power", powers);
                List<Channel> channels = map.get("channels") == null ? List.of(Channel.TRADE) : channels(map);
                Quantity start = timeQuantity(map, "start", true);
                Quantity duration = durationQuantity(map, "duration", false);
                Quantity factor = quantity(map, "factor", true);
                Quantity corridorLoss = quantity(map, "corridorLoss", false);
                return power == null || channels == null || start == null || factor == null
                        ? null
                        : new Shock.TradeRestriction(
                                power,
                                channels,
                                start,
                                duration,
                                factor,
                                corridorLoss == null ? Quantity.of(0) : corridorLoss,
                                at);
            }
            case "attention-shift" -> {
                String power = powerRef(map, "power", powers);
                Quantity start = timeQuantity(map, "start", true);
                Quantity level = quantity(map, "level", true);
                Quantity ramp = durationQuantity(map, "rampYears", false);
                return power == null || start == null || level == null
                        ? null
                        : new Shock.AttentionShift(power, start, level, ramp == null ? Quantity.of(0) : ramp, at);
            }
            default -> {
                problem(
                        map.get("type"),
                        InputRule.INVALID_VALUE,
                        "shock type '" + type + "' is not known\nMaybe one of: "
                                + "engagement-change, corridor-disruption, capacity-expansion, trade-restriction, attention-shift.");
                return null;
            }
        }
    }

    private Scenario.Corridors corridors(YamlNode.Mapping top) {
        YamlNode.Mapping map = yaml.map(top, "corridors", true);
        if (map == null) {
            return null;
        }
        Quantity exports = quantity(map, "exports", true);
        Quantity growth = quantity(map, "exportGrowth", false);
        Quantity price = quantity(map, "pricePerBarrel", true);
        Quantity barrels = quantity(map, "barrelsPerTonne", true);
        Integer networkYear = map.get("networkYear") == null ? null : yaml.integer(map, "networkYear", false);
        YamlNode.Sequence routes = yaml.list(map, "routes", true);
        List<Scenario.Route> routeList = new ArrayList<>();
        if (routes != null) {
            Set<String> seen = new HashSet<>();
            for (YamlNode item : routes.itemList()) {
                if (!(item instanceof YamlNode.Mapping route)) {
                    problem(
                            item,
                            InputRule.INVALID_VALUE,
                            "a route must be a mapping with id and links, or id, capacity and cost");
                    continue;
                }
                String id = text(route, "id", true);
                String name = text(route, "name", false);
                List<Scenario.LinkRef> links = linkRefs(route);
                Quantity capacity = quantity(route, "capacity", false);
                Quantity cost = quantity(route, "cost", false);
                List<String> transit = route.get("transit") == null ? null : stringList(route, "transit");
                String source = text(route, "source", false);
                if (id != null && !seen.add(id)) {
                    problem(route.get("id"), ScenarioRule.DUPLICATE, "route '" + id + "' is declared twice");
                    continue;
                }
                if (links.isEmpty() && (capacity == null || cost == null)) {
                    problem(
                            route,
                            ScenarioRule.ROUTE,
                            "route '" + id + "' names no links of the dataset's corridor network, so it needs its own "
                                    + (capacity == null && cost == null
                                            ? "capacity and cost"
                                            : capacity == null ? "capacity" : "cost")
                                    + "\nMaybe links: [LINK, ...] to take them from the dataset, or capacity: and cost: (analyst assumptions, with a source).");
                }
                if (!links.isEmpty() && transit != null) {
                    problem(
                            route.get("transit"),
                            ScenarioRule.ROUTE,
                            "route '" + id + "' takes its transit countries from its links' jurisdictions"
                                    + "\nMaybe remove 'transit', or the links if the route is the analyst's own.");
                }
                if (id != null) {
                    // kept when refused above too, so that shocks naming it are not reported as well (the file is
                    // refused anyway)
                    routeList.add(new Scenario.Route(
                            id,
                            name == null ? id : name,
                            links,
                            capacity,
                            cost,
                            links.isEmpty() && transit == null ? List.of() : transit,
                            source,
                            at(route)));
                }
            }
            if (routes.itemList().isEmpty()) {
                problem(routes, InputRule.MISSING_FIELD, "name at least one route");
            }
        }
        if (exports == null || price == null || barrels == null) {
            return null;
        }
        return new Scenario.Corridors(
                routeList, exports, growth == null ? Quantity.of(0) : growth, price, barrels, networkYear);
    }

    private Map<String, Double> parameters(YamlNode.Mapping top) {
        YamlNode.Mapping map = yaml.map(top, "parameters", false);
        Map<String, Double> result = new LinkedHashMap<>();
        if (map == null) {
            return result;
        }
        for (String key : map.entryMap().keySet()) {
            Double value = yaml.number(map.get(key), key);
            if (value != null) {
                result.put(key, value);
            }
        }
        return result;
    }

    private List<Scenario.Uncertainty> uncertainties(YamlNode.Mapping top, Map<String, Double> parameters) {
        YamlNode.Mapping map = yaml.map(top, "uncertainties", false);
        List<Scenario.Uncertainty> result = new ArrayList<>();
        if (map == null) {
            return result;
        }
        for (Map.Entry<String, YamlNode> entry : map.entryMap().entrySet()) {
            String name = entry.getKey();
            if (parameters.containsKey(name)) {
                YamlNode.Key key = map.keyMap().get(name);
                problems.add(new Problem(
                        file,
                        key.line(),
                        key.column(),
                        ScenarioRule.DUPLICATE,
                        "parameter '" + name
                                + "' is both fixed under 'parameters' and uncertain here\nMaybe keep only one."));
                continue;
            }
            if (!(entry.getValue() instanceof YamlNode.Mapping spec)) {
                problem(
                        entry.getValue(),
                        InputRule.INVALID_VALUE,
                        "uncertainty '" + name + "' must be a mapping {distribution: ..., ...}");
                continue;
            }
            Distribution distribution = distribution(spec, name);
            String note = text(spec, "note", false);
            if (distribution != null) {
                result.add(new Scenario.Uncertainty(name, distribution, note == null ? "" : note, at(spec)));
            }
        }
        return result;
    }

    private Distribution distribution(YamlNode.Mapping spec, String name) {
        String kind = text(spec, "distribution", true);
        if (kind == null) {
            return null;
        }
        try {
            switch (kind) {
                case "uniform" -> {
                    Double min = yaml.number(spec, "min", true);
                    Double max = yaml.number(spec, "max", true);
                    return min == null || max == null ? null : new Distribution.Uniform(min, max);
                }
                case "triangular" -> {
                    Double min = yaml.number(spec, "min", true);
                    Double mode = yaml.number(spec, "mode", true);
                    Double max = yaml.number(spec, "max", true);
                    return min == null || mode == null || max == null
                            ? null
                            : new Distribution.Triangular(min, mode, max);
                }
                case "normal" -> {
                    Double mean = yaml.number(spec, "mean", true);
                    Double sd = yaml.number(spec, "sd", true);
                    Double min = yaml.number(spec, "min", false);
                    Double max = yaml.number(spec, "max", false);
                    return mean == null || sd == null
                            ? null
                            : new Distribution.Normal(
                                    mean,
                                    sd,
                                    min == null ? Double.NEGATIVE_INFINITY : min,
                                    max == null ? Double.POSITIVE_INFINITY : max);
                }
                case "lognormal" -> {
                    Double median = yaml.number(spec, "median", true);
                    Double sigma = yaml.number(spec, "sigma", true);
                    return median == null || sigma == null ? null : new Distribution.LogNormal(median, sigma);
                }
                default -> {
                    problem(
                            spec.get("distribution"),
                            InputRule.INVALID_VALUE,
                            "distribution '" + kind + "' of '" + name
                                    + "' is not known\nMaybe one of: uniform, triangular, normal, lognormal.");
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            problem(spec, InputRule.INVALID_VALUE, "uncertainty '" + name + "': " + e.getMessage());
            return null;
        }
    }

    private Scenario.Levers levers(YamlNode.Mapping top, Set<String> powers, Set<String> routes) {
        YamlNode.Mapping map = yaml.map(top, "levers", false);
        if (map == null) {
            return new Scenario.Levers(HedgingPolicy.none(), List.of());
        }
        HedgingPolicy hedging = HedgingPolicy.none();
        YamlNode.Mapping hedge = yaml.map(map, "hedging", false);
        if (hedge != null) {
            String ruleText = text(hedge, "rule", true);
            HedgingPolicy.Rule rule = ruleText == null ? null : HedgingPolicy.Rule.fromFileName(ruleText);
            if (ruleText != null && rule == null) {
                problem(
                        hedge.get("rule"),
                        InputRule.INVALID_VALUE,
                        "hedging rule '" + ruleText + "' is not none or equal-closeness");
            }
            Quantity raise = quantity(hedge, "raiseSpeed", false);
            Quantity cut = quantity(hedge, "cutSpeed", false);
            Quantity min = quantity(hedge, "minMultiplier", false);
            Quantity max = quantity(hedge, "maxMultiplier", false);
            if (rule != null) {
                hedging = new HedgingPolicy(
                        rule,
                        raise == null ? Quantity.of(0.5) : raise,
                        cut == null ? Quantity.of(0.1) : cut,
                        min == null ? Quantity.of(0.5) : min,
                        max == null ? Quantity.of(2) : max);
            }
        }
        List<Shock> actions = shockList(map.get("actions"), "actions", powers, routes);
        return new Scenario.Levers(hedging, actions);
    }

    private List<Outcome> outcomes(YamlNode.Mapping top) {
        YamlNode.Sequence sequence = yaml.list(top, "outcomes", false);
        if (sequence == null) {
            return List.of(Outcome.values());
        }
        List<Outcome> result = new ArrayList<>();
        for (YamlNode item : sequence.itemList()) {
            String text = yaml.scalar(item, "outcome");
            if (text == null) {
                continue;
            }
            Outcome outcome = Outcome.fromFileName(text);
            if (outcome == null) {
                StringBuilder names = new StringBuilder();
                for (Outcome o : Outcome.values()) {
                    names.append(names.isEmpty() ? "" : ", ").append(o.fileName());
                }
                problem(
                        item,
                        InputRule.INVALID_VALUE,
                        "outcome '" + text + "' is not known\nMaybe one of: " + names + ".");
            } else if (result.contains(outcome)) {
                problem(item, ScenarioRule.DUPLICATE, "outcome '" + text + "' is listed twice");
            } else {
                result.add(outcome);
            }
        }
        if (sequence.itemList().isEmpty()) {
            problem(
                    sequence,
                    InputRule.MISSING_FIELD,
                    "name at least one outcome, or leave 'outcomes' out for all of them");
        }
        return result;
    }

    private Scenario.EnsembleDefaults ensemble(YamlNode.Mapping top) {
        YamlNode.Mapping map = yaml.map(top, "ensemble", false);
        if (map == null) {
            return new Scenario.EnsembleDefaults(1000, Design.LATIN_HYPERCUBE, 1L);
        }
        Integer runs = yaml.integer(map, "runs", false);
        String designText = text(map, "design", false);
        Design design = designText == null ? Design.LATIN_HYPERCUBE : Design.fromFileName(designText);
        if (designText != null && design == null) {
            problem(
                    map.get("design"),
                    InputRule.INVALID_VALUE,
                    "design '" + designText + "' is not monte-carlo or latin-hypercube");
        }
        Long seed = null;
        if (map.get("seed") != null) {
            String text = yaml.scalar(map.get("seed"), "seed");
            try {
                seed = text == null ? null : Long.parseLong(text);
            } catch (NumberFormatException e) {
                problem(map.get("seed"), InputRule.NOT_A_NUMBER, "seed must be a whole number, was '" + text + "'");
            }
        }
        return new Scenario.EnsembleDefaults(
                runs == null ? 1000 : runs, design == null ? Design.LATIN_HYPERCUBE : design, seed == null ? 1L : seed);
    }

    private List<Scenario.Assumption> assumptions(YamlNode.Mapping top) {
        YamlNode.Sequence sequence = yaml.list(top, "assumptions", false);
        List<Scenario.Assumption> result = new ArrayList<>();
        if (sequence == null) {
            return result;
        }
        for (YamlNode item : sequence.itemList()) {
            if (item instanceof YamlNode.Scalar scalar && scalar.text() != null) {
                result.add(new Scenario.Assumption(scalar.text(), ""));
                continue;
            }
            if (!(item instanceof YamlNode.Mapping map)) {
                problem(
                        item,
                        InputRule.INVALID_VALUE,
                        "an assumption must be a sentence, or a mapping {text, reference}");
                continue;
            }
            String text = text(map, "text", true);
            String reference = text(map, "reference", false);
            if (text != null) {
                result.add(new Scenario.Assumption(text, reference));
            }
        }
        return result;
    }

    // ---- values ----

    private String powerRef(YamlNode.Mapping map, String key, Set<String> powers) {
        String code = text(map, key, true);
        if (code != null && !powers.contains(code)) {
            problem(
                    map.get(key),
                    ScenarioRule.UNKNOWN_REFERENCE,
                    "power '" + code + "' is not listed under 'powers'\nMaybe one of: "
                            + String.join(", ", powers.stream().sorted().toList()) + ".");
            return null;
        }
        return code;
    }

    private String routeRef(YamlNode.Mapping map, Set<String> routes) {
        String id = text(map, "link", true);
        if (id != null && !routes.contains(id)) {
            problem(
                    map.get("link"),
                    InputRule.INVALID_VALUE,
                    "link '" + id + "' is not a route under 'corridors'\nMaybe one of: "
                            + String.join(", ", routes.stream().sorted().toList()) + ".");
            return null;
        }
        return id;
    }

    private List<Channel> channels(YamlNode.Mapping map) {
        YamlNode node = map.get("channels");
        if (node == null) {
            return List.of(Channel.values());
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.itemList() : List.of(node);
        List<Channel> result = new ArrayList<>();
        for (YamlNode item : items) {
            String text = yaml.scalar(item, "channel");
            if (text == null) {
                return null;
            }
            if (text.equals("all")) {
                return List.of(Channel.values());
            }
            Channel channel = Channel.fromFileName(text);
            if (channel == null) {
                problem(
                        item,
                        InputRule.INVALID_VALUE,
                        "'" + text + "' is not a channel\nMaybe one of: all, trade, investment, security, diplomacy.");
                return null;
            }
            if (!result.contains(channel)) {
                result.add(channel);
            }
        }
        return result;
    }

    /** The corridor-network link ids a route names under {@code links}, each with where it stands. */
    private List<Scenario.LinkRef> linkRefs(YamlNode.Mapping route) {
        YamlNode node = route.get("links");
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.itemList() : List.of(node);
        List<Scenario.LinkRef> result = new ArrayList<>();
        for (YamlNode item : items) {
            String id = yaml.scalar(item, "links");
            if (id != null) {
                result.add(new Scenario.LinkRef(id, at(item)));
            }
        }
        return result;
    }

    private List<String> stringList(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        if (node == null) {
            return List.of();
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.itemList() : List.of(node);
        List<String> result = new ArrayList<>();
        for (YamlNode item : items) {
            String text = yaml.scalar(item, key);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** A number, or {@code {param: NAME}} (its range is the schema's). */
    private Quantity quantity(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                yaml.missing(map, key);
            }
            return null;
        }
        if (node instanceof YamlNode.Mapping ref) {
            return parameterRef(ref, key);
        }
        Double value = yaml.number(node, key);
        return value == null ? null : Quantity.of(value);
    }

    private Quantity parameterRef(YamlNode.Mapping ref, String key) {
        YamlNode param = ref.get("param");
        if (param == null || ref.entryMap().size() != 1) {
            problem(ref, InputRule.INVALID_VALUE, "'" + key + "' must be a number or {param: NAME}");
            return null;
        }
        String name = yaml.scalar(param, "param");
        if (name == null) {
            return null;
        }
        referenceMap.putIfAbsent(name, new At(param.line(), param.column()));
        return new Quantity.Parameter(name);
    }

    /** A time: a decimal year ({@code 2026.5}), a year ({@code 2026}) or a quarter ({@code 2026-Q3}), or a parameter. */
    private Quantity timeQuantity(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node instanceof YamlNode.Mapping ref) {
            return parameterRef(ref, key);
        }
        Double time = time(map, key, required);
        return time == null ? null : Quantity.of(time);
    }

    private Double time(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                yaml.missing(map, key);
            }
            return null;
        }
        String text = yaml.scalar(node, key);
        if (text == null) {
            return null;
        }
        Matcher quarter = QUARTER.matcher(text.trim());
        if (quarter.matches()) {
            return Integer.parseInt(quarter.group(1)) + (Integer.parseInt(quarter.group(2)) - 1) / 4.0;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problem(
                    node,
                    InputRule.NOT_A_NUMBER,
                    "'" + key + "' must be a year (2026), a decimal year (2026.25) or a quarter (2026-Q2), was '" + text
                            + "'");
            return null;
        }
    }

    /** A duration in years: a number, or text with a unit ({@code 3m}, {@code 2q}, {@code 1.5y}, {@code 20d}), or a parameter. */
    private Quantity durationQuantity(YamlNode.Mapping map, String key, boolean required) {
        YamlNode node = map.get(key);
        if (node == null) {
            if (required) {
                yaml.missing(map, key);
            }
            return null;
        }
        if (node instanceof YamlNode.Mapping ref) {
            return parameterRef(ref, key);
        }
        String text = yaml.scalar(node, key);
        if (text == null) {
            return null;
        }
        Matcher unit = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        double years;
        if (unit.matches()) {
            double amount = Double.parseDouble(unit.group(1));
            years = switch (unit.group(2)) {
                case "y" -> amount;
                case "q" -> amount / 4;
                case "m" -> amount / 12;
                default -> amount / 365.25;
            };
        } else {
            try {
                years = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                problem(
                        node,
                        InputRule.NOT_A_NUMBER,
                        "'" + key + "' must be a duration in years (0.25) or with a unit (3m, 1q, 2y, 20d), was '"
                                + text + "'");
                return null;
            }
        }
        return Quantity.of(years);
    }

    private String text(YamlNode.Mapping map, String key, boolean required) {
        String text = yaml.string(map, key, required);
        if (text == null
                && map.get(key) instanceof YamlNode.Scalar s
                && s.text() != null
                && s.text().isBlank()
                && !required) {
            problem(map.get(key), InputRule.MISSING_FIELD, "'" + key + "' is empty");
        }
        return text;
    }

    private void problem(YamlNode node, Rule rule, String message) {
        problems.add(new Problem(file, node.line(), node.column(), rule, message));
    }

    private static At at(YamlNode node) {
        return new At(node.line(), node.column());
    }
}
