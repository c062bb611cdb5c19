package org.multivector.scenario;

import java.util.Objects;

/**
 * Something the focal country (or a partner backing it) chooses, declared in a scenario file under
 * {@code levers.ranges}: a named parameter whose value under {@code parameters} (or the model's
 * default) is the status quo, and which a strategy study may set anywhere in [{@code min},
 * {@code max}]. Its effect is whatever the model does with that parameter: the quantities that
 * refer to it with {@code {param: NAME}} (a capacity expansion, an engagement change, the hedging
 * rule) or the model parameter of that name. See docs/strategy.md, "Levers".
 *
 * @param name     the parameter it sets
 * @param min      lowest value a policy may choose
 * @param max      highest value a policy may choose
 * @param baseline the status-quo value (the parameter's value in the scenario)
 * @param unit     unit of the value, for reports
 * @param integer  whether only whole values are meaningful (e.g. a number of formats joined)
 * @param cost     what moving it away from the baseline costs
 * @param effect   how it acts in the model, in words (shown in reports)
 * @param at       where it stands in the file
 */
public record Lever(
        String name,
        double min,
        double max,
        double baseline,
        String unit,
        boolean integer,
        LeverCost cost,
        String effect,
        At at) {

    public Lever {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cost, "cost");
        if (!(min <= max)) {
            throw new IllegalArgumentException("lever " + name + ": max " + max + " is below min " + min);
        }
        unit = unit == null ? "" : unit;
        effect = effect == null ? "" : effect;
        at = at == null ? At.NOWHERE : at;
    }

    /** The value clamped into [min, max] and, for an integer lever, rounded. */
    public double admit(double value) {
        double v = Math.min(max, Math.max(min, value));
        return integer ? Math.rint(v) : v;
    }

    /** The cost of setting the lever to {@code value}, USD billion: {@code perUnit × |value − baseline|}. */
    public double costOf(double value) {
        return cost.perUnit() * Math.abs(value - baseline);
    }
}
