package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A published volume on a link, used to check how well the allocation reproduces reality.
 *
 * @param period {@code year} for a full year, otherwise the months covered (e.g. {@code Jan-Nov})
 * @param source where the figure comes from; {@code assumption} is true for a figure <em>derived</em> by
 *               arithmetic from published ones (the note says how), never for an invented one
 */
public record ObservedVolume(
        int year, String link, String commodity, double volume, String period, Source source, String note) {

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Whether the figure covers a whole year. */
    public boolean fullYear() {
        return "year".equals(period);
    }

    /** Whether the figure is derived from published ones rather than published itself. */
    public boolean derived() {
        return source.assumption();
    }

    /** Months the figure covers: 12 for a full year, otherwise read from {@code Jan-Oct}; empty when unreadable. */
    public OptionalInt months() {
        if (fullYear()) {
            return OptionalInt.of(12);
        }
        String[] parts = period.toLowerCase(Locale.ROOT).split("-");
        if (parts.length != 2 || !MONTHS.contains(parts[0]) || !MONTHS.contains(parts[1])) {
            return OptionalInt.empty();
        }
        int months = MONTHS.indexOf(parts[1]) - MONTHS.indexOf(parts[0]) + 1;
        return months > 0 ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /**
     * The figure at an annual rate: the volume times 12 over the months covered (flows spread evenly
     * over the year, as the allocation assumes); empty when the period cannot be read.
     */
    public java.util.OptionalDouble annualRate() {
        OptionalInt m = months();
        return m.isPresent()
                ? java.util.OptionalDouble.of(volume * 12.0 / m.getAsInt())
                : java.util.OptionalDouble.empty();
    }
}
