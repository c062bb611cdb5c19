package org.multivector.strategy;

import java.util.Objects;

/**
 * One number per run that a study compares policies on.
 *
 * @param name      how reports and thresholds call it
 * @param series    the model series it reduces: a label such as {@code room}, {@code dependence:RUS},
 *                  {@code dependence:*} (the highest over the powers in each period), or {@code cost}
 *                  (the policy's cost, USD billion, the same in every scenario)
 * @param reduction how the series over the horizon becomes one number (ignored for cost)
 * @param sense     whether more is better
 * @param unit      the unit, for reports
 */
public record StudyOutcome(String name, String series, Reduction reduction, Sense sense, String unit) {

    /** The series name of a policy's cost. */
    public static final String COST = "cost";

    public StudyOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(sense, "sense");
        unit = unit == null ? "" : unit;
    }

    /** Whether this is the policy's cost rather than a model series. */
    public boolean isCost() {
        return COST.equals(series);
    }
}
