package org.multivector.corridors;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties every allocation must have, over seeded random corridor networks. */
class CorridorInvariantsTest {

    private static final double EPS = 1e-6;
    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void conserves_flow_and_respects_capacities(long seed) {
        CorridorNetwork network = Fixtures.random(seed);
        Random random = new Random(seed);
        AllocationRequest request = AllocationRequest.baseline("crude", 2024)
                .with(new Disruption.CloseJurisdiction(
                        Fixtures.COUNTRIES.get(random.nextInt(5)), Period.days(random.nextInt(300), 60)));
        AllocationResult r = allocator.allocate(network, request);
        assertThat(r.delivered() + r.undelivered()).isCloseTo(r.demand(), within(EPS));
        assertThat(r.delivered()).isBetween(-EPS, r.demand() + EPS);
        Map<String, Double> fromRoutes = new HashMap<>();
        double delivered = 0;
        for (RouteFlow route : r.routeList()) {
            route.linkList().forEach(l -> fromRoutes.merge(l, route.volume(), Double::sum));
            delivered += route.volume();
        }
        assertThat(delivered).as("route volumes add up to the delivered volume").isCloseTo(r.delivered(), within(EPS));
        for (LinkFlow flow : r.linkList()) {
            assertThat(flow.flow()).isGreaterThanOrEqualTo(-EPS);
            if (flow.availableCapacity().isPresent()) {
                assertThat(flow.flow())
                        .isLessThanOrEqualTo(flow.availableCapacity().getAsDouble() + EPS);
            }
            assertThat(fromRoutes.getOrDefault(flow.link(), 0.0))
                    .as("routes through %s", flow.link())
                    .isCloseTo(flow.flow(), within(EPS));
        }
        // conservation at every node that is neither an origin nor a market
        Map<String, Double> balance = new HashMap<>();
        for (CorridorLink link : network.links("crude", 2024)) {
            double x = r.flowOn(link.id());
            balance.merge(link.from(), -x, Double::sum);
            balance.merge(link.to(), x, Double::sum);
        }
        for (CorridorNode node : network.nodes()) {
            if (node.kind() == NodeKind.HUB) {
                assertThat(balance.getOrDefault(node.id(), 0.0))
                        .as("balance at %s", node.id())
                        .isCloseTo(0, within(EPS));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void delivers_the_maximum_flow_that_jgrapht_finds(long seed) {
        CorridorNetwork network = Fixtures.random(seed);
        AllocationResult r = allocator.allocate(network, AllocationRequest.baseline("crude", 2024));
        var graph = new DirectedWeightedMultigraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graph.addVertex("SOURCE");
        graph.addVertex("SINK");
        network.nodes().forEach(n -> graph.addVertex(n.id()));
        for (CorridorLink link : network.links("crude", 2024)) {
            graph.setEdgeWeight(
                    graph.addEdge(link.from(), link.to()), link.capacity().orElse(1e6));
        }
        for (ExportSupply s : network.supplies("crude", 2024)) {
            graph.setEdgeWeight(graph.addEdge("SOURCE", s.node()), s.volume());
        }
        for (CorridorNode n : network.nodes()) {
            if (n.kind() == NodeKind.MARKET) {
                graph.setEdgeWeight(graph.addEdge(n.id(), "SINK"), 1e6);
            }
        }
        double maxFlow = new PushRelabelMFImpl<>(graph).getMaximumFlowValue("SOURCE", "SINK");
        assertThat(r.delivered()).isCloseTo(maxFlow, within(1e-3));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void closing_more_never_raises_the_delivered_volume(long seed) {
        CorridorNetwork network = Fixtures.random(seed);
        Random random = new Random(seed);
        String first = Fixtures.COUNTRIES.get(random.nextInt(5));
        String second = Fixtures.COUNTRIES.get(random.nextInt(5));
        Period period = Period.days(random.nextInt(200), 1 + random.nextInt(165));
        AllocationRequest base = AllocationRequest.baseline("crude", 2024);
        AllocationRequest one = base.with(new Disruption.CloseJurisdiction(first, period));
        AllocationRequest two = one.with(new Disruption.CloseJurisdiction(second, Period.fullYear()));
        AllocationRequest longer =
                base.with(new Disruption.CloseJurisdiction(first, new Period(period.startDay(), Period.DAYS)));
        double d0 = allocator.allocate(network, base).delivered();
        double d1 = allocator.allocate(network, one).delivered();
        double d2 = allocator.allocate(network, two).delivered();
        double dLonger = allocator.allocate(network, longer).delivered();
        assertThat(d1).isLessThanOrEqualTo(d0 + EPS);
        assertThat(d2).isLessThanOrEqualTo(d1 + EPS);
        assertThat(dLonger).isLessThanOrEqualTo(d1 + EPS);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void adding_capacity_never_lowers_the_delivered_volume(long seed) {
        CorridorNetwork network = Fixtures.random(seed);
        Random random = new Random(seed);
        List<CorridorLink> links = network.links("crude", 2024);
        CorridorLink link = links.get(random.nextInt(links.size()));
        AllocationRequest base = AllocationRequest.baseline("crude", 2024)
                .with(new Disruption.CloseJurisdiction(Fixtures.COUNTRIES.get(random.nextInt(5)), Period.fullYear()));
        AllocationResult before = allocator.allocate(network, base);
        AllocationResult after =
                allocator.allocate(network, base.with(new Expansion.AddCapacity(link.id(), 1 + random.nextInt(20))));
        assertThat(after.delivered()).isGreaterThanOrEqualTo(before.delivered() - EPS);
        // and cost is never worse for the same delivered volume
        if (Math.abs(after.delivered() - before.delivered()) < EPS) {
            assertThat(after.costMillionUsd()).isLessThanOrEqualTo(before.costMillionUsd() + 1e-3);
        }
    }
}
