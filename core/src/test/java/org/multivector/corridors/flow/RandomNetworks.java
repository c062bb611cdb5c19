package org.multivector.corridors.flow;

import java.util.Random;

/** Seeded random min-cost-flow instances for property tests. */
final class RandomNetworks {

    private RandomNetworks() {}

    /**
     * A random network of {@code n} nodes and about {@code m} arcs, some parallel, costs in 0..99
     * (negative ones when {@code negativeCosts}), a few supply and demand nodes. When {@code backbone},
     * an expensive two-way path through every node keeps it feasible.
     */
    static FlowNetwork network(long seed, int n, int m, boolean backbone, boolean negativeCosts) {
        Random random = new Random(seed);
        FlowNetwork.Builder builder = FlowNetwork.builder(n);
        if (backbone) {
            for (int v = 0; v + 1 < n; v++) {
                builder.arc(v, v + 1, 100_000, 500);
                builder.arc(v + 1, v, 100_000, 500);
            }
        }
        for (int i = 0; i < m; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b) {
                continue;
            }
            long cost = negativeCosts ? random.nextInt(60) - 10 : random.nextInt(100);
            builder.arc(a, b, 1 + random.nextInt(50), cost);
        }
        int pairs = Math.max(1, n / 8);
        for (int i = 0; i < pairs; i++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n);
            long amount = 1 + random.nextInt(80);
            builder.supply(s, amount);
            builder.supply(t, -amount);
        }
        return builder.build();
    }
}
