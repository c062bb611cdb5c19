package org.multivector.world;

/** How figures of a {@link Dimension} relate reporter and partner. */
public enum DimensionKind {
    /** A flow between reporter and partner over the year (exports, FDI inflow, arms imports). */
    FLOW,
    /** A stock held between reporter and partner at the year's end (FDI stock). */
    STOCK,
    /** A property of the reporter alone (GDP): the partner is the reporter itself. */
    MONADIC,
    /** Membership of the reporter in the partner organisation for the year (value 1). */
    MEMBERSHIP;

    /** Whether figures of this kind have a partner-side mirror in the partner's own statistics. */
    public boolean isDyadic() {
        return this == FLOW || this == STOCK;
    }
}
