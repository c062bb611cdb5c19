package org.multivector.corridors;

import org.multivector.corridors.flow.FlowNetwork;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * The min-cost-flow problem behind one allocation: corridor nodes plus a sink {@code T}; each link an
 * arc; each market an arc to {@code T}; each exporting node an "undelivered" arc to {@code T} priced
 * above any route, so the optimum first delivers as much as the capacities allow, then at least cost.
 * Volumes are scaled to integers ({@link #SCALE} per unit) and costs to cents.
 */
final class FlowModel {

    /** Integer flow units per volume unit (Mt to kt, TEU to thousandths). */
    static final long SCALE = 1000;
    /** Integer cost units per cost unit (USD to cents). */
    static final long COST_SCALE = 100;

    final Commodity commodity;
    final List<CorridorLink> links;
    final FlowNetwork network;
    final Map<String, Integer> nodeIndex;
    final List<String> nodeIds;
    final int sink;
    /** The link each arc stands for, or null for market and undelivered arcs. */
    final CorridorLink[] arcLink;
    /** Undelivered arc of each exporting node. */
    final Map<String, Integer> undeliveredArc;

    final Map<String, Long> supplyUnits;
    final long totalSupplyUnits;

    private FlowModel(
            Commodity commodity,
            List<CorridorLink> links,
            FlowNetwork network,
            Map<String, Integer> nodeIndex,
            List<String> nodeIds,
            int sink,
            CorridorLink[] arcLink,
            Map<String, Integer> undeliveredArc,
            Map<String, Long> supplyUnits,
            long totalSupplyUnits) {
        this.commodity = commodity;
        this.links = links;
        this.network = network;
        this.nodeIndex = nodeIndex;
        this.nodeIds = nodeIds;
        this.sink = sink;
        this.arcLink = arcLink;
        this.undeliveredArc = undeliveredArc;
        this.supplyUnits = supplyUnits;
        this.totalSupplyUnits = totalSupplyUnits;
    }

    /**
     * Builds the problem for built links with their capacities multiplied by {@code factor} (one per link).
     */
    static FlowModel build(
            CorridorNetwork corridors,
            Commodity commodity,
            List<CorridorLink> links,
            double[] factor,
            List<ExportSupply> supplies) {
        return build(corridors, commodity, links, factor, new double[links.size()], supplies);
    }

    /**
     * Builds the problem with a scheduled minimum per link ({@code minimum[i]}, 0 for none, scaled by
     * {@code factor} like the capacity). A link with a minimum becomes two parallel arcs: the first holds
     * the minimum and earns a bonus {@code B = 1 + sum of link costs} per unit (its cost is {@code c - B}),
     * the second the rest of the capacity at {@code c}. Since {@code B} exceeds any route's cost, an optimum
     * fills every minimum the network can carry before it looks at cost; the undelivered penalty is raised
     * by the bonuses so that delivering volume still comes first. The minimum is soft: where a disruption
     * leaves no way to carry it, the rest is simply not carried (no infeasibility).
     */
    static FlowModel build(
            CorridorNetwork corridors,
            Commodity commodity,
            List<CorridorLink> links,
            double[] factor,
            double[] minimum,
            List<ExportSupply> supplies) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (CorridorLink link : links) {
            for (String id : List.of(link.from(), link.to())) {
                if (!index.containsKey(id)) {
                    index.put(id, ids.size());
                    ids.add(id);
                }
            }
        }
        for (ExportSupply s : supplies) {
            if (!index.containsKey(s.node())) {
                index.put(s.node(), ids.size());
                ids.add(s.node());
            }
        }
        int sink = ids.size();
        List<String> markets = ids.stream()
                .filter(id ->
                        corridors.node(id).map(n -> n.kind() == NodeKind.MARKET).orElse(false))
                .toList();
        int minimumArcs = 0;
        for (double m : minimum) {
            minimumArcs += m > 0 ? 1 : 0;
        }
        int arcs = links.size() + minimumArcs + markets.size() + supplies.size();
        FlowNetwork.Builder builder = FlowNetwork.builder(sink + 1);
        CorridorLink[] arcLink = new CorridorLink[arcs];
        long bonus = 1;
        for (CorridorLink link : links) {
            bonus += Math.abs(costUnits(link));
        }
        long penalty = bonus + bonus * minimumArcs;
        for (int i = 0; i < links.size(); i++) {
            CorridorLink link = links.get(i);
            long capacity = link.capacity().isPresent()
                    ? Math.round(link.capacity().getAsDouble() * factor[i] * SCALE)
                    : (factor[i] <= 0 ? 0 : FlowNetwork.UNBOUNDED);
            long floor = minimum[i] > 0 ? Math.round(minimum[i] * factor[i] * SCALE) : 0;
            if (capacity != FlowNetwork.UNBOUNDED) {
                floor = Math.min(floor, capacity);
            }
            if (minimum[i] > 0) {
                int scheduled =
                        builder.arc(index.get(link.from()), index.get(link.to()), floor, costUnits(link) - bonus);
                arcLink[scheduled] = link;
                capacity = capacity == FlowNetwork.UNBOUNDED ? capacity : capacity - floor;
            }
            int arc = builder.arc(index.get(link.from()), index.get(link.to()), capacity, costUnits(link));
            arcLink[arc] = link;
        }
        for (String market : markets) {
            builder.arc(index.get(market), sink, FlowNetwork.UNBOUNDED, 0);
        }
        Map<String, Integer> undelivered = new LinkedHashMap<>();
        Map<String, Long> supplyUnits = new LinkedHashMap<>();
        long total = 0;
        double totalVolume = 0;
        for (ExportSupply s : supplies) {
            totalVolume += s.volume();
        }
        if (!(totalVolume <= Commodity.MAX_QUANTITY)) {
            throw new IllegalArgumentException("the " + commodity.id() + " supplies sum to " + totalVolume + " "
                    + commodity.unit() + ", above the largest the corridor model takes (1e9)");
        }
        for (ExportSupply s : supplies) {
            long units = Math.round(s.volume() * SCALE);
            builder.supply(index.get(s.node()), units);
            supplyUnits.merge(s.node(), units, Long::sum);
            total += units;
            undelivered.put(s.node(), builder.arc(index.get(s.node()), sink, FlowNetwork.UNBOUNDED, penalty));
        }
        builder.supply(sink, -total);
        return new FlowModel(
                commodity, links, builder.build(), index, ids, sink, arcLink, undelivered, supplyUnits, total);
    }

    static long costUnits(CorridorLink link) {
        return Math.round(link.unitCost() * COST_SCALE);
    }

    /** Undelivered volume units for a flow. */
    long undeliveredUnits(IntToLongFunction flow) {
        long sum = 0;
        for (int arc : undeliveredArc.values()) {
            sum += flow.applyAsLong(arc);
        }
        return sum;
    }

    /** Transport cost of a flow in million USD (links only, never the undelivered penalty). */
    double costMillionUsd(IntToLongFunction flow) {
        double sum = 0;
        for (int arc = 0; arc < arcLink.length; arc++) {
            if (arcLink[arc] != null) {
                sum += commodity.costMillionUsd(flow.applyAsLong(arc) / (double) SCALE, arcLink[arc].unitCost());
            }
        }
        return sum;
    }

    /** A path from an exporting node to a market, as its links, and the units it carries. */
    record Path(List<CorridorLink> linkList, long units) {}

    /**
     * Splits a flow into paths from exporting nodes to markets (flow decomposition, Ahuja, Magnanti
     * and Orlin 1993, §3.5), deterministically: links in file order; cycles carrying flow are cancelled.
     */
    List<Path> decompose(IntToLongFunction flowOf) {
        int arcs = network.arcCount();
        long[] flow = new long[arcs];
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v <= sink; v++) {
            out.add(new ArrayList<>());
        }
        Set<Integer> undeliveredArcs = new java.util.HashSet<>(undeliveredArc.values());
        for (int arc = 0; arc < arcs; arc++) {
            flow[arc] = flowOf.applyAsLong(arc);
            if (!undeliveredArcs.contains(arc)) {
                out.get(network.tail(arc)).add(arc);
            }
        }
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, Long> entry : supplyUnits.entrySet()) {
            int source = nodeIndex.get(entry.getKey());
            long remaining = entry.getValue() - flow[undeliveredArc.get(entry.getKey())];
            int guard = 0;
            while (remaining > 0) {
                if (++guard > 100_000) {
                    throw new IllegalStateException("flow decomposition does not terminate at " + entry.getKey());
                }
                List<Integer> pathArcs = new ArrayList<>();
                Map<Integer, Integer> position = new HashMap<>();
                int node = source;
                position.put(node, 0);
                boolean stuck = false;
                while (node != sink) {
                    int next = -1;
                    for (int arc : out.get(node)) {
                        if (flow[arc] > 0) {
                            next = arc;
                            break;
                        }
                    }
                    if (next < 0) {
                        stuck = true;
                        break;
                    }
                    pathArcs.add(next);
                    node = network.head(next);
                    Integer seen = position.get(node);
                    if (seen != null) {
                        // a cycle: cancel it and go on from where it started
                        List<Integer> cycle = pathArcs.subList(seen, pathArcs.size());
                        long min = Long.MAX_VALUE;
                        for (int arc : cycle) {
                            min = Math.min(min, flow[arc]);
                        }
                        for (int arc : cycle) {
                            flow[arc] -= min;
                        }
                        for (int arc : new ArrayList<>(cycle)) {
                            position.remove(network.head(arc));
                        }
                        position.put(node, seen);
                        cycle.clear();
                    } else {
                        position.put(node, pathArcs.size());
                    }
                }
                if (stuck) {
                    throw new IllegalStateException("flow leaving " + entry.getKey() + " does not reach a market");
                }
                long amount = remaining;
                for (int arc : pathArcs) {
                    amount = Math.min(amount, flow[arc]);
                }
                for (int arc : pathArcs) {
                    flow[arc] -= amount;
                }
                remaining -= amount;
                List<CorridorLink> linkPath = pathArcs.stream()
                        .map(a -> arcLink[a])
                        .filter(java.util.Objects::nonNull)
                        .toList();
                paths.add(new Path(linkPath, amount));
            }
        }
        return paths;
    }

    /**
     * The links of a minimum cut that explains an undelivered volume: nodes reachable from exporting
     * nodes with undelivered flow through residual links (spare capacity forwards, flow backwards);
     * the links leaving that set are saturated (or closed) and their capacities bound what those
     * exporters can deliver (max-flow min-cut theorem, Ford and Fulkerson 1956).
     */
    List<String> minCut(IntToLongFunction flow, IntToLongFunction capacity) {
        boolean[] reached = new boolean[sink + 1];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<String, Integer> entry : undeliveredArc.entrySet()) {
            if (flow.applyAsLong(entry.getValue()) > 0) {
                int v = nodeIndex.get(entry.getKey());
                if (!reached[v]) {
                    reached[v] = true;
                    queue.add(v);
                }
            }
        }
        if (queue.isEmpty()) {
            return List.of();
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int arc = 0; arc < arcLink.length; arc++) {
                if (arcLink[arc] == null) {
                    continue;
                }
                int t = network.tail(arc);
                int h = network.head(arc);
                if (t == u && !reached[h] && flow.applyAsLong(arc) < capacity.applyAsLong(arc)) {
                    reached[h] = true;
                    queue.add(h);
                } else if (h == u && !reached[t] && flow.applyAsLong(arc) > 0) {
                    reached[t] = true;
                    queue.add(t);
                }
            }
        }
        Set<String> cut = new LinkedHashSet<>();
        for (int arc = 0; arc < arcLink.length; arc++) {
            if (arcLink[arc] != null && reached[network.tail(arc)] && !reached[network.head(arc)]) {
                cut.add(arcLink[arc].id());
            }
        }
        return List.copyOf(cut);
    }
}
