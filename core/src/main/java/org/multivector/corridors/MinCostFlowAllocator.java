package org.multivector.corridors;

import org.multivector.corridors.flow.FlowSolution;
import org.multivector.corridors.flow.NetworkSimplex;
import org.multivector.work.Cancellation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Allocation by minimum-cost flow (docs/corridors.md, eq. 1-4): each exporting node sends its annual
 * volume to any market; each link carries at most its capacity; undelivered volume carries a penalty
 * above the dearest route, so the solution first maximises delivered volume, then minimises transport
 * cost. Disruptions split the year into periods with constant capacities; each distinct period is
 * solved with annual capacities scaled by the disruption factors and weighted by its share of the
 * year (demand is spread evenly, nothing is stored). Solved exactly by {@link NetworkSimplex}.
 */
public final class MinCostFlowAllocator implements CorridorAllocator {

    private final RouteSchedule schedule;

    /** The pure least-cost allocation: no link is scheduled. */
    public MinCostFlowAllocator() {
        this(RouteSchedule.none());
    }

    /**
     * The allocation with scheduled links (docs/corridors.md, "Calibration"): in each year a scheduled
     * link's capacity is capped at its scheduled volume and that volume is a soft minimum (filled before
     * any cost is weighed, wherever the network can carry it); unscheduled links take the rest at least cost.
     */
    public MinCostFlowAllocator(RouteSchedule schedule) {
        this.schedule = java.util.Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public AllocationResult allocate(CorridorNetwork network, AllocationRequest request) {
        return allocate(network, request, Cancellation.NEVER);
    }

    /** The allocation, checking {@code cancellation} before each period's solve (a disruption splits the year). */
    @Override
    public AllocationResult allocate(CorridorNetwork network, AllocationRequest request, Cancellation cancellation) {
        Commodity commodity = commodity(network, request.commodity());
        List<ExportSupply> supplies = supplies(network, commodity, request.year());
        Map<String, RouteSchedule.Entry> scheduled = schedule.entries(commodity.id(), request.year());
        List<CorridorLink> links =
                scheduled(builtLinks(network, commodity.id(), request.year(), request.expansionList()), scheduled);
        check(network, links, request.disruptionList());
        boolean statusQuo =
                request.disruptionList().isEmpty() && request.expansionList().isEmpty();
        List<CorridorLink> baseLinks = statusQuo
                ? links
                : scheduled(builtLinks(network, commodity.id(), request.year(), List.of()), scheduled);
        Outcome outcome = solveYear(
                network,
                commodity,
                links,
                minimum(links, scheduled),
                supplies,
                request.disruptionList(),
                statusQuo ? null : baseLinks,
                minimum(baseLinks, scheduled),
                cancellation);
        Outcome baseline = statusQuo
                ? outcome
                : solveYear(
                        network,
                        commodity,
                        baseLinks,
                        minimum(baseLinks, scheduled),
                        supplies,
                        List.of(),
                        null,
                        null,
                        cancellation);
        double demand = supplies.stream().mapToDouble(ExportSupply::volume).sum();
        double undelivered = outcome.undeliveredByOrigin.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double baselineUndelivered = baseline.undeliveredByOrigin.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        Set<String> routeKeys = new LinkedHashSet<>(outcome.routeVolume.keySet());
        routeKeys.addAll(baseline.routeVolume.keySet());
        Map<String, CorridorLink> linkById = new HashMap<>();
        baseLinks.forEach(l -> linkById.put(l.id(), l));
        links.forEach(l -> linkById.put(l.id(), l));
        List<RouteFlow> routes = new ArrayList<>();
        double rerouted = 0;
        for (String key : routeKeys) {
            double volume = outcome.routeVolume.getOrDefault(key, 0.0);
            double base = baseline.routeVolume.getOrDefault(key, 0.0);
            RouteFlow route = route(network, key, linkById, volume, base);
            rerouted += route.gained();
            routes.add(route);
        }
        routes.sort((a, b) ->
                Double.compare(b.volume() + b.baselineVolume() * 1e-9, a.volume() + a.baselineVolume() * 1e-9));
        List<LinkFlow> linkFlows = new ArrayList<>();
        for (CorridorLink link : links) {
            linkFlows.add(new LinkFlow(
                    link.id(),
                    outcome.linkFlow.getOrDefault(link.id(), 0.0),
                    baseline.linkFlow.getOrDefault(link.id(), 0.0),
                    link.capacity(),
                    link.capacity().isPresent()
                            ? OptionalDouble.of(outcome.availableCapacity.get(link.id()))
                            : OptionalDouble.empty()));
        }
        Optional<Price> price = network.price(commodity.id(), request.year());
        double lost = Math.max(0, undelivered - baselineUndelivered);
        double revenueAtRisk =
                price.map(p -> commodity.valueMillionUsd(lost, p.value())).orElse(Double.NaN);
        return new AllocationResult(
                commodity,
                request.year(),
                request.disruptionList(),
                request.expansionList(),
                demand,
                demand - undelivered,
                undelivered,
                baselineUndelivered,
                rerouted,
                outcome.cost,
                baseline.cost,
                statusQuo ? outcome.cost : outcome.sameVolumeBaselineCost,
                price,
                revenueAtRisk,
                routes,
                linkFlows,
                outcome.undeliveredByOrigin);
    }

    /** The links with each scheduled one capped at its scheduled volume. */
    private static List<CorridorLink> scheduled(List<CorridorLink> links, Map<String, RouteSchedule.Entry> scheduled) {
        if (scheduled.isEmpty()) {
            return links;
        }
        List<CorridorLink> capped = new ArrayList<>();
        for (CorridorLink link : links) {
            RouteSchedule.Entry entry = scheduled.get(link.id());
            if (entry == null) {
                capped.add(link);
            } else {
                double cap = link.capacity().isPresent()
                        ? Math.min(link.capacity().getAsDouble(), entry.volume())
                        : entry.volume();
                capped.add(link.withCapacity(OptionalDouble.of(cap), false));
            }
        }
        return capped;
    }

    /** The scheduled minimum of each link (0 where none). */
    private static double[] minimum(List<CorridorLink> links, Map<String, RouteSchedule.Entry> scheduled) {
        double[] minimum = new double[links.size()];
        for (int i = 0; i < links.size(); i++) {
            RouteSchedule.Entry entry = scheduled.get(links.get(i).id());
            minimum[i] = entry == null ? 0 : entry.volume();
        }
        return minimum;
    }

    // ------------------------------------------------------------------ shared with the other analyses

    static Commodity commodity(CorridorNetwork network, String id) {
        return network.commodity(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "commodity '" + id + "' is not in the corridor data" + "\nMaybe one of: "
                                + String.join(
                                        ", ",
                                        network.commodities().stream()
                                                .map(Commodity::id)
                                                .toList())));
    }

    static List<ExportSupply> supplies(CorridorNetwork network, Commodity commodity, int year) {
        List<ExportSupply> supplies = network.supplies(commodity.id(), year);
        if (supplies.isEmpty()) {
            throw new IllegalArgumentException("no " + commodity.id() + " export volumes for " + year
                    + "\nMaybe one of the years with data: " + network.supplyYears(commodity.id()));
        }
        return supplies;
    }

    /** The links built in the year after the expansions (proposed links only when an expansion names them). */
    static List<CorridorLink> builtLinks(
            CorridorNetwork network, String commodity, int year, List<Expansion> expansions) {
        Map<String, CorridorLink> links = new LinkedHashMap<>();
        network.links(commodity, year).forEach(l -> links.put(l.id(), l));
        for (Expansion expansion : expansions) {
            switch (expansion) {
                case Expansion.AddCapacity add -> {
                    CorridorLink link = links.get(add.link());
                    if (link == null) {
                        throw new IllegalArgumentException("link '" + add.link() + "' carries no " + commodity + " in "
                                + year + "\nMaybe one of: " + String.join(", ", links.keySet()));
                    }
                    OptionalDouble capacity = link.proposed()
                            ? OptionalDouble.of(add.amount())
                            : link.capacity().isPresent()
                                    ? OptionalDouble.of(link.capacity().getAsDouble() + add.amount())
                                    : link.capacity();
                    links.put(link.id(), link.withCapacity(capacity, true));
                }
                case Expansion.NewLink added -> {
                    CorridorLink link = added.link();
                    if (links.containsKey(link.id())) {
                        throw new IllegalArgumentException("link '" + link.id() + "' exists already; use AddCapacity");
                    }
                    for (String node : List.of(link.from(), link.to())) {
                        if (network.node(node).isEmpty()) {
                            throw new IllegalArgumentException(
                                    "new link '" + link.id() + "' names node '" + node + "', which the network lacks");
                        }
                    }
                    if (!link.commodity().equals(commodity)) {
                        throw new IllegalArgumentException(
                                "new link '" + link.id() + "' carries " + link.commodity() + ", not " + commodity);
                    }
                    links.put(link.id(), link.withCapacity(link.capacity(), true));
                }
            }
        }
        return links.values().stream().filter(l -> !l.proposed()).toList();
    }

    static void check(CorridorNetwork network, List<CorridorLink> links, List<Disruption> disruptions) {
        Set<String> linkIds = new TreeSet<>();
        links.forEach(l -> linkIds.add(l.id()));
        for (Disruption d : disruptions) {
            switch (d) {
                case Disruption.CloseLink c -> requireLink(linkIds, c.link());
                case Disruption.CutCapacity c -> requireLink(linkIds, c.link());
                case Disruption.CloseNode c -> {
                    if (network.node(c.node()).isEmpty()) {
                        throw new IllegalArgumentException("node '" + c.node() + "' is not in the corridor data");
                    }
                }
                case Disruption.CloseJurisdiction c -> {
                    if (!c.country().matches("[A-Z]{3}")) {
                        throw new IllegalArgumentException("'" + c.country() + "' is not an ISO3 country code");
                    }
                }
            }
        }
    }

    private static void requireLink(Set<String> linkIds, String link) {
        if (!linkIds.contains(link)) {
            throw new IllegalArgumentException("link '" + link + "' is not a built link of this commodity and year"
                    + "\nMaybe one of: " + String.join(", ", linkIds));
        }
    }

    /** Capacity factor of each link while the given disruptions are active. */
    static double[] factors(List<CorridorLink> links, List<Disruption> active) {
        double[] factor = new double[links.size()];
        for (int i = 0; i < links.size(); i++) {
            double f = 1;
            for (Disruption d : active) {
                f *= d.capacityFactor(links.get(i));
            }
            factor[i] = f;
        }
        return factor;
    }

    /** Year totals of one allocation. */
    private record Outcome(
            Map<String, Double> routeVolume,
            Map<String, Double> linkFlow,
            Map<String, Double> availableCapacity,
            Map<String, Double> undeliveredByOrigin,
            double cost,
            double sameVolumeBaselineCost) {}

    /**
     * The status quo's least cost for exactly the volumes a flow still delivers from each origin: the
     * flow's own origins and amounts, routed on {@code baseLinks} at full capacity. Since a disrupted
     * network is the status-quo network with less capacity, a disrupted flow never costs less than this
     * for the same delivered volumes, so "cost change" means the dearer routes, not the lost volume.
     */
    static double sameVolumeCost(
            CorridorNetwork network,
            Commodity commodity,
            List<CorridorLink> baseLinks,
            double[] baseMinimum,
            FlowModel model,
            java.util.function.IntToLongFunction flow,
            List<ExportSupply> supplies) {
        List<ExportSupply> delivered = new ArrayList<>();
        for (ExportSupply s : supplies) {
            long units = model.supplyUnits.get(s.node()) - flow.applyAsLong(model.undeliveredArc.get(s.node()));
            delivered.add(new ExportSupply(
                    s.year(), s.node(), s.commodity(), units / (double) FlowModel.SCALE, s.source(), s.note()));
        }
        double[] ones = new double[baseLinks.size()];
        java.util.Arrays.fill(ones, 1);
        FlowModel base = FlowModel.build(network, commodity, baseLinks, ones, baseMinimum, delivered);
        FlowSolution solution = NetworkSimplex.solve(base.network);
        return base.costMillionUsd(solution::flow);
    }

    private static Outcome solveYear(
            CorridorNetwork network,
            Commodity commodity,
            List<CorridorLink> links,
            double[] minimum,
            List<ExportSupply> supplies,
            List<Disruption> disruptions,
            List<CorridorLink> baseLinks,
            double[] baseMinimum,
            Cancellation cancellation) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, Period.DAYS));
        for (Disruption d : disruptions) {
            cuts.add(d.period().startDay());
            cuts.add(d.period().endDay());
        }
        // periods with the same active disruptions share one solve
        Map<List<Integer>, Double> weightByActive = new LinkedHashMap<>();
        Integer previous = null;
        for (int day : cuts) {
            if (previous != null) {
                int start = previous;
                List<Integer> active = new ArrayList<>();
                for (int i = 0; i < disruptions.size(); i++) {
                    if (disruptions.get(i).period().covers(start)) {
                        active.add(i);
                    }
                }
                weightByActive.merge(active, (day - start) / (double) Period.DAYS, Double::sum);
            }
            previous = day;
        }
        Map<String, Double> routeVolume = new LinkedHashMap<>();
        Map<String, Double> linkFlow = new HashMap<>();
        Map<String, Double> available = new HashMap<>();
        Map<String, Double> undelivered = new TreeMap<>();
        double cost = 0;
        double sameVolume = 0;
        for (Map.Entry<List<Integer>, Double> entry : weightByActive.entrySet()) {
            cancellation.check();
            double weight = entry.getValue();
            double[] factor =
                    factors(links, entry.getKey().stream().map(disruptions::get).toList());
            FlowModel model = FlowModel.build(network, commodity, links, factor, minimum, supplies);
            FlowSolution solution = NetworkSimplex.solve(model.network);
            if (!solution.feasible()) {
                throw new IllegalStateException(
                        "the allocation should always be feasible thanks to the undelivered arcs");
            }
            for (FlowModel.Path path : model.decompose(solution::flow)) {
                String key = String.join(
                        ">", path.linkList().stream().map(CorridorLink::id).toList());
                routeVolume.merge(key, weight * path.units() / FlowModel.SCALE, Double::sum);
            }
            for (int arc = 0; arc < model.arcLink.length; arc++) {
                CorridorLink link = model.arcLink[arc];
                if (link != null) {
                    linkFlow.merge(link.id(), weight * solution.flow(arc) / FlowModel.SCALE, Double::sum);
                }
            }
            for (int i = 0; i < links.size(); i++) {
                CorridorLink link = links.get(i);
                if (link.capacity().isPresent()) {
                    available.merge(link.id(), weight * link.capacity().getAsDouble() * factor[i], Double::sum);
                }
            }
            for (Map.Entry<String, Integer> u : model.undeliveredArc.entrySet()) {
                undelivered.merge(u.getKey(), weight * solution.flow(u.getValue()) / FlowModel.SCALE, Double::sum);
            }
            cost += weight * model.costMillionUsd(solution::flow);
            if (baseLinks != null) {
                sameVolume += weight
                        * sameVolumeCost(network, commodity, baseLinks, baseMinimum, model, solution::flow, supplies);
            }
        }
        return new Outcome(routeVolume, linkFlow, available, undelivered, cost, sameVolume);
    }

    private static RouteFlow route(
            CorridorNetwork network, String key, Map<String, CorridorLink> linkById, double volume, double base) {
        List<String> ids = List.of(key.split(">"));
        List<String> countries = new ArrayList<>();
        double unitCost = 0;
        double days = 0;
        boolean daysKnown = true;
        for (String id : ids) {
            CorridorLink link = linkById.get(id);
            for (String c : link.jurisdictionList()) {
                if (!countries.contains(c)) {
                    countries.add(c);
                }
            }
            unitCost += link.unitCost();
            if (link.transitDays().isPresent()) {
                days += link.transitDays().getAsDouble();
            } else {
                daysKnown = false;
            }
        }
        String origin = linkById.get(ids.getFirst()).from();
        String market = linkById.get(ids.getLast()).to();
        return new RouteFlow(
                ids,
                origin,
                market,
                countries,
                volume,
                base,
                unitCost,
                daysKnown ? OptionalDouble.of(days) : OptionalDouble.empty());
    }
}
