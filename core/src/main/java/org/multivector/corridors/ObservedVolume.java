package org.multivector.corridors;

import org.multivector.world.Source;

/**
 * A published volume on a link, used to check how well the allocation reproduces reality.
 *
 * @param period {@code year} for a full year, otherwise the months covered (e.g. {@code Jan-Nov})
 */
public record ObservedVolume(int year, String link, String commodity, double volume, String period, Source source, String note) {

    /** Whether the figure covers a whole year. */
    public boolean fullYear() {
        return "year".equals(period);
    }
}
