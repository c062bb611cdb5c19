package org.multivector.bargaining;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A one-dimensional bargaining issue: its stakeholders and what the analyst wrote about it.
 *
 * @param name           short title of the issue
 * @param scale          what the position numbers mean (e.g. "0 = all volumes via Russia, 100 = all via the Caspian")
 * @param scaleMin       lower end of the scale if declared, else empty (then the stakeholders' range is used)
 * @param scaleMax       upper end of the scale if declared
 * @param stakeholderList the actors, in input order (order breaks ties between equally good offers)
 * @param sourceList     references the inputs rest on (free text citations with URLs)
 * @param assumptionList statements the analyst assumed rather than took from a source
 */
public record Issue(
        String name,
        String scale,
        OptionalDouble scaleMin,
        OptionalDouble scaleMax,
        List<Stakeholder> stakeholderList,
        List<String> sourceList,
        List<String> assumptionList) {

    public Issue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(scaleMin, "scaleMin");
        Objects.requireNonNull(scaleMax, "scaleMax");
        stakeholderList = List.copyOf(stakeholderList);
        sourceList = List.copyOf(sourceList);
        assumptionList = List.copyOf(assumptionList);
        if (stakeholderList.size() < 2) {
            throw new IllegalArgumentException(
                    "an issue needs at least two stakeholders, got " + stakeholderList.size());
        }
        Set<String> names = new HashSet<>();
        for (Stakeholder stakeholder : stakeholderList) {
            if (!names.add(stakeholder.name())) {
                throw new IllegalArgumentException("stakeholder '" + stakeholder.name() + "' appears twice");
            }
        }
    }

    /** An issue with no metadata beyond its name. */
    public static Issue of(String name, List<Stakeholder> stakeholders) {
        return new Issue(name, "", OptionalDouble.empty(), OptionalDouble.empty(), stakeholders, List.of(), List.of());
    }

    /** The number of stakeholders. */
    public int size() {
        return stakeholderList.size();
    }

    /** The stakeholder's index, or -1. */
    public int indexOf(String stakeholderName) {
        for (int i = 0; i < stakeholderList.size(); i++) {
            if (stakeholderList.get(i).name().equals(stakeholderName)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower end of the scale: declared, or the lowest position. */
    public double lowerBound() {
        return scaleMin.orElse(stakeholderList.stream()
                .mapToDouble(Stakeholder::position)
                .min()
                .orElseThrow());
    }

    /** Upper end of the scale: declared, or the highest position. */
    public double upperBound() {
        return scaleMax.orElse(stakeholderList.stream()
                .mapToDouble(Stakeholder::position)
                .max()
                .orElseThrow());
    }

    /** The same issue with one stakeholder replaced by {@code change} applied to it. */
    public Issue with(String stakeholderName, UnaryOperator<Stakeholder> change) {
        int index = indexOf(stakeholderName);
        if (index < 0) {
            throw new IllegalArgumentException("no stakeholder named '" + stakeholderName + "'");
        }
        List<Stakeholder> changed = new ArrayList<>(stakeholderList);
        changed.set(index, change.apply(changed.get(index)));
        return withStakeholders(changed);
    }

    /** The same issue and metadata with other stakeholders. */
    public Issue withStakeholders(List<Stakeholder> stakeholders) {
        return new Issue(name, scale, scaleMin, scaleMax, stakeholders, sourceList, assumptionList);
    }

    double[] capabilities() {
        return stakeholderList.stream().mapToDouble(Stakeholder::capability).toArray();
    }

    double[] positions() {
        return stakeholderList.stream().mapToDouble(Stakeholder::position).toArray();
    }

    double[] saliences() {
        return stakeholderList.stream().mapToDouble(Stakeholder::salience).toArray();
    }
}
