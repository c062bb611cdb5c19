package org.multivector.scenario;

/**
 * What moving a {@link Lever} away from its status quo costs over the horizon, and who pays.
 *
 * @param perUnit      USD billion per unit of the lever's value moved away from the baseline
 * @param unit         how the figure is stated, e.g. {@code USD bn per Mt/yr}
 * @param westernShare the share of the cost borne by Western partners (loans, grants, investment), 0..1
 * @param reference    where the figure comes from (publisher, title, year, URL); empty when it is an assumption
 * @param assumption   the analyst's reasoning when the figure is not sourced; empty when it is sourced
 */
public record LeverCost(double perUnit, String unit, double westernShare, String reference, String assumption) {

    public LeverCost {
        if (!(perUnit >= 0) || Double.isInfinite(perUnit)) {
            throw new IllegalArgumentException("perUnit must be a finite number >= 0, got " + perUnit);
        }
        if (!(westernShare >= 0 && westernShare <= 1)) {
            throw new IllegalArgumentException("westernShare must lie in 0..1, got " + westernShare);
        }
        unit = unit == null ? "" : unit;
        reference = reference == null ? "" : reference;
        assumption = assumption == null ? "" : assumption;
    }

    /** Whether the figure is an analyst assumption rather than a sourced number. */
    public boolean assumed() {
        return reference.isEmpty();
    }

    /** No cost (e.g. a change of rule that needs no budget); labelled as an assumption. */
    public static LeverCost none(String why) {
        return new LeverCost(0, "USD bn", 0, "", why);
    }
}
