package org.multivector.scenario;

import org.multivector.corridors.flow.FlowNetwork;
import org.multivector.corridors.flow.FlowSolution;
import org.multivector.corridors.flow.NetworkSimplex;

/**
 * Allocates crude over the scenario's export routes by minimum-cost flow, solved exactly by the
 * corridor module's {@link NetworkSimplex} (docs/corridors.md). The network has two nodes, the fields
 * (supplying the period's exports) and the world market, one arc per route with its capacity and
 * cost per tonne, and an "undelivered" arc whose cost exceeds the dearest route's, so that the
 * solution first maximises the volume delivered and then minimises transport cost — the corridor
 * module's own formulation (its eq. 1–4) for parallel routes.
 *
 * <p>Flows are integers: volumes are scaled to {@value #UNITS_PER_MT} units per Mt and costs to
 * {@value #UNITS_PER_USD} units per US dollar, so volumes are exact to a millionth of a tonne.
 */
public final class MinCostRoutes implements CorridorModel {

    static final double UNITS_PER_MT = 1e6 * 1e3;
    static final double UNITS_PER_USD = 100;

    private final long[] cost;
    private final long penalty;

    /** @param costPerTonne each route's cost, in scenario order */
    public MinCostRoutes(double[] costPerTonne) {
        cost = new long[costPerTonne.length];
        long dearest = 0;
        for (int r = 0; r < cost.length; r++) {
            cost[r] = Math.round(Math.max(0, costPerTonne[r]) * UNITS_PER_USD);
            dearest = Math.max(dearest, cost[r]);
        }
        penalty = 2 * dearest + 100;
    }

    @Override
    public double allocate(double supply, double[] capacity, double[] flow) {
        long volume = Math.round(Math.max(0, supply) * UNITS_PER_MT);
        FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, volume).supply(1, -volume);
        for (int r = 0; r < cost.length; r++) {
            builder.arc(0, 1, Math.round(Math.max(0, capacity[r]) * UNITS_PER_MT), cost[r]);
        }
        builder.arc(0, 1, FlowNetwork.UNBOUNDED, penalty);
        FlowSolution solution = NetworkSimplex.solve(builder.build());
        long delivered = 0;
        for (int r = 0; r < cost.length; r++) {
            long sent = solution.flow(r);
            flow[r] = sent / UNITS_PER_MT;
            delivered += sent;
        }
        return delivered / UNITS_PER_MT;
    }
}
