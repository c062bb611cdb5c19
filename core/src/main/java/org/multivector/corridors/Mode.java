package org.multivector.corridors;

import java.util.Locale;

/** How a link moves goods. */
public enum Mode {
    PIPELINE,
    RAIL,
    SEA,
    FERRY,
    ROAD,
    PORT;

    /** The spelling used in files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
