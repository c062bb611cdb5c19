package org.multivector.corridors.flow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReoptimizerTest {

    @Test
    void reroutes_over_the_dear_route_when_the_cheap_one_fails() {
        FlowNetwork.Builder b = FlowNetwork.builder(4);
        int sa = b.arc(0, 1, 6, 1);
        b.arc(1, 3, 6, 1);
        int sb = b.arc(0, 2, 10, 3);
        b.arc(2, 3, 10, 1);
        b.supply(0, 10).supply(3, -10);
        Reoptimizer re = NetworkSimplex.solve(b.build()).reoptimizer();
        assertThat(re.lower(sa, 0)).isTrue();
        assertThat(re.cost()).isEqualTo(40);
        assertThat(re.flow(sb)).isEqualTo(10);
        re.undo();
        assertThat(re.cost()).isEqualTo(28);
        assertThat(re.flow(sa)).isEqualTo(6);
        assertThat(re.lower(sb, 2)).isFalse();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matches_a_fresh_solve_after_lowering_one_or_two_capacities(long seed) {
        int n = 8 + (int) (seed * 11 % 120);
        FlowNetwork network = RandomNetworks.network(seed, n, n * 3, seed % 4 != 0, seed % 5 == 0);
        FlowSolution base = NetworkSimplex.solve(network);
        if (!base.feasible()) {
            return;
        }
        Reoptimizer re = base.reoptimizer();
        Random random = new Random(seed * 31);
        for (int trial = 0; trial < 10; trial++) {
            long[] caps = new long[network.arcCount()];
            for (int e = 0; e < caps.length; e++) {
                caps[e] = network.capacity(e);
            }
            int lowered = 1 + random.nextInt(2);
            boolean feasible = true;
            for (int k = 0; k < lowered; k++) {
                int arc = random.nextInt(network.arcCount());
                long newCap = random.nextBoolean() ? 0 : random.nextLong(caps[arc] + 1);
                newCap = Math.min(newCap, re.capacity(arc));
                caps[arc] = newCap;
                feasible = re.lower(arc, newCap);
            }
            FlowSolution fresh = NetworkSimplex.solve(network.withCapacities(caps));
            assertThat(feasible).isEqualTo(fresh.feasible());
            if (feasible) {
                assertThat(re.cost()).isEqualTo(fresh.cost());
            }
            re.undo();
            assertThat(re.cost()).isEqualTo(base.cost());
        }
    }
}
