package org.multivector.scenario;

import java.util.Arrays;

/**
 * Min-cost allocation over parallel export routes (each route an independent path from the fields to
 * an outlet): routes are filled in order of cost per tonne until the supply is placed. For parallel
 * routes this greedy order is the exact minimum-cost flow; delivered volume is min(supply, Σ capacity).
 */
public final class CheapestRoutesFirst implements CorridorModel {

    private final int[] order;

    /** @param costPerTonne each route's cost, in scenario order */
    public CheapestRoutesFirst(double[] costPerTonne) {
        Integer[] boxed = new Integer[costPerTonne.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> {
            int byCost = Double.compare(costPerTonne[a], costPerTonne[b]);
            return byCost != 0 ? byCost : Integer.compare(a, b);
        });
        order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public double allocate(double supply, double[] capacity, double[] flow) {
        double left = Math.max(0, supply);
        Arrays.fill(flow, 0);
        for (int r : order) {
            double sent = Math.min(left, Math.max(0, capacity[r]));
            flow[r] = sent;
            left -= sent;
        }
        return Math.max(0, supply) - left;
    }
}
