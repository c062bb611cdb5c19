package org.multivector.strategy;

import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.YamlInput;
import org.multivector.input.YamlNode;
import org.multivector.input.YamlReader;
import org.multivector.scenario.Design;
import org.multivector.scenario.Lever;
import org.multivector.scenario.Outcome;
import org.multivector.scenario.Scenario;
import org.multivector.world.io.DatasetRule;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code policies} and {@code study} sections of a scenario file (the scenario itself,
 * with its levers, is read by {@link org.multivector.scenario.ScenarioReader}). docs/strategy.md
 * documents the format; every problem names file, line, column and rule, and nothing is kept on error.
 */
public final class StudyReader {

    private static final Set<String> STUDY_KEYS =
            Set.of("scenarios", "outcomes", "satisficing", "optimise", "discover", "sensitivity", "western");
    private static final Pattern PERCENTILE = Pattern.compile("p([1-9][0-9]?)");

    private final YamlInput fields;
    private final List<Problem> problems = new ArrayList<>();
    private final Scenario scenario;

    private StudyReader(Scenario scenario, String file) {
        this.scenario = scenario;
        this.fields = new YamlInput(file, problems);
    }

    /**
     * @param scenario the scenario read from the same file (its levers and outcomes)
     * @param text     the file's text
     * @param file     names it in messages
     */
    public static Study read(Scenario scenario, String text, String file) throws InvalidStudyException {
        StudyReader reader = new StudyReader(scenario, file);
        Study study = reader.parse(text);
        if (!reader.problems.isEmpty() || study == null) {
            List<Problem> sorted = new ArrayList<>(reader.problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            if (sorted.isEmpty()) {
                sorted.add(new Problem(file, 0, 0, InputRule.MISSING_FIELD, "the file is not a strategy study"));
            }
            throw new InvalidStudyException(sorted);
        }
        return study;
    }

    private Study parse(String text) {
        YamlNode root = YamlReader.read(new StringReader(text), fields.file(), problems);
        if (!(root instanceof YamlNode.Mapping top)) {
            return null;
        }
        List<Lever> levers = scenario.levers().rangeList();
        if (levers.isEmpty()) {
            YamlNode where = top.get("levers") != null ? top.get("levers") : top;
            fields.problem(
                    where,
                    InputRule.MISSING_FIELD,
                    "a strategy study needs levers: none is declared under levers.ranges"
                            + "\nMaybe add levers: {ranges: {NAME: {min: .., max: .., effect: .., cost: {..}}}} (docs/strategy.md).");
        }
        YamlNode.Mapping study = fields.map(top, "study", true);
        if (study == null) {
            return null;
        }
        fields.onlyKeys(study, new java.util.TreeSet<>(STUDY_KEYS), "in " + "study");
        List<Policy> policies = policies(top, levers);
        Study.Sample sample = sample(study);
        List<StudyOutcome> outcomes = outcomes(study);
        Set<String> outcomeNames = new HashSet<>();
        outcomes.forEach(o -> outcomeNames.add(o.name()));
        Set<String> policyNames = new HashSet<>();
        policies.forEach(p -> policyNames.add(p.name()));
        List<Threshold> thresholds = thresholds(study, outcomeNames);
        Study.Optimisation optimisation = optimisation(study, outcomeNames);
        Study.Discovery discovery = discovery(study, outcomeNames, policyNames, outcomes);
        Study.Sensitivity sensitivity = sensitivity(study, outcomeNames, policyNames, outcomes);
        Study.Western western = western(study, outcomeNames, policyNames, outcomes);
        if (!problems.isEmpty()
                || sample == null
                || optimisation == null
                || discovery == null
                || sensitivity == null
                || western == null) {
            return null;
        }
        return new Study(
                scenario,
                levers,
                policies,
                outcomes,
                thresholds,
                sample,
                optimisation,
                discovery,
                sensitivity,
                western);
    }

    private List<Policy> policies(YamlNode.Mapping top, List<Lever> levers) {
        List<Policy> result = new ArrayList<>();
        Map<String, Lever> byName = new LinkedHashMap<>();
        levers.forEach(l -> byName.put(l.name(), l));
        YamlNode.Sequence sequence = fields.list(top, "policies", false);
        if (sequence != null) {
            Set<String> seen = new HashSet<>();
            for (YamlNode item : sequence.itemList()) {
                if (!(item instanceof YamlNode.Mapping map)) {
                    fields.problem(
                            item,
                            InputRule.INVALID_VALUE,
                            "a policy must be a mapping {name: .., levers: {LEVER: VALUE}}");
                    continue;
                }
                fields.onlyKeys(
                        map, new java.util.TreeSet<>(Set.of("name", "levers", "description")), "in " + "policy");
                String name = fields.string(map, "name", true);
                if (name == null) {
                    continue;
                }
                if (!seen.add(name)) {
                    fields.problem(
                            map.get("name"),
                            DatasetRule.DUPLICATE_DECLARATION,
                            "policy '" + name + "' is declared twice");
                    continue;
                }
                Map<String, Double> values = new LinkedHashMap<>();
                YamlNode.Mapping set = fields.map(map, "levers", false);
                if (set != null) {
                    for (Map.Entry<String, YamlNode> entry : set.entryMap().entrySet()) {
                        Lever lever = byName.get(entry.getKey());
                        if (lever == null) {
                            fields.problem(
                                    set.keyMap().get(entry.getKey()),
                                    InputRule.INVALID_VALUE,
                                    "policy '" + name + "' sets '" + entry.getKey()
                                            + "', which is not a lever\nMaybe one of: "
                                            + String.join(", ", byName.keySet()) + ".");
                            continue;
                        }
                        Double value = fields.number(entry.getValue(), entry.getKey());
                        if (value == null) {
                            continue;
                        }
                        if (value < lever.min() || value > lever.max()) {
                            fields.problem(
                                    entry.getValue(),
                                    InputRule.INVALID_VALUE,
                                    "policy '" + name + "': " + lever.name() + " = "
                                            + YamlInput.plain(value) + " lies outside its range ["
                                            + YamlInput.plain(lever.min()) + ", "
                                            + YamlInput.plain(lever.max()) + "]");
                            continue;
                        }
                        values.put(lever.name(), value);
                    }
                }
                result.add(new Policy(name, values));
            }
        }
        if (result.stream().noneMatch(p -> p.name().equals(Policy.statusQuo().name()))) {
            result.add(0, Policy.statusQuo());
        }
        return result;
    }

    private Study.Sample sample(YamlNode.Mapping study) {
        YamlNode.Mapping map = fields.map(study, "scenarios", false);
        Scenario.EnsembleDefaults defaults = scenario.ensemble();
        if (map == null) {
            return new Study.Sample(Math.min(defaults.runs(), 500), defaults.design(), defaults.seed(), 0);
        }
        fields.onlyKeys(
                map,
                new java.util.TreeSet<>(Set.of("runs", "design", "seed", "samplePolicies")),
                "in " + "study.scenarios");
        Integer runs = fields.integer(map, "runs", false, 2, 10_000_000);
        String designText = fields.string(map, "design", false);
        Design design = designText == null ? defaults.design() : Design.fromFileName(designText);
        if (designText != null && design == null) {
            fields.problem(
                    map.get("design"),
                    InputRule.INVALID_VALUE,
                    "design '" + designText + "' is not monte-carlo (mc) or latin-hypercube (lhs)");
        }
        Double seed = fields.number(map, "seed", false);
        Integer extra = fields.integer(map, "samplePolicies", false, 0, 100_000);
        return new Study.Sample(
                runs == null ? Math.min(defaults.runs(), 500) : runs,
                design == null ? Design.LATIN_HYPERCUBE : design,
                seed == null ? defaults.seed() : seed.longValue(),
                extra == null ? 0 : extra);
    }

    private List<StudyOutcome> outcomes(YamlNode.Mapping study) {
        List<StudyOutcome> result = new ArrayList<>();
        YamlNode.Mapping map = fields.map(study, "outcomes", true);
        if (map == null) {
            return result;
        }
        Set<String> powers = new HashSet<>();
        scenario.powerList().forEach(p -> powers.add(p.code()));
        for (Map.Entry<String, YamlNode> entry : map.entryMap().entrySet()) {
            String name = entry.getKey();
            if (!(entry.getValue() instanceof YamlNode.Mapping spec)) {
                fields.problem(
                        entry.getValue(),
                        InputRule.INVALID_VALUE,
                        "outcome '" + name + "' must be a mapping {series, reduce, sense}");
                continue;
            }
            fields.onlyKeys(
                    spec,
                    new java.util.TreeSet<>(Set.of("series", "reduce", "sense", "unit")),
                    "in " + "outcome " + name);
            String series = fields.string(spec, "series", true);
            String reduceText = fields.string(spec, "reduce", false);
            String senseText = fields.string(spec, "sense", true);
            String unit = fields.string(spec, "unit", false);
            Reduction reduction = reduceText == null ? Reduction.MEAN : Reduction.fromFileName(reduceText);
            if (reduction == null) {
                fields.problem(
                        spec.get("reduce"),
                        InputRule.INVALID_VALUE,
                        "reduce '" + reduceText + "' is not mean, final, min or max");
            }
            Sense sense = senseText == null
                    ? null
                    : switch (senseText) {
                        case "max" -> Sense.MAXIMISE;
                        case "min" -> Sense.MINIMISE;
                        default -> null;
                    };
            if (senseText != null && sense == null) {
                fields.problem(
                        spec.get("sense"), InputRule.INVALID_VALUE, "sense '" + senseText + "' is not max or min");
            }
            if (series == null || reduction == null || sense == null) {
                continue;
            }
            String defaultUnit = "USD bn";
            if (!series.equals(StudyOutcome.COST)) {
                String base = series.contains(":") ? series.substring(0, series.indexOf(':')) : series;
                String power = series.contains(":") ? series.substring(series.indexOf(':') + 1) : "";
                Outcome outcome = Outcome.fromFileName(base);
                if (outcome == null || !scenario.outcomeList().contains(outcome)) {
                    fields.problem(
                            spec.get("series"),
                            InputRule.INVALID_VALUE,
                            "series '" + series + "' is not recorded by this scenario"
                                    + "\nMaybe one of: cost, "
                                    + String.join(
                                            ", ",
                                            scenario.outcomeList().stream()
                                                    .map(Outcome::fileName)
                                                    .toList())
                                    + " (list it under 'outcomes').");
                    continue;
                }
                if (outcome.perPower() && !(power.equals("*") || powers.contains(power))) {
                    fields.problem(
                            spec.get("series"),
                            InputRule.INVALID_VALUE,
                            "series '" + series + "' needs a power: " + base + ":CODE (one of "
                                    + String.join(", ", powers) + ") or " + base
                                    + ":* for the highest over the powers");
                    continue;
                }
                if (!outcome.perPower() && !power.isEmpty()) {
                    fields.problem(
                            spec.get("series"),
                            InputRule.INVALID_VALUE,
                            "series '" + base + "' is not per power; drop ':" + power + "'");
                    continue;
                }
                defaultUnit = outcome.unit();
            }
            result.add(new StudyOutcome(name, series, reduction, sense, unit == null ? defaultUnit : unit));
        }
        if (result.isEmpty() && problems.isEmpty()) {
            fields.problem(map, InputRule.MISSING_FIELD, "name at least one outcome");
        }
        return result;
    }

    private List<Threshold> thresholds(YamlNode.Mapping study, Set<String> outcomes) {
        List<Threshold> result = new ArrayList<>();
        YamlNode.Sequence sequence = fields.list(study, "satisficing", false);
        if (sequence == null) {
            return result;
        }
        for (YamlNode item : sequence.itemList()) {
            if (!(item instanceof YamlNode.Mapping map)) {
                fields.problem(
                        item,
                        InputRule.INVALID_VALUE,
                        "a satisficing criterion must be {outcome: NAME, atLeast: X} or {outcome: NAME, atMost: Y}");
                continue;
            }
            fields.onlyKeys(
                    map,
                    new java.util.TreeSet<>(Set.of("outcome", "atLeast", "atMost")),
                    "in " + "satisficing criterion");
            String outcome = outcomeRef(map, "outcome", outcomes);
            Double atLeast = fields.number(map, "atLeast", false);
            Double atMost = fields.number(map, "atMost", false);
            if ((atLeast == null) == (atMost == null)) {
                fields.problem(map, InputRule.INVALID_VALUE, "give exactly one of atLeast and atMost");
                continue;
            }
            if (outcome != null) {
                result.add(new Threshold(
                        outcome, atLeast == null ? Double.NaN : atLeast, atMost == null ? Double.NaN : atMost));
            }
        }
        return result;
    }

    private Study.Optimisation optimisation(YamlNode.Mapping study, Set<String> outcomes) {
        YamlNode.Mapping map = fields.map(study, "optimise", false);
        List<String> defaultObjectives = new ArrayList<>(outcomes);
        if (map == null) {
            return new Study.Optimisation(
                    Study.Algorithm.NSGA_II, 24, 15, 30, scenario.ensemble().seed(), defaultObjectives, "mean");
        }
        fields.onlyKeys(
                map,
                new java.util.TreeSet<>(Set.of(
                        "algorithm", "population", "generations", "scenarios", "seed", "objectives", "statistic")),
                "in " + "study.optimise");
        String algorithmText = fields.string(map, "algorithm", false);
        Study.Algorithm algorithm = algorithmText == null
                ? Study.Algorithm.NSGA_II
                : switch (algorithmText.toLowerCase(Locale.ROOT)) {
                    case "nsga-ii", "nsgaii" -> Study.Algorithm.NSGA_II;
                    case "epsilon-moea", "e-moea", "eps-moea" -> Study.Algorithm.EPSILON_MOEA;
                    default -> null;
                };
        if (algorithmText != null && algorithm == null) {
            fields.problem(
                    map.get("algorithm"),
                    InputRule.INVALID_VALUE,
                    "algorithm '" + algorithmText + "' is not nsga-ii or epsilon-moea");
        }
        Integer population = fields.integer(map, "population", false, 4, 10_000);
        Integer generations = fields.integer(map, "generations", false, 1, 100_000);
        Integer scenarios = fields.integer(map, "scenarios", false, 1, 1_000_000);
        Double seed = fields.number(map, "seed", false);
        List<String> objectives = new ArrayList<>();
        YamlNode.Sequence list = fields.list(map, "objectives", false);
        if (list != null) {
            for (YamlNode item : list.itemList()) {
                String name = fields.scalar(item, "objective");
                if (name != null && !outcomes.contains(name)) {
                    fields.problem(
                            item,
                            InputRule.INVALID_VALUE,
                            "objective '" + name + "' is not an outcome of the study\nMaybe one of: "
                                    + String.join(", ", outcomes) + ".");
                } else if (name != null) {
                    objectives.add(name);
                }
            }
            if (objectives.size() < 2 && problems.isEmpty()) {
                fields.problem(list, InputRule.INVALID_VALUE, "name at least two objectives");
            }
        }
        String statistic = fields.string(map, "statistic", false);
        if (statistic != null
                && !statistic.equals("mean")
                && !PERCENTILE.matcher(statistic).matches()) {
            fields.problem(
                    map.get("statistic"),
                    InputRule.INVALID_VALUE,
                    "statistic '" + statistic + "' is not mean or a percentile p1..p99");
        }
        if (algorithm == null) {
            return null;
        }
        return new Study.Optimisation(
                algorithm,
                population == null ? 24 : population,
                generations == null ? 15 : generations,
                scenarios == null ? 30 : scenarios,
                seed == null ? scenario.ensemble().seed() : seed.longValue(),
                objectives.isEmpty() ? defaultObjectives : objectives,
                statistic == null ? "mean" : statistic);
    }

    private Study.Discovery discovery(
            YamlNode.Mapping study, Set<String> outcomes, Set<String> policies, List<StudyOutcome> outcomeList) {
        YamlNode.Mapping map = fields.map(study, "discover", false);
        String first = outcomeList.isEmpty() ? "" : outcomeList.get(0).name();
        if (map == null) {
            return new Study.Discovery("status-quo", first, true, Double.NaN, 0.05, 0.05, 0.8);
        }
        fields.onlyKeys(
                map,
                new java.util.TreeSet<>(Set.of("policy", "outcome", "below", "above", "peel", "minMass", "minDensity")),
                "in " + "study.discover");
        String policy = policyRef(map, policies);
        String outcome = outcomeRef(map, "outcome", outcomes);
        Double below = fields.number(map, "below", false);
        Double above = fields.number(map, "above", false);
        if ((below == null) == (above == null)) {
            fields.problem(
                    map,
                    InputRule.INVALID_VALUE,
                    "give exactly one of below and above: the outcome level that defines the futures to find");
        }
        Double peel = fields.number(map, "peel", false, 0.01, 0.5);
        Double minMass = fields.number(map, "minMass", false, 0.001, 1);
        Double minDensity = fields.number(map, "minDensity", false, 0, 1);
        return new Study.Discovery(
                policy == null ? "status-quo" : policy,
                outcome == null ? first : outcome,
                below != null,
                below != null ? below : above == null ? Double.NaN : above,
                peel == null ? 0.05 : peel,
                minMass == null ? 0.05 : minMass,
                minDensity == null ? 0.8 : minDensity);
    }

    private Study.Sensitivity sensitivity(
            YamlNode.Mapping study, Set<String> outcomes, Set<String> policies, List<StudyOutcome> outcomeList) {
        YamlNode.Mapping map = fields.map(study, "sensitivity", false);
        String first = outcomeList.isEmpty() ? "" : outcomeList.get(0).name();
        long seed = scenario.ensemble().seed();
        if (map == null) {
            return new Study.Sensitivity("status-quo", first, 256, 200, 20, 4, seed);
        }
        fields.onlyKeys(
                map,
                new java.util.TreeSet<>(
                        Set.of("policy", "outcome", "samples", "bootstrap", "trajectories", "levels", "seed")),
                "in " + "study.sensitivity");
        String policy = policyRef(map, policies);
        String outcome = outcomeRef(map, "outcome", outcomes);
        Integer samples = fields.integer(map, "samples", false, 8, 1 << 22);
        Integer bootstrap = fields.integer(map, "bootstrap", false, 10, 100_000);
        Integer trajectories = fields.integer(map, "trajectories", false, 2, 100_000);
        Integer levels = fields.integer(map, "levels", false, 2, 100);
        Double seedValue = fields.number(map, "seed", false);
        if (levels != null && levels % 2 != 0) {
            fields.problem(
                    map.get("levels"),
                    InputRule.INVALID_VALUE,
                    "Morris levels must be even (Morris 1991), was " + levels);
        }
        return new Study.Sensitivity(
                policy == null ? "status-quo" : policy,
                outcome == null ? first : outcome,
                samples == null ? 256 : samples,
                bootstrap == null ? 200 : bootstrap,
                trajectories == null ? 20 : trajectories,
                levels == null ? 4 : levels,
                seedValue == null ? seed : seedValue.longValue());
    }

    private Study.Western western(
            YamlNode.Mapping study, Set<String> outcomes, Set<String> policies, List<StudyOutcome> outcomeList) {
        YamlNode.Mapping map = fields.map(study, "western", false);
        String first = outcomeList.isEmpty() ? "" : outcomeList.get(0).name();
        if (map == null) {
            return new Study.Western(first, "status-quo");
        }
        fields.onlyKeys(map, new java.util.TreeSet<>(Set.of("outcome", "baseline")), "in " + "study.western");
        String outcome = outcomeRef(map, "outcome", outcomes);
        String baseline = fields.string(map, "baseline", false);
        if (baseline != null && !policies.contains(baseline)) {
            fields.problem(
                    map.get("baseline"),
                    InputRule.INVALID_VALUE,
                    "baseline '" + baseline + "' is not a policy of the study");
        }
        return new Study.Western(outcome == null ? first : outcome, baseline == null ? "status-quo" : baseline);
    }

    private String policyRef(YamlNode.Mapping map, Set<String> policies) {
        String policy = fields.string(map, "policy", false);
        if (policy != null && !policies.contains(policy)) {
            fields.problem(
                    map.get("policy"),
                    InputRule.INVALID_VALUE,
                    "policy '" + policy + "' is not declared under 'policies'\nMaybe one of: "
                            + String.join(", ", policies) + ".");
            return null;
        }
        return policy;
    }

    private String outcomeRef(YamlNode.Mapping map, String key, Set<String> outcomes) {
        String outcome = fields.string(map, key, false);
        if (outcome != null && !outcomes.contains(outcome)) {
            fields.problem(
                    map.get(key),
                    InputRule.INVALID_VALUE,
                    "'" + outcome + "' is not an outcome of the study\nMaybe one of: " + String.join(", ", outcomes)
                            + ".");
            return null;
        }
        return outcome;
    }
}
