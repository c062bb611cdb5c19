package org.multivector.corridors;

import java.util.Locale;

/** Where a link's unit cost comes from. */
public enum CostBasis {
    /** A published tariff. */
    PUBLISHED,
    /** Computed from a published tariff (e.g. converted to USD); the note says how. */
    DERIVED,
    /** An analyst assumption: no public figure was found. */
    ASSUMPTION;

    /** The spelling used in files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
