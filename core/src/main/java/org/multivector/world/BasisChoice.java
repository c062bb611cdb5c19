package org.multivector.world;

import java.util.Locale;

/**
 * Which side of a reporter/partner pair an analysis reads for dyadic figures (flows and stocks).
 *
 * <p>The default is {@link #REPORTER}: the reporter's own statistics, the basis on which its reported
 * world total (the denominator of every share) is compiled. {@link #MIRROR} reads the partners'
 * statistics instead. Neither falls back to the other: a pair with only the other side's figure is
 * absent, never silently merged. Figures compiled by third parties ({@link Basis#INDEPENDENT}) and
 * non-dyadic figures (GDP, memberships) are read under either choice.
 */
public enum BasisChoice {
    /** The reporter's own statistics (the default). */
    REPORTER,
    /** The partners' statistics, mirrored. */
    MIRROR;

    /** The default choice of every analysis. */
    public static final BasisChoice DEFAULT = REPORTER;

    /** Whether a figure on {@code basis} of a dimension of {@code kind} is read under this choice. */
    public boolean reads(Basis basis, DimensionKind kind) {
        if (!kind.isDyadic() || basis == Basis.INDEPENDENT) {
            return true;
        }
        return this == REPORTER ? basis == Basis.REPORTER : basis == Basis.MIRROR;
    }

    /** The spelling used on the command line. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
