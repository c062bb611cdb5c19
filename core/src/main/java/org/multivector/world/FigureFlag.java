package org.multivector.world;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * What the publisher says about a figure beyond its value. IMF Direction of Trade Statistics, for
 * instance, writes {@code 0.14 e} for a value it estimated itself rather than received from the
 * reporting country; such a figure is kept, and marked, so a reader can weigh it.
 */
public enum FigureFlag {
    /** Nothing said: the publisher's ordinary figure. */
    NONE,
    /** The publisher marks the figure as its own estimate. */
    ESTIMATE;

    /** The spelling in dataset files: empty for {@link #NONE}, {@code estimate}. */
    public String fileName() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** Parses the file spelling (empty is {@link #NONE}); null when unknown. */
    public static @Nullable FigureFlag fromFileName(String text) {
        for (FigureFlag flag : values()) {
            if (flag.fileName().equals(text)) {
                return flag;
            }
        }
        return null;
    }
}
