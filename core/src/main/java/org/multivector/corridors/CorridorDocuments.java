package org.multivector.corridors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.multivector.report.DatasetRef;
import org.multivector.report.ResultJson;
import org.multivector.report.SourceRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corridor model's answers as result documents, the same for {@code corridors --report R --format json}
 * and the API's {@code /corridors...} routes. One vocabulary throughout: a route or a link carries a
 * {@code volume} (and {@code baselineVolume}, the status quo's) in the commodity's unit per year; a node
 * has a {@code latitude} and {@code longitude}. Volumes are rounded to six decimals.
 */
public final class CorridorDocuments {

    private CorridorDocuments() {}

    /** What every corridor document starts with: the data, the exporter, the commodity and the year. */
    public record Header(
            DatasetRef dataset, String country, String commodity, String commodityName, String unit, int year) {

        /** The header for a commodity and year of a network. */
        public static Header of(CorridorNetwork network, Commodity commodity, int year) {
            return new Header(
                    new DatasetRef(network.name(), network.version()),
                    network.focal(),
                    commodity.id(),
                    commodity.name(),
                    commodity.unit(),
                    year);
        }
    }

    /** A node with its coordinates ({@code location} says how they were chosen). */
    public record Node(
            String id, String name, String kind, String country, double latitude, double longitude, String location) {

        static Node of(CorridorNode node) {
            return new Node(
                    node.id(),
                    node.name(),
                    node.kind().fileName(),
                    node.country(),
                    node.latitude(),
                    node.longitude(),
                    node.location());
        }
    }

    /** A link as built: capacity (null when not binding) with its source, cost with its own. */
    public record Link(
            String id,
            String from,
            String to,
            String mode,
            boolean proposed,
            Double capacity,
            List<String> jurisdictions,
            double unitCost,
            String costBasis,
            Double transitDays,
            SourceRef source,
            SourceRef costSource,
            String note) {

        static Link of(CorridorLink link) {
            return new Link(
                    link.id(),
                    link.from(),
                    link.to(),
                    link.mode().fileName(),
                    link.proposed(),
                    link.capacity().isPresent() ? link.capacity().getAsDouble() : null,
                    link.jurisdictionList(),
                    link.unitCost(),
                    link.costBasis().fileName(),
                    link.transitDays().isPresent() ? link.transitDays().getAsDouble() : null,
                    SourceRef.of(link.source()),
                    link.costSource().map(SourceRef::of).orElse(null),
                    link.note());
        }
    }

    /** The network of a commodity and year, for the map: every commodity with its years, the nodes used, the links and the jurisdictions. */
    public record NetworkDocument(
            @JsonUnwrapped Header header,
            String title,
            List<CommodityYears> commodities,
            List<Node> nodes,
            List<Link> links,
            List<String> jurisdictions) {}

    /** A commodity and the years with export volumes. */
    public record CommodityYears(String id, String name, String unit, List<Integer> years) {}

    /** The network document. */
    public static NetworkDocument network(CorridorNetwork network, Commodity commodity, int year) {
        List<CorridorLink> links = network.links(commodity.id(), year);
        return new NetworkDocument(
                Header.of(network, commodity, year),
                network.title(),
                network.commodities().stream()
                        .map(c -> new CommodityYears(
                                c.id(), c.name(), c.unit(), List.copyOf(network.supplyYears(c.id()))))
                        .toList(),
                nodes(network, links),
                links.stream().map(Link::of).toList(),
                List.copyOf(network.jurisdictions(commodity.id(), year)));
    }

    private static List<Node> nodes(CorridorNetwork network, List<CorridorLink> links) {
        Set<String> used = new LinkedHashSet<>();
        for (CorridorLink link : links) {
            used.add(link.from());
            used.add(link.to());
        }
        return used.stream().map(id -> Node.of(network.node(id).orElseThrow())).toList();
    }

    /** A disruption applied, with its period as days of the year and the fraction of the year it lasts. */
    public record DisruptionView(String label, int startDay, int endDay, double yearFraction) {}

    /** The benchmark price behind the revenue at risk. */
    public record PriceView(String benchmark, int year, double value, String unit, SourceRef source) {}

    /** A route's volume under the disruptions and in the status quo. */
    public record RouteVolume(
            String name,
            List<String> links,
            String origin,
            String market,
            List<String> jurisdictions,
            double volume,
            double baselineVolume,
            double unitCost,
            Double transitDays) {}

    /** A link's volume, its capacity as built and what the disruptions leave of it over the year. */
    public record LinkVolume(
            @JsonUnwrapped Link link, double volume, double baselineVolume, Double availableCapacity) {}

    /**
     * An allocation: totals, cost, revenue at risk, the volume on each route and link, and the nodes.
     *
     * @param demandIsAssumption true when an export volume placed is an analyst assumption
     * @param lost               volume undelivered beyond the status quo's
     * @param revenueAtRiskMillionUsd lost volume at the benchmark price; null without a price
     */
    public record AllocationDocument(
            @JsonUnwrapped Header header,
            List<DisruptionView> disruptions,
            List<String> expansions,
            double demand,
            boolean demandIsAssumption,
            double delivered,
            double deliveredShare,
            double rerouted,
            double undelivered,
            double baselineUndelivered,
            double lost,
            double costMillionUsd,
            double baselineCostMillionUsd,
            double costIncreaseMillionUsd,
            Double revenueAtRiskMillionUsd,
            PriceView price,
            List<RouteVolume> routes,
            Map<String, Double> undeliveredByOrigin,
            List<LinkVolume> links,
            List<Node> nodes) {}

    /** The allocation document of a result. */
    public static AllocationDocument allocation(CorridorNetwork network, AllocationResult r) {
        String commodity = r.commodity().id();
        List<RouteVolume> routes = r.routeList().stream()
                .map(route -> new RouteVolume(
                        route.name(),
                        route.linkList(),
                        route.origin(),
                        route.market(),
                        route.jurisdictionList(),
                        ResultJson.round6(route.volume()),
                        ResultJson.round6(route.baselineVolume()),
                        ResultJson.round6(route.unitCost()),
                        route.transitDays().isPresent() ? route.transitDays().getAsDouble() : null))
                .toList();
        Map<String, Double> undeliveredByOrigin = new LinkedHashMap<>();
        r.undeliveredByOrigin().forEach((origin, volume) -> {
            if (volume > 0) {
                undeliveredByOrigin.put(origin, ResultJson.round6(volume));
            }
        });
        List<CorridorLink> linkRows = new ArrayList<>();
        List<LinkVolume> links = new ArrayList<>();
        for (LinkFlow flow : r.linkList()) {
            CorridorLink link = linkRow(network, commodity, r.year(), flow.link());
            linkRows.add(link);
            links.add(new LinkVolume(
                    Link.of(link),
                    ResultJson.round6(flow.flow()),
                    ResultJson.round6(flow.baselineFlow()),
                    flow.availableCapacity().isPresent()
                            ? ResultJson.round6(flow.availableCapacity().getAsDouble())
                            : null));
        }
        PriceView price = r.price()
                .map(p -> new PriceView(p.benchmark(), p.year(), p.value(), p.unit(), SourceRef.of(p.source())))
                .orElse(null);
        return new AllocationDocument(
                Header.of(network, r.commodity(), r.year()),
                r.disruptionList().stream()
                        .map(d -> new DisruptionView(
                                d.label(),
                                d.period().startDay(),
                                d.period().endDay(),
                                ResultJson.round6(d.period().fraction())))
                        .toList(),
                r.expansionList().stream().map(Expansion::label).toList(),
                ResultJson.round6(r.demand()),
                network.supplies(commodity, r.year()).stream()
                        .anyMatch(s -> s.source().assumption()),
                ResultJson.round6(r.delivered()),
                ResultJson.round6(r.deliveredShare()),
                ResultJson.round6(r.rerouted()),
                ResultJson.round6(r.undelivered()),
                ResultJson.round6(r.baselineUndelivered()),
                ResultJson.round6(r.lostVolume()),
                ResultJson.round6(r.costMillionUsd()),
                ResultJson.round6(r.baselineCostMillionUsd()),
                ResultJson.round6(r.costIncreaseMillionUsd()),
                ResultJson.round6OrNull(r.revenueAtRiskMillionUsd()),
                price,
                routes,
                undeliveredByOrigin,
                links,
                nodes(network, linkRows));
    }

    private static CorridorLink linkRow(CorridorNetwork network, String commodity, int year, String id) {
        return network.links(commodity, year).stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseGet(() -> network.allLinks().stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst()
                        .orElseThrow());
    }

    /** One jurisdiction's weight on the routes and the loss if it closed for the year. */
    public record JurisdictionRow(
            String country,
            double crossingVolume,
            double crossingShare,
            double lossIfClosed,
            double lossShare,
            double reroutedIfClosed,
            Double revenueAtRiskMillionUsd) {}

    /** Exposure to each country the routes cross. */
    public record ExposureDocument(@JsonUnwrapped Header header, List<JurisdictionRow> jurisdictions) {}

    /** The exposure document. */
    public static ExposureDocument exposure(
            CorridorNetwork network, Commodity commodity, int year, List<JurisdictionExposure> rows) {
        return new ExposureDocument(
                Header.of(network, commodity, year),
                rows.stream()
                        .map(e -> new JurisdictionRow(
                                e.country(),
                                ResultJson.round6(e.crossingVolume()),
                                ResultJson.round6(e.crossingShare()),
                                ResultJson.round6(e.lossIfClosed()),
                                ResultJson.round6(e.lossShare()),
                                ResultJson.round6(e.rerouted()),
                                ResultJson.round6OrNull(e.revenueAtRiskMillionUsd())))
                        .toList());
    }

    /** A failure of one link or a pair: the volume lost, rerouted, the cost change and the min-cut that explains the loss. */
    public record Failure(
            String name,
            List<String> links,
            double lost,
            double rerouted,
            double costIncreaseMillionUsd,
            List<String> minCut) {

        static Failure of(LinkCriticality k) {
            return new Failure(
                    k.name(),
                    k.linkList(),
                    ResultJson.round6(k.lostVolume()),
                    ResultJson.round6(k.rerouted()),
                    ResultJson.round6(k.costIncreaseMillionUsd()),
                    k.minCutList());
        }
    }

    /** Link criticality: single failures and, when asked, pairs. */
    public record CriticalityDocument(
            @JsonUnwrapped Header header, double demand, List<Failure> singleFailures, List<Failure> pairFailures) {}

    /** The criticality document. */
    public static CriticalityDocument criticality(
            CorridorNetwork network, Commodity commodity, int year, CorridorCriticality.Report report) {
        return new CriticalityDocument(
                Header.of(network, commodity, year),
                ResultJson.round6(report.demand()),
                report.singleList().stream().map(Failure::of).toList(),
                report.pairList().stream().map(Failure::of).toList());
    }

    /** A power's shares of the exports in one scenario. */
    public record PowerShareView(String power, double stakeWeightedShare, double controlledShare) {}

    /** The delivered share and every power's shares under one disruption scenario. */
    public record ScenarioView(String scenario, double deliveredShare, List<PowerShareView> shares) {}

    /** What a power holds in a link. */
    public record HoldView(String power, double stake, boolean operates) {}

    /** An owner or operator of a link (or a section of it), with its source. */
    public record PartyView(
            String party, String role, String section, String power, double share, SourceRef source, String note) {}

    /** Who owns and runs a link; {@code byTerritory} when there are no ownership data and the states crossed count. */
    public record OwnershipView(String link, boolean byTerritory, List<HoldView> holds, List<PartyView> parties) {}

    /** Control of the infrastructure the exports use. */
    public record ControlDocument(
            @JsonUnwrapped Header header,
            double demand,
            List<String> powers,
            List<ScenarioView> scenarios,
            List<OwnershipView> links) {}

    /** The control document. */
    public static ControlDocument control(
            CorridorNetwork network, Commodity commodity, int year, CorridorControl.Report report) {
        List<ScenarioView> scenarios = report.scenarioList().stream()
                .map(s -> new ScenarioView(
                        s.scenario(),
                        ResultJson.round6(s.deliveredShare()),
                        report.powers().stream()
                                .map(p -> new PowerShareView(
                                        p,
                                        ResultJson.round6(s.of(p).stakeWeightedShare()),
                                        ResultJson.round6(s.of(p).controlledShare())))
                                .toList()))
                .toList();
        List<OwnershipView> links = report.linkList().stream()
                .map(o -> new OwnershipView(
                        o.link(),
                        o.byTerritory(),
                        o.holdList().stream()
                                .map(h -> new HoldView(h.power(), ResultJson.round6(h.stake()), h.operates()))
                                .toList(),
                        o.controlList().stream()
                                .map(x -> new PartyView(
                                        x.party(),
                                        x.role().name().toLowerCase(Locale.ROOT),
                                        x.section(),
                                        x.power().orElse(null),
                                        ResultJson.round6(x.share()),
                                        SourceRef.of(x.source()),
                                        x.note()))
                                .toList()))
                .toList();
        return new ControlDocument(
                Header.of(network, commodity, year),
                ResultJson.round6(report.demand()),
                report.powers(),
                scenarios,
                links);
    }

    /** An expansion option as offered: which link gains how much capacity, and why. */
    public record OptionView(String id, String link, double amount, String note) {}

    /** What one expansion saves under one disruption scenario. */
    public record EffectView(
            String expansion,
            String scenario,
            double undeliveredWithout,
            double undeliveredWith,
            double saved,
            double costChangeMillionUsd) {}

    /** Capacity what-ifs ({@code corridors --report expansion}): every option under every scenario. */
    public record ExpansionDocument(@JsonUnwrapped Header header, List<OptionView> options, List<EffectView> effects) {}

    /** The expansion document of these options and their effects. */
    public static ExpansionDocument expansion(
            CorridorNetwork network,
            Commodity commodity,
            int year,
            List<ExpansionOption> options,
            List<ExpansionEffect> effects) {
        return new ExpansionDocument(
                Header.of(network, commodity, year),
                options.stream()
                        .map(o -> new OptionView(o.id(), o.link(), o.amount(), o.note()))
                        .toList(),
                effects.stream()
                        .map(e -> new EffectView(
                                e.expansion(),
                                e.scenario(),
                                ResultJson.round6(e.undeliveredWithout()),
                                ResultJson.round6(e.undeliveredWith()),
                                ResultJson.round6(e.saved()),
                                ResultJson.round6(e.costChangeMillionUsd())))
                        .toList());
    }

    /** A dated disruption as the data record it. */
    public record DisruptionRecord(
            String id,
            String start,
            String end,
            String asset,
            double cutShare,
            String event,
            String effect,
            SourceRef source,
            String note) {}

    /** The dated disruptions of the corridor data ({@code corridors --report history}). */
    public record HistoryDocument(String country, List<DisruptionRecord> disruptions) {}

    /** The history document of a network. */
    public static HistoryDocument history(CorridorNetwork network) {
        return new HistoryDocument(
                network.focal(),
                network.history().stream()
                        .map(h -> new DisruptionRecord(
                                h.id(),
                                h.start().toString(),
                                h.end().toString(),
                                h.asset(),
                                h.cutShare(),
                                h.event(),
                                h.effect(),
                                SourceRef.of(h.source()),
                                h.note()))
                        .toList());
    }
}
