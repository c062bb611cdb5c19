package org.multivector.scenario;

/**
 * Allocates the focal country's crude exports over its export routes for one period, given each
 * route's capacity in that period (after disruptions and expansions). Implementations must be
 * thread-safe.
 */
public interface CorridorModel {

    /**
     * @param supply   crude to export, Mt/yr
     * @param capacity each route's capacity this period, Mt/yr, in the order of the scenario's routes
     * @param flow     filled with the volume sent along each route, Mt/yr
     * @return the volume delivered, Mt/yr (at most {@code supply})
     */
    double allocate(double supply, double[] capacity, double[] flow);

    /** Makes a corridor model for routes with the given costs per tonne (in scenario order). */
    @FunctionalInterface
    interface Factory {
        CorridorModel forCosts(double[] costPerTonne);
    }
}
