package org.multivector.profile;

import org.multivector.world.ActorKind;
import org.multivector.world.BasisChoice;
import org.multivector.world.Tie;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One line of a profile: a partner's figure on a dimension in a year.
 *
 * @param tie         the figure with its source: where several publishers give it, the preferred one
 *                    (the figure every analysis reads)
 * @param partnerName the partner's readable name
 * @param partnerKind what the partner is (a bloc's share overlaps its members')
 * @param view        the basis choice under which the figure was read
 * @param share       the figure over the reporter's own reported world total ({@code WLD}) for the
 *                    dimension and year; empty when no total is reported or the dimension has none
 * @param rank        1 for the largest state partner on this dimension, year and view; empty for
 *                    blocs, organisations, aggregates and monadic figures
 * @param others      the other publishers' figures for the same pair, year and basis, each with its
 *                    difference from {@code tie}; empty when one publisher gives it
 */
public record ProfileEntry(
        Tie tie,
        String partnerName,
        ActorKind partnerKind,
        BasisChoice view,
        OptionalDouble share,
        OptionalInt rank,
        List<SourceDifference> others) {

    public ProfileEntry {
        others = others == null ? List.of() : List.copyOf(others);
    }

    /** An entry with a single publisher. */
    public ProfileEntry(
            Tie tie,
            String partnerName,
            ActorKind partnerKind,
            BasisChoice view,
            OptionalDouble share,
            OptionalInt rank) {
        this(tie, partnerName, partnerKind, view, share, rank, List.of());
    }
}
