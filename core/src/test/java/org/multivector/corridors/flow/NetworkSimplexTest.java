package org.multivector.corridors.flow;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkSimplexTest {

    @Test
    void splits_flow_between_a_cheap_narrow_route_and_a_dear_wide_one() {
        // s=0, a=1, b=2, t=3: 6 units via a at 2 each, 4 via b at 4 each = 12 + 16
        FlowNetwork.Builder b = FlowNetwork.builder(4);
        int sa = b.arc(0, 1, 6, 1);
        int at = b.arc(1, 3, 6, 1);
        int sb = b.arc(0, 2, 10, 3);
        int bt = b.arc(2, 3, 10, 1);
        b.supply(0, 10).supply(3, -10);
        FlowSolution solution = NetworkSimplex.solve(b.build());
        assertThat(solution.feasible()).isTrue();
        assertThat(solution.cost()).isEqualTo(28);
        assertThat(solution.flow(sa)).isEqualTo(6);
        assertThat(solution.flow(at)).isEqualTo(6);
        assertThat(solution.flow(sb)).isEqualTo(4);
        assertThat(solution.flow(bt)).isEqualTo(4);
    }

    @Test
    void reports_infeasible_when_capacity_cannot_carry_the_supply() {
        FlowNetwork.Builder b = FlowNetwork.builder(3);
        b.arc(0, 1, 5, 1);
        b.arc(1, 2, 3, 1);
        b.supply(0, 5).supply(2, -5);
        assertThat(NetworkSimplex.solve(b.build()).feasible()).isFalse();
    }

    @Test
    void uses_a_negative_cost_cycle_to_its_capacity() {
        // cycle 0->1->2->0 of cost -3 and capacity 4, no supplies: optimum saturates it
        FlowNetwork.Builder b = FlowNetwork.builder(3);
        b.arc(0, 1, 4, -1);
        b.arc(1, 2, 9, -1);
        b.arc(2, 0, 7, -1);
        FlowSolution solution = NetworkSimplex.solve(b.build());
        assertThat(solution.cost()).isEqualTo(-12);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agrees_with_jgrapht_capacity_scaling(long seed) {
        int n = 10 + (int) (seed * 7 % 150);
        FlowNetwork network = RandomNetworks.network(seed, n, n * 4, true, false);
        FlowSolution ours = NetworkSimplex.solve(network);
        assertThat(ours.feasible()).isTrue();
        assertThat(ours.cost()).isEqualTo(jgraphtCost(network));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void conserves_flow_respects_capacities_and_prices_every_arc_optimally(long seed) {
        int n = 5 + (int) (seed * 13 % 200);
        FlowNetwork network = RandomNetworks.network(seed, n, n * 3, seed % 3 != 0, seed % 2 == 0);
        FlowSolution solution = NetworkSimplex.solve(network);
        if (!solution.feasible()) {
            return; // feasibility itself is cross-checked against JGraphT on backbone networks
        }
        long[] balance = new long[n];
        for (int e = 0; e < network.arcCount(); e++) {
            long x = solution.flow(e);
            assertThat(x).isBetween(0L, network.capacity(e));
            balance[network.tail(e)] += x;
            balance[network.head(e)] -= x;
            long reduced = network.cost(e) + solution.potential(network.tail(e)) - solution.potential(network.head(e));
            if (reduced < 0) {
                assertThat(x).isEqualTo(network.capacity(e));
            } else if (reduced > 0) {
                assertThat(x).isZero();
            }
        }
        for (int v = 0; v < n; v++) {
            assertThat(balance[v]).as("balance of node %d", v).isEqualTo(network.supply(v));
        }
    }

    static LongStream largeSeeds() {
        return LongStream.rangeClosed(101, 106);
    }

    /** Networks large enough for deep trees, long stems and many pricing blocks. */
    @ParameterizedTest
    @MethodSource("largeSeeds")
    void agrees_with_jgrapht_on_networks_of_thousands_of_nodes(long seed) {
        int n = 1500 + (int) (seed % 4) * 500;
        FlowNetwork network = RandomNetworks.network(seed, n, n * 4, true, false);
        FlowSolution ours = NetworkSimplex.solve(network);
        assertThat(ours.feasible()).isTrue();
        assertThat(ours.cost()).isEqualTo(jgraphtCost(network));
    }

    static long jgraphtCost(FlowNetwork network) {
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < network.nodeCount(); v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        for (int e = 0; e < network.arcCount(); e++) {
            DefaultWeightedEdge edge = graph.addEdge(network.tail(e), network.head(e));
            graph.setEdgeWeight(edge, network.cost(e));
            capacity.put(edge, (int) network.capacity(e));
        }
        var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> (int) network.supply(v), capacity::get);
        double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(problem)
                .getCost();
        return Math.round(cost);
    }
}
