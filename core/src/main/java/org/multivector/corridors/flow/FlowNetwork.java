package org.multivector.corridors.flow;

import java.util.Arrays;

/**
 * A single-commodity flow network in compact array form: nodes {@code 0..n-1}, arcs with a tail, a
 * head, a capacity and a cost per unit, and a supply per node (positive: the node sends; negative:
 * it receives). Integers throughout, so that optimality is exact; callers scale their units.
 *
 * <p>Built once with {@link Builder}, then immutable: solvers copy what they change.
 */
public final class FlowNetwork {

    /** A capacity meaning "no limit"; large, but far from overflow when summed. */
    public static final long UNBOUNDED = Long.MAX_VALUE / 8;

    private final int nodeCount;
    private final int[] tail;
    private final int[] head;
    private final long[] capacity;
    private final long[] cost;
    private final long[] supply;

    private FlowNetwork(int nodeCount, int[] tail, int[] head, long[] capacity, long[] cost, long[] supply) {
        this.nodeCount = nodeCount;
        this.tail = tail;
        this.head = head;
        this.capacity = capacity;
        this.cost = cost;
        this.supply = supply;
    }

    /** A builder for a network of {@code nodeCount} nodes. */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int arcCount() {
        return tail.length;
    }

    public int tail(int arc) {
        return tail[arc];
    }

    public int head(int arc) {
        return head[arc];
    }

    public long capacity(int arc) {
        return capacity[arc];
    }

    public long cost(int arc) {
        return cost[arc];
    }

    public long supply(int node) {
        return supply[node];
    }

    /** The same network with arc capacities replaced by {@code newCapacity} (same length as the arcs). */
    public FlowNetwork withCapacities(long[] newCapacity) {
        if (newCapacity.length != tail.length) {
            throw new IllegalArgumentException("expected " + tail.length + " capacities, got " + newCapacity.length);
        }
        for (long c : newCapacity) {
            if (c < 0) {
                throw new IllegalArgumentException("capacity must not be negative: " + c);
            }
        }
        return new FlowNetwork(nodeCount, tail, head, newCapacity.clone(), cost, supply);
    }

    long[] capacities() {
        return capacity;
    }

    long[] costs() {
        return cost;
    }

    int[] tails() {
        return tail;
    }

    int[] heads() {
        return head;
    }

    long[] supplies() {
        return supply;
    }

    /** Collects arcs and supplies; {@link #build()} checks that supplies balance. */
    public static final class Builder {
        private final int nodeCount;
        private int arcCount;
        private int[] tail = new int[16];
        private int[] head = new int[16];
        private long[] capacity = new long[16];
        private long[] cost = new long[16];
        private final long[] supply;

        private Builder(int nodeCount) {
            if (nodeCount < 1) {
                throw new IllegalArgumentException("a network needs at least one node, got " + nodeCount);
            }
            this.nodeCount = nodeCount;
            this.supply = new long[nodeCount];
        }

        /** Adds an arc and returns its index (arcs are numbered in the order added). */
        public int arc(int from, int to, long arcCapacity, long unitCost) {
            checkNode(from);
            checkNode(to);
            if (arcCapacity < 0) {
                throw new IllegalArgumentException("arc capacity must not be negative: " + arcCapacity);
            }
            if (arcCount == tail.length) {
                int grown = arcCount * 2;
                tail = Arrays.copyOf(tail, grown);
                head = Arrays.copyOf(head, grown);
                capacity = Arrays.copyOf(capacity, grown);
                cost = Arrays.copyOf(cost, grown);
            }
            tail[arcCount] = from;
            head[arcCount] = to;
            capacity[arcCount] = Math.min(arcCapacity, UNBOUNDED);
            cost[arcCount] = unitCost;
            return arcCount++;
        }

        /** Adds {@code amount} to the node's supply (negative for a demand). */
        public Builder supply(int node, long amount) {
            checkNode(node);
            supply[node] += amount;
            return this;
        }

        /** The network; supplies must sum to zero. */
        public FlowNetwork build() {
            long total = 0;
            for (long s : supply) {
                total += s;
            }
            if (total != 0) {
                throw new IllegalArgumentException("supplies must sum to zero, they sum to " + total
                        + "\nMaybe add a sink that absorbs the surplus.");
            }
            return new FlowNetwork(
                    nodeCount,
                    Arrays.copyOf(tail, arcCount),
                    Arrays.copyOf(head, arcCount),
                    Arrays.copyOf(capacity, arcCount),
                    Arrays.copyOf(cost, arcCount),
                    supply.clone());
        }

        private void checkNode(int node) {
            if (node < 0 || node >= nodeCount) {
                throw new IllegalArgumentException("node " + node + " is outside 0.." + (nodeCount - 1));
            }
        }
    }
}
