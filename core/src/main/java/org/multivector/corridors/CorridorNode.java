package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.Objects;

/**
 * A node of the corridor network.
 *
 * @param id       identifier used by links ({@code ATY})
 * @param name     a name for people
 * @param kind     field, hub, border, port, terminal, market ...
 * @param country  ISO 3166-1 alpha-3 code of the jurisdiction the node lies in
 * @param latitude approximate latitude in degrees (for maps)
 * @param longitude approximate longitude in degrees
 * @param location how the coordinates were chosen: {@code approximate} (the place, from public maps) or
 *                 {@code representative} (a stand-in place for an aggregate or a market)
 * @param source   where the node and its figures come from
 * @param note     free text
 */
public record CorridorNode(
        String id,
        String name,
        NodeKind kind,
        String country,
        double latitude,
        double longitude,
        String location,
        Source source,
        String note) {

    public CorridorNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
    }
}
