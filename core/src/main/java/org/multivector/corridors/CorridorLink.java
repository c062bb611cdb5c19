package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A link of the corridor network for one commodity, valid for a span of years.
 *
 * @param id            identifier ({@code CPC_KZ}); several rows may share it for different years
 * @param from          tail node
 * @param to            head node
 * @param commodity     the commodity it carries
 * @param mode          pipeline, rail, sea, ferry, road or port
 * @param capacity      capacity per year in the commodity's unit; empty when no binding capacity is modelled
 * @param firstYear     first year the row applies to (inclusive), 0 for "always"
 * @param lastYear      last year the row applies to (inclusive), 0 for "open"
 * @param proposed      true for links not built yet: left out unless an expansion names them
 * @param unitCost      cost per unit moved, in the commodity's cost unit
 * @param costBasis     whether the cost is published, derived or an analyst assumption
 * @param costSource    the tariff's source when published or derived
 * @param transitDays   days in transit, when known
 * @param jurisdictionList ISO3 codes of the countries (territory or waters) the link crosses
 * @param source        where the capacity (or the link's existence, when it has none) comes from
 * @param note          free text, including how derived figures were computed
 */
public record CorridorLink(
        String id,
        String from,
        String to,
        String commodity,
        Mode mode,
        OptionalDouble capacity,
        int firstYear,
        int lastYear,
        boolean proposed,
        double unitCost,
        CostBasis costBasis,
        Optional<Source> costSource,
        OptionalDouble transitDays,
        List<String> jurisdictionList,
        Source source,
        String note) {

    public CorridorLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(costSource, "costSource");
        Objects.requireNonNull(transitDays, "transitDays");
        jurisdictionList = List.copyOf(jurisdictionList);
        Objects.requireNonNull(source, "source");
    }

    /** Whether this row applies in {@code year}. */
    public boolean appliesIn(int year) {
        return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear);
    }

    /** Whether the link crosses {@code country}. */
    public boolean crosses(String country) {
        return jurisdictionList.contains(country);
    }

    /** The same link with another capacity (and, when it was proposed, built). */
    public CorridorLink withCapacity(OptionalDouble newCapacity, boolean built) {
        return new CorridorLink(
                id,
                from,
                to,
                commodity,
                mode,
                newCapacity,
                firstYear,
                lastYear,
                proposed && !built,
                unitCost,
                costBasis,
                costSource,
                transitDays,
                jurisdictionList,
                source,
                note);
    }
}
