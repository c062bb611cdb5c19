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
    /** Routes in order of cost, ties by scenario order: the order in which the exact fast path fills them. */
    private final int[] cheapestFirst;

    /** @param costPerTonne each route's cost, in scenario order */
    public MinCostRoutes(double[] costPerTonne) {
        cost = new long[costPerTonne.length];
        long dearest = 0;
        for (int r = 0; r < cost.length; r++) {
            cost[r] = Math.round(Math.max(0, costPerTonne[r]) * UNITS_PER_USD);
            dearest = Math.max(dearest, cost[r]);
        }
        penalty = 2 * dearest + 100;
        cheapestFirst = java.util.stream.IntStream.range(0, cost.length)
                .boxed()
                .sorted(java.util.Comparator.comparingLong((Integer r) -> cost[r])
                        .thenComparingInt(r -> r))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The exact fast path: on parallel routes from one source to one sink a min-cost flow fills the
     * routes cheapest first (any unit moved from a cheaper to a dearer route raises the cost, and the
     * penalty arc is dearer than every route), so no network needs building. Same integer units as the
     * simplex, so the volume delivered and the total cost are identical; where two routes cost the same,
     * the lower scenario index is filled first (the simplex may split such a tie differently, at equal
     * cost). Allocates nothing.
     */
    @Override
    public double allocate(double supply, double[] capacity, double[] flow) {
        long left = Math.round(Math.max(0, supply) * UNITS_PER_MT);
        long delivered = 0;
        for (int r : cheapestFirst) {
            long room = Math.round(Math.max(0, capacity[r]) * UNITS_PER_MT);
            long sent = Math.min(room, left);
            flow[r] = sent / UNITS_PER_MT;
            left -= sent;
            delivered += sent;
        }
        return delivered / UNITS_PER_MT;
    }

    /** The same allocation by the corridor module's general network simplex (the reference for the fast path). */
    public double allocateBySimplex(double supply, double[] capacity, double[] flow) {
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
