package org.multivector.world;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/** What kind of entity an {@link Actor} is; decides how analyses treat it (a bloc overlaps its members). */
public enum ActorKind {
    /** A power whose engagement a middle power balances (by default Russia, China, the USA). */
    GREAT_POWER,
    /** A state with regional weight that balances great powers, such as Kazakhstan or Turkey. */
    MIDDLE_POWER,
    /** Any other state. */
    SMALL_STATE,
    /** A group of states that acts and reports as one (the EU); its figures overlap its members'. */
    BLOC,
    /** An international organisation or dialogue format (EAEU, SCO, C5+1); a partner in memberships. */
    ORGANISATION,
    /** A statistical aggregate such as the reported world total ({@code WLD}). */
    AGGREGATE;

    /** The spelling used in dataset files, e.g. {@code great_power}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for states of any weight: the partners that can be ranked against each other. */
    public boolean isState() {
        return this == GREAT_POWER || this == MIDDLE_POWER || this == SMALL_STATE;
    }

    /** Parses the file spelling ({@code great_power}); null when unknown. */
    public static @Nullable ActorKind fromFileName(String text) {
        for (ActorKind kind : values()) {
            if (kind.fileName().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
