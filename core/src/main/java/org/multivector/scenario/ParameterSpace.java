package org.multivector.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every named parameter of a scenario, in a fixed order: the model's own parameters (with their
 * defaults or the scenario's fixed values), then the scenario's own names. Uncertain parameters
 * carry a {@link Distribution}; a run's parameter values are one {@code double[]} in this order.
 */
public final class ParameterSpace {

    private final List<String> nameList;
    private final Map<String, Integer> indexMap = new HashMap<>();
    private final double[] fixedValues;
    private final Distribution[] distributions;
    private final int[] uncertainIndex;

    ParameterSpace(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (ModelParameter parameter : ModelParameter.values()) {
            names.add(parameter.fileName());
        }
        for (String name : scenario.parameterMap().keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (Scenario.Uncertainty uncertainty : scenario.uncertaintyList()) {
            if (!names.contains(uncertainty.name())) {
                names.add(uncertainty.name());
            }
        }
        this.nameList = List.copyOf(names);
        fixedValues = new double[names.size()];
        distributions = new Distribution[names.size()];
        for (int i = 0; i < names.size(); i++) {
            indexMap.put(names.get(i), i);
            ModelParameter known = ModelParameter.fromFileName(names.get(i));
            fixedValues[i] = known == null ? Double.NaN : known.defaultValue();
        }
        scenario.parameterMap().forEach((name, value) -> fixedValues[indexMap.get(name)] = value);
        List<Integer> uncertain = new ArrayList<>();
        for (Scenario.Uncertainty uncertainty : scenario.uncertaintyList()) {
            int index = indexMap.get(uncertainty.name());
            distributions[index] = uncertainty.distribution();
            uncertain.add(index);
        }
        uncertainIndex = uncertain.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every parameter name, in value order. */
    public List<String> names() {
        return nameList;
    }

    /** The position of {@code name} in a values array, or -1. */
    public int index(String name) {
        Integer index = indexMap.get(name);
        return index == null ? -1 : index;
    }

    /** How many parameters are drawn per run. */
    public int uncertainCount() {
        return uncertainIndex.length;
    }

    /** The name of the {@code k}-th uncertain parameter. */
    public String uncertainName(int k) {
        return nameList.get(uncertainIndex[k]);
    }

    /**
     * One run's parameter values: the fixed ones, and each uncertain one at the quantile given by
     * {@code u[k]} (0 &lt; u &lt; 1) for the {@code k}-th uncertain parameter.
     */
    public double[] values(double[] u) {
        double[] values = fixedValues.clone();
        for (int k = 0; k < uncertainIndex.length; k++) {
            values[uncertainIndex[k]] = distributions[uncertainIndex[k]].quantile(u[k]);
        }
        return values;
    }

    /** The parameter values with every uncertain parameter at its median: the "central" run. */
    public double[] medians() {
        double[] u = new double[uncertainIndex.length];
        java.util.Arrays.fill(u, 0.5);
        return values(u);
    }

    /** A quantity's value in a run with these parameter values. */
    public double resolve(Quantity quantity, double[] values) {
        return switch (quantity) {
            case Quantity.Fixed fixed -> fixed.value();
            case Quantity.Parameter parameter -> values[indexMap.get(parameter.name())];
        };
    }

    /** The value of a model parameter in a run. */
    public double value(ModelParameter parameter, double[] values) {
        return values[indexMap.get(parameter.fileName())];
    }
}
