package org.multivector.corridors;

import java.util.Locale;

/** What a node of the corridor network is. Exports start at fields and origins and end at markets. */
public enum NodeKind {
    FIELD,
    ORIGIN,
    HUB,
    BORDER,
    PORT,
    TERMINAL,
    MARKET;

    /** The spelling used in files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
