package org.multivector.corridors;

/**
 * Allocates a commodity's exports to routes under capacities, disruptions and expansions. The
 * scenario engine and the dashboard call this; {@link MinCostFlowAllocator} is the implementation.
 */
public interface CorridorAllocator {

    /**
     * Allocates the exports of {@code request.commodity()} in {@code request.year()}.
     *
     * @throws IllegalArgumentException when the request names a commodity, year, link, node or
     *                                  country the network does not have (the message says which)
     */
    AllocationResult allocate(CorridorNetwork network, AllocationRequest request);

    /**
     * {@link #allocate(CorridorNetwork, AllocationRequest)} that stops when {@code cancellation}
     * asks: checked before it starts, and by implementations that solve several periods before each.
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    default AllocationResult allocate(
            CorridorNetwork network, AllocationRequest request, org.multivector.work.Cancellation cancellation) {
        cancellation.check();
        return allocate(network, request);
    }
}
