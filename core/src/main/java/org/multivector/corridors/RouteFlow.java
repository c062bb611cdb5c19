package org.multivector.corridors;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The volume on one route (a chain of links from an exporting node to a market) over the year.
 *
 * @param linkList        the links in order
 * @param origin          the exporting node
 * @param market          the market node reached
 * @param jurisdictionList every country the route crosses, in route order without repeats
 * @param volume          volume carried in the year under the request
 * @param baselineVolume  volume carried in the status quo
 * @param unitCost        sum of the links' unit costs
 * @param transitDays     sum of the links' transit days, empty when a link's is unknown
 */
public record RouteFlow(
        List<String> linkList,
        String origin,
        String market,
        List<String> jurisdictionList,
        double volume,
        double baselineVolume,
        double unitCost,
        OptionalDouble transitDays) {

    public RouteFlow {
        linkList = List.copyOf(linkList);
        jurisdictionList = List.copyOf(jurisdictionList);
    }

    /** The links joined by {@code >}, e.g. {@code TEN_ATY>CPC_KZ>CPC_RU>CPC_SEA}. */
    public String name() {
        return String.join(">", linkList);
    }

    /** Whether the route crosses {@code country}. */
    public boolean crosses(String country) {
        return jurisdictionList.contains(country);
    }

    /** Volume gained over the status quo (the part that is rerouted onto it), never negative. */
    public double gained() {
        return Math.max(0, volume - baselineVolume);
    }
}
