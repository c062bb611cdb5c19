package org.multivector.scenario;

import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.YamlInput;
import org.multivector.input.YamlNode;
import org.multivector.world.io.DatasetRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario's {@code levers.ranges} section: each lever names a parameter of the scenario
 * (its status-quo value under {@code parameters}, or a model parameter's default), the range a
 * policy may choose from, its cost and its effect. docs/strategy.md documents the format.
 *
 * <pre>
 * levers:
 *   ranges:
 *     btcCapacity:
 *       min: 2.2
 *       max: 12
 *       unit: Mt/yr
 *       effect: "capacity of the Aktau-Baku-BTC route from 2027 (the capacity-expansion action)"
 *       cost: {perUnit: 0.3, unit: USD bn per Mt/yr, westernShare: 0.5, assumption: "why this figure"}
 * </pre>
 */
public final class LeverReader {

    private static final Set<String> LEVER_KEYS = Set.of("min", "max", "unit", "integer", "cost", "effect");
    private static final Set<String> COST_KEYS = Set.of("perUnit", "unit", "westernShare", "reference", "assumption");

    private LeverReader() {}

    /**
     * @param ranges       the {@code ranges} node (may be null: no levers)
     * @param parameters   the scenario's fixed parameters (a lever's status quo)
     * @param uncertain    names drawn per run (a lever may not be one)
     * @param problems     receives every problem
     * @return the levers, in file order (those with problems left out)
     */
    public static List<Lever> read(
            YamlNode ranges,
            String file,
            Map<String, Double> parameters,
            Set<String> uncertain,
            List<Problem> problems) {
        List<Lever> result = new ArrayList<>();
        if (ranges == null) {
            return result;
        }
        YamlInput fields = new YamlInput(file, problems);
        if (!(ranges instanceof YamlNode.Mapping map)) {
            fields.problem(
                    ranges,
                    InputRule.INVALID_VALUE,
                    "'ranges' must map each lever's parameter name to {min, max, cost, ...}");
            return result;
        }
        for (Map.Entry<String, YamlNode> entry : map.entryMap().entrySet()) {
            String name = entry.getKey();
            YamlNode.Key key = map.keyMap().get(name);
            if (uncertain.contains(name)) {
                fields.problem(
                        key,
                        DatasetRule.DUPLICATE_DECLARATION,
                        "lever '" + name + "' is also an uncertainty"
                                + "\nMaybe keep it as a lever (a choice) with its status quo under 'parameters', or as an uncertainty, not both.");
                continue;
            }
            Double baseline = parameters.get(name);
            if (baseline == null) {
                ModelParameter known = ModelParameter.fromFileName(name);
                if (known == null) {
                    fields.problem(
                            key,
                            InputRule.MISSING_FIELD,
                            "lever '" + name + "' has no status-quo value" + "\nMaybe add it under 'parameters' (e.g. "
                                    + name + ": VALUE) and refer to it as {param: " + name + "}.");
                    continue;
                }
                baseline = known.defaultValue();
            }
            if (!(entry.getValue() instanceof YamlNode.Mapping spec)) {
                fields.problem(
                        entry.getValue(),
                        InputRule.INVALID_VALUE,
                        "lever '" + name + "' must be a mapping {min, max, cost, ...}");
                continue;
            }
            fields.onlyKeys(spec, new java.util.TreeSet<>(LEVER_KEYS), "in " + "lever " + name);
            Double min = fields.number(spec, "min", true);
            Double max = fields.number(spec, "max", true);
            String unit = fields.string(spec, "unit", false);
            boolean integer = Boolean.TRUE.equals(fields.bool(spec, "integer", false));
            String effect = fields.string(spec, "effect", true);
            LeverCost cost = cost(fields, spec, name);
            if (min == null || max == null || cost == null || effect == null) {
                continue;
            }
            if (!(min <= max)) {
                fields.problem(
                        spec,
                        InputRule.INVALID_VALUE,
                        "lever '" + name + "': max " + YamlInput.plain(max) + " is below min " + YamlInput.plain(min));
                continue;
            }
            if (baseline < min || baseline > max) {
                fields.problem(
                        spec,
                        InputRule.INVALID_VALUE,
                        "lever '" + name + "': its status quo " + YamlInput.plain(baseline)
                                + " lies outside [" + YamlInput.plain(min) + ", " + YamlInput.plain(max) + "]"
                                + "\nMaybe widen the range so that doing nothing is a possible policy.");
                continue;
            }
            result.add(new Lever(
                    name, min, max, baseline, unit, integer, cost, effect, new At(spec.line(), spec.column())));
        }
        return result;
    }

    private static LeverCost cost(YamlInput fields, YamlNode.Mapping spec, String name) {
        YamlNode.Mapping cost = fields.map(spec, "cost", true);
        if (cost == null) {
            return null;
        }
        fields.onlyKeys(cost, new java.util.TreeSet<>(COST_KEYS), "in " + "the cost of lever " + name);
        Double perUnit = fields.number(cost, "perUnit", true, 0, 1e6);
        String unit = fields.string(cost, "unit", false);
        Double western = fields.number(cost, "westernShare", false, 0, 1);
        String reference = fields.string(cost, "reference", false);
        String assumption = fields.string(cost, "assumption", false);
        if (reference == null && assumption == null) {
            fields.problem(
                    cost,
                    DatasetRule.MISSING_SOURCE,
                    "the cost of lever '" + name + "' has neither a reference nor an assumption"
                            + "\nMaybe add reference: \"publisher, title, year, URL\", or assumption: \"why this figure\".");
            return null;
        }
        if (perUnit == null) {
            return null;
        }
        return new LeverCost(
                perUnit, unit == null ? "USD bn per unit" : unit, western == null ? 0 : western, reference, assumption);
    }
}
