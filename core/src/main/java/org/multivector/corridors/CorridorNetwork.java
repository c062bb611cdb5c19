package org.multivector.corridors;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The corridor network of one country as read from its dataset: commodities, nodes with coordinates,
 * links by year, export supplies by year, observed volumes, dated disruptions, prices and capacity
 * what-ifs. Immutable; load it with {@link org.multivector.corridors.io.CorridorLoader}.
 */
public final class CorridorNetwork {

    private final String name;
    private final String title;
    private final String version;
    private final String focal;
    private final Map<String, Commodity> commodityMap;
    private final Map<String, CorridorNode> nodeMap;
    private final List<CorridorLink> linkList;
    private final List<ExportSupply> supplyList;
    private final List<ObservedVolume> volumeList;
    private final List<HistoricalDisruption> disruptionList;
    private final List<Price> priceList;
    private final List<ExpansionOption> expansionList;

    /** Builds a network; the loader has checked every reference, so this only copies. */
    public CorridorNetwork(
            String name,
            String title,
            String version,
            String focal,
            List<Commodity> commodities,
            List<CorridorNode> nodes,
            List<CorridorLink> links,
            List<ExportSupply> supplies,
            List<ObservedVolume> volumes,
            List<HistoricalDisruption> disruptions,
            List<Price> prices,
            List<ExpansionOption> expansions) {
        this.name = name;
        this.title = title;
        this.version = version;
        this.focal = focal;
        Map<String, Commodity> c = new LinkedHashMap<>();
        commodities.forEach(x -> c.put(x.id(), x));
        this.commodityMap = java.util.Collections.unmodifiableMap(c);
        Map<String, CorridorNode> n = new LinkedHashMap<>();
        nodes.forEach(x -> n.put(x.id(), x));
        this.nodeMap = java.util.Collections.unmodifiableMap(n);
        this.linkList = List.copyOf(links);
        this.supplyList = List.copyOf(supplies);
        this.volumeList = List.copyOf(volumes);
        this.disruptionList = disruptions.stream()
                .sorted(Comparator.comparing(HistoricalDisruption::start))
                .toList();
        this.priceList = List.copyOf(prices);
        this.expansionList = List.copyOf(expansions);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    /** The exporting country (ISO3) the network is about. */
    public String focal() {
        return focal;
    }

    public List<Commodity> commodities() {
        return List.copyOf(commodityMap.values());
    }

    public Optional<Commodity> commodity(String id) {
        return Optional.ofNullable(commodityMap.get(id));
    }

    public List<CorridorNode> nodes() {
        return List.copyOf(nodeMap.values());
    }

    public Optional<CorridorNode> node(String id) {
        return Optional.ofNullable(nodeMap.get(id));
    }

    /** Every link row of every year. */
    public List<CorridorLink> allLinks() {
        return linkList;
    }

    /** The links of a commodity as they stand in {@code year} (one row per id), proposed ones included. */
    public List<CorridorLink> links(String commodity, int year) {
        return linkList.stream()
                .filter(l -> l.commodity().equals(commodity) && l.appliesIn(year))
                .toList();
    }

    /** The export supplies of a commodity in a year. */
    public List<ExportSupply> supplies(String commodity, int year) {
        return supplyList.stream()
                .filter(s -> s.commodity().equals(commodity) && s.year() == year)
                .toList();
    }

    /** Years with export supplies for the commodity, ascending. */
    public SortedSet<Integer> supplyYears(String commodity) {
        SortedSet<Integer> years = new TreeSet<>();
        supplyList.stream().filter(s -> s.commodity().equals(commodity)).forEach(s -> years.add(s.year()));
        return years;
    }

    /**
     * The year analyses use when none is given: the latest year whose supplies are all published
     * (none an analyst assumption), else the latest year with supplies; 0 when there are none. For Kazakh
     * crude this is 2023, the one year with a published split by field: 2024's total is an assumption.
     */
    public int defaultYear(String commodity) {
        SortedSet<Integer> years = supplyYears(commodity);
        if (years.isEmpty()) {
            return 0;
        }
        for (int year : years.reversed()) {
            if (supplies(commodity, year).stream().noneMatch(s -> s.source().assumption())) {
                return year;
            }
        }
        return years.last();
    }

    /** Published volumes on links of the commodity in the year. */
    public List<ObservedVolume> observed(String commodity, int year) {
        return volumeList.stream()
                .filter(v -> v.commodity().equals(commodity) && v.year() == year)
                .toList();
    }

    /** Every published volume. */
    public List<ObservedVolume> observedVolumes() {
        return volumeList;
    }

    /** Dated disruptions that happened, oldest first. */
    public List<HistoricalDisruption> history() {
        return disruptionList;
    }

    /** A dated disruption by id. */
    public Optional<HistoricalDisruption> historical(String id) {
        return disruptionList.stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The price of the commodity in the year, when the dataset has one. */
    public Optional<Price> price(String commodity, int year) {
        return priceList.stream()
                .filter(p -> p.commodity().equals(commodity) && p.year() == year)
                .findFirst();
    }

    public List<Price> prices() {
        return priceList;
    }

    /** The capacity what-ifs listed for the commodity. */
    public List<ExpansionOption> expansions(String commodity) {
        return expansionList.stream()
                .filter(e -> e.commodity().equals(commodity))
                .toList();
    }

    /** Countries crossed by the commodity's built links in the year, sorted. */
    public SortedSet<String> jurisdictions(String commodity, int year) {
        SortedSet<String> countries = new TreeSet<>();
        links(commodity, year).stream().filter(l -> !l.proposed()).forEach(l -> countries.addAll(l.jurisdictionList()));
        return countries;
    }
}
