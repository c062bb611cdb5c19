package org.multivector.corridors;

import org.multivector.world.Source;

import java.time.LocalDate;

/**
 * A dated disruption that happened, e.g. a storm closing the CPC terminal, replayable as a {@link Disruption}.
 *
 * @param asset      the link or node affected
 * @param assetIsNode whether {@code asset} names a node (all its links) rather than a link
 * @param cutShare   share of capacity lost while it lasted, 0..1 (1 = closed)
 * @param start      first day affected
 * @param end        last day affected (inclusive)
 */
public record HistoricalDisruption(
        String id,
        LocalDate start,
        LocalDate end,
        String asset,
        boolean assetIsNode,
        double cutShare,
        String event,
        String effect,
        Source source,
        String note) {

    /** The event as a disruption of the year it happened in. */
    public Disruption toDisruption() {
        Period period = Period.of(start, end);
        if (assetIsNode) {
            return new Disruption.CloseNode(asset, period);
        }
        return cutShare >= 1
                ? new Disruption.CloseLink(asset, period)
                : new Disruption.CutCapacity(asset, cutShare, period);
    }
}
