package org.multivector.corridors.flow;

/**
 * An optimal (or, when {@link #feasible()} is false, best-effort) flow for a {@link FlowNetwork}
 * together with node potentials that certify optimality: every arc with spare capacity has a
 * reduced cost {@code c_ij + pi_i - pi_j >= 0} and every arc carrying flow has one {@code <= 0}.
 * The potentials make warm re-optimisation possible ({@link #reoptimizer()}).
 */
public final class FlowSolution {

    private final FlowNetwork network;
    private final boolean feasible;
    private final long[] flow;
    private final long[] potential;
    private final long cost;
    private final long pivots;

    FlowSolution(FlowNetwork network, boolean feasible, long[] flow, long[] potential, long cost, long pivots) {
        this.network = network;
        this.feasible = feasible;
        this.flow = flow;
        this.potential = potential;
        this.cost = cost;
        this.pivots = pivots;
    }

    /** The network solved. */
    public FlowNetwork network() {
        return network;
    }

    /** Whether every supply reached a demand within the capacities. */
    public boolean feasible() {
        return feasible;
    }

    /** The flow on {@code arc}. */
    public long flow(int arc) {
        return flow[arc];
    }

    /** A copy of every arc's flow. */
    public long[] flows() {
        return flow.clone();
    }

    /** The potential (dual price) of {@code node}. */
    public long potential(int node) {
        return potential[node];
    }

    /** Total cost {@code sum c_ij x_ij}. */
    public long cost() {
        return cost;
    }

    /** Simplex pivots taken (for benchmarks and curiosity). */
    public long pivots() {
        return pivots;
    }

    /**
     * A re-optimiser starting from this solution: lower some capacities, get the new optimum by
     * successive shortest paths on reduced costs, then undo. Only for feasible solutions.
     */
    public Reoptimizer reoptimizer() {
        if (!feasible) {
            throw new IllegalStateException("cannot re-optimise from an infeasible solution");
        }
        return new Reoptimizer(network, flow, potential, cost);
    }

    long[] flowArray() {
        return flow;
    }

    long[] potentialArray() {
        return potential;
    }
}
