package org.multivector.world;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** Whose statistics a figure comes from, seen from the reporter of the {@link Tie}. */
public enum Basis {
    /** The reporter's own statistics (Kazakh customs for Kazakhstan's exports to China). */
    REPORTER,
    /** The partner's statistics, turned to the reporter's point of view (Chinese customs' imports from Kazakhstan). */
    MIRROR,
    /** Compiled by a third party from its own method (SIPRI trend-indicator values). */
    INDEPENDENT;

    /** The spelling used in dataset files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling; null when unknown. */
    public static @Nullable Basis fromFileName(String text) {
        for (Basis basis : values()) {
            if (basis.fileName().equals(text)) {
                return basis;
            }
        }
        return null;
    }
}
