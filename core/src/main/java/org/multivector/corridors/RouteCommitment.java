package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A volume a link is scheduled to carry in a year (one row of {@code schedules.csv}): Kazakh crude is
 * routed by a transportation schedule the Ministry of Energy approves from shippers' applications
 * (KazTransOil via Azvision, 2024), not by least cost, so the status quo of the calibration holds each
 * scheduled link at its volume.
 *
 * @param kind     a published {@link Kind#CONTRACT}, {@link Kind#PLAN} or {@link Kind#QUOTA} with its
 *                 volume, or an {@link Kind#ESTIMATE} computed from the observations of {@code fitYears}
 * @param volume   the published volume per year; empty for an estimate
 * @param fitYears for an estimate, the years whose observed shares of exports are averaged; empty otherwise
 * @param source   the published figure's source; for an estimate, the source of the mechanism (assumption=true)
 */
public record RouteCommitment(
        int year,
        String link,
        String commodity,
        Kind kind,
        OptionalDouble volume,
        List<Integer> fitYears,
        Source source,
        String note) {

    /** Where a scheduled volume comes from. */
    public enum Kind {
        /** a signed agreement (e.g. KMG-SOCAR, 1.5 Mt/yr via BTC) */
        CONTRACT,
        /** an operator's or ministry's published plan for the year */
        PLAN,
        /** a transit quota granted by the transit state */
        QUOTA,
        /** estimated: the mean share of exports the link carried in the fit years, times the year's exports */
        ESTIMATE
    }

    public RouteCommitment {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(volume, "volume");
        fitYears = List.copyOf(fitYears);
        Objects.requireNonNull(source, "source");
        if ((kind == Kind.ESTIMATE) == volume.isPresent()) {
            throw new IllegalArgumentException(
                    "an estimate has no volume and a published commitment needs one: " + link + " " + year);
        }
        if ((kind == Kind.ESTIMATE) == fitYears.isEmpty()) {
            throw new IllegalArgumentException(
                    "an estimate needs fit years and only an estimate has them: " + link + " " + year);
        }
    }

    /** Whether the volume was estimated from observations of {@code year} itself (an in-sample figure). */
    public boolean fittedOn(int someYear) {
        return fitYears.contains(someYear);
    }
}
