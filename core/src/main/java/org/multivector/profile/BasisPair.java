package org.multivector.profile;

import org.multivector.world.ActorKind;
import org.multivector.world.Tie;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One partner's figure on a dimension and year as the reporter's statistics and as the partner's
 * (mirror) statistics give it, side by side, with the gap between them. Kazakh customs and Chinese
 * customs, for instance, disagree on Kazakhstan's exports to China (CIF/FOB, timing, transit). A side
 * with no figure stays empty: the gap is then unknown, never computed against zero.
 *
 * @param dimension    the dimension id
 * @param year         the year
 * @param partner      the partner's code
 * @param partnerName  the partner's readable name
 * @param partnerKind  what the partner is
 * @param reporter     the reporter's own figure (preferred publisher), if any
 * @param mirror       the partner's figure, if any
 * @param reporterShare {@code reporter} over the reporter's reported world total
 * @param mirrorShare  {@code mirror} over the same reported world total
 * @param gapPercent   {@code (mirror − reporter) / reporter × 100}, when both sides exist
 * @param rank         1 for the largest state partner by the reporter's figure (by the mirror figure
 *                     where the reporter has none); empty for blocs and aggregates
 */
public record BasisPair(
        String dimension,
        int year,
        String partner,
        String partnerName,
        ActorKind partnerKind,
        Optional<Tie> reporter,
        Optional<Tie> mirror,
        OptionalDouble reporterShare,
        OptionalDouble mirrorShare,
        OptionalDouble gapPercent,
        OptionalInt rank) {}
