package org.multivector.corridors.flow;

import java.util.Arrays;

/**
 * Warm re-optimisation of a min-cost flow after capacities are lowered (a link fails or is cut).
 *
 * <p>Method: start from an optimal flow {@code x} and potentials {@code pi} with non-negative
 * reduced costs on every residual arc. Lowering arc {@code e}'s capacity below its flow removes the
 * excess {@code f = x_e - u'_e} from it, leaving a surplus {@code f} at its tail and a deficit
 * {@code f} at its head. Successive shortest paths (Ahuja, Magnanti and Orlin 1993, §9.7) then send
 * that surplus back to the deficit along cheapest residual paths found by Dijkstra's algorithm on
 * reduced costs, updating the potentials after each search so that reduced costs stay
 * non-negative. Optimality follows from the reduced-cost optimality conditions (AMO Thm 9.3). The
 * work is proportional to the part of the network the detours explore, not to its size, which is what
 * makes single-failure criticality over many links fast.
 *
 * <p>Use: {@link #lower(int, long)} one or more arcs, read {@link #feasible()}, {@link #cost()} and
 * {@link #flow(int)}, then {@link #undo()} to return to the start solution. Not thread-safe; make one
 * per thread.
 */
public final class Reoptimizer {

    private final FlowNetwork network;
    private final int n;
    private final long[] flow;
    private final long[] pi;
    private final long[] cap;
    private final long baseCost;
    private long cost;
    private boolean feasible = true;

    // adjacency: arcs leaving and entering each node (CSR)
    private final int[] outStart;
    private final int[] outArc;
    private final int[] inStart;
    private final int[] inArc;
    // the other end and the cost of each adjacency slot, stored in slot order: a search scans them
    // sequentially instead of fetching them from arc-ordered arrays at random
    private final int[] outOther;
    private final long[] outCost;
    private final int[] inOther;
    private final long[] inCost;

    // undo log
    private int[] logArc = new int[64];
    private long[] logFlow = new long[64];
    private int arcLogSize;
    private int[] logNode = new int[64];
    private long[] logPi = new long[64];
    private int nodeLogSize;
    private int[] logCapArc = new int[8];
    private long[] logCap = new long[8];
    private int capLogSize;

    // the two searches of each augmentation and the one whose settled set the blocking flow uses
    private final Search forward;
    private final Search backward;
    private Search winner;
    private int stamp;
    private final int[] cursor;
    private final boolean[] onPath;
    private final boolean[] dead;
    private int[] pathNode = new int[64];
    private int[] pathArc = new int[64];

    Reoptimizer(FlowNetwork network, long[] flow, long[] potential, long cost) {
        this.network = network;
        this.n = network.nodeCount();
        this.flow = flow.clone();
        this.pi = potential.clone();
        this.cap = network.capacities().clone();
        this.baseCost = cost;
        this.cost = cost;
        int m = network.arcCount();
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            outStart[network.tail(e) + 1]++;
            inStart[network.head(e) + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        outArc = new int[m];
        inArc = new int[m];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) {
            outArc[outFill[network.tail(e)]++] = e;
            inArc[inFill[network.head(e)]++] = e;
        }
        outOther = new int[m];
        outCost = new long[m];
        inOther = new int[m];
        inCost = new long[m];
        for (int i = 0; i < m; i++) {
            outOther[i] = network.head(outArc[i]);
            outCost[i] = network.cost(outArc[i]);
            inOther[i] = network.tail(inArc[i]);
            inCost[i] = network.cost(inArc[i]);
        }
        forward = new Search(n);
        backward = new Search(n);
        cursor = new int[n];
        onPath = new boolean[n];
        dead = new boolean[n];
    }

    /**
     * Lowers arc {@code arc}'s capacity to {@code newCapacity} (0 closes it) and re-optimises.
     *
     * @return whether the supplies can still all be met
     */
    public boolean lower(int arc, long newCapacity) {
        if (newCapacity < 0 || newCapacity > cap[arc]) {
            throw new IllegalArgumentException("new capacity " + newCapacity + " of arc " + arc + " must lie in 0.."
                    + cap[arc] + "\nMaybe undo() before raising a capacity again.");
        }
        logCap(arc);
        cap[arc] = newCapacity;
        long excess = flow[arc] - newCapacity;
        if (excess <= 0) {
            return feasible;
        }
        setFlow(arc, newCapacity);
        cost -= excess * network.cost(arc);
        int s = network.tail(arc);
        int t = network.head(arc);
        while (excess > 0) {
            long sent = augment(s, t, excess);
            if (sent == 0) {
                feasible = false;
                return false;
            }
            excess -= sent;
        }
        return feasible;
    }

    /** Whether the supplies can all be met after the changes so far. */
    public boolean feasible() {
        return feasible;
    }

    /** The cost of the current flow (meaningful only while {@link #feasible()}). */
    public long cost() {
        return cost;
    }

    /** The cost of the start solution. */
    public long baseCost() {
        return baseCost;
    }

    /** The current flow on {@code arc}. */
    public long flow(int arc) {
        return flow[arc];
    }

    /** The current capacity of {@code arc}. */
    public long capacity(int arc) {
        return cap[arc];
    }

    /** Returns to the start solution, undoing every change since it or since the last undo. */
    public void undo() {
        for (int i = arcLogSize - 1; i >= 0; i--) {
            flow[logArc[i]] = logFlow[i];
        }
        for (int i = nodeLogSize - 1; i >= 0; i--) {
            pi[logNode[i]] = logPi[i];
        }
        for (int i = capLogSize - 1; i >= 0; i--) {
            cap[logCapArc[i]] = logCap[i];
        }
        arcLogSize = 0;
        nodeLogSize = 0;
        capLogSize = 0;
        cost = baseCost;
        feasible = true;
    }

    /**
     * Sends up to {@code limit} from s to t along cheapest residual paths; returns the amount sent.
     *
     * <p>Two Dijkstra searches on reduced costs race, one pop each in turn: forward from s and backward
     * (over reversed residual arcs) from t; the first to settle the other end wins, and only its
     * settled set is used. Why: how much a search explores before it reaches its target depends on the
     * start potentials, which one direction can suit far better than the other. The network simplex's
     * potentials grow along its tree away from the root, so a forward search sweeps the zero-reduced-cost
     * subtree below s (measured: 3 to 5 times the nodes a backward search settles on the bench/mcf
     * instance), while the settled sets of successive augmentations pile up as zero-distance plateaus
     * in the direction searched. The race costs at most twice the cheaper search.
     *
     * <p>Potentials after the winning search (Ahuja, Magnanti and Orlin 1993, §9.7, with the search
     * stopped at its target): forward, pi_v += d(s, v) − D for each settled v; backward,
     * pi_v += D − d(v, t), with D = d(s, t). Either keeps every residual reduced cost non-negative and
     * makes the shortest paths' arcs zero-reduced-cost.
     */
    private long augment(int s, int t, long limit) {
        if (++stamp == Integer.MAX_VALUE) {
            forward.clear();
            backward.clear();
            stamp = 1;
        }
        forward.start(s, stamp);
        backward.start(t, stamp);
        winner = null;
        while (winner == null) {
            int f = forward.step(true, t);
            if (f == Search.REACHED) {
                winner = forward;
                break;
            }
            int b = backward.step(false, s);
            if (b == Search.REACHED) {
                winner = backward;
                break;
            }
            if (f == Search.EXHAUSTED || b == Search.EXHAUSTED) {
                return 0; // one side's whole residual reach misses the other end: no path at all
            }
        }
        Search w = winner;
        if (w == forward) {
            long dt = forward.dist[t];
            for (int i = 0; i < w.settledCount; i++) {
                int v = w.settled[i];
                long shift = w.dist[v] - dt;
                if (shift != 0) {
                    recordPotential(v);
                    pi[v] += shift;
                }
            }
        } else {
            long ds = backward.dist[s];
            for (int i = 0; i < w.settledCount; i++) {
                int v = w.settled[i];
                long shift = ds - w.dist[v];
                if (shift != 0) {
                    recordPotential(v);
                    pi[v] += shift;
                }
            }
        }
        return blockingFlow(s, t, limit, w.settledCount);
    }

    /** One Dijkstra search on reduced costs: forward over residual arcs, or backward over reversed ones. */
    private final class Search {
        static final int GOING = 0;
        static final int REACHED = 1;
        static final int EXHAUSTED = 2;

        final long[] dist;
        final int[] seen;
        final int[] done;
        int[] settled = new int[64];
        int settledCount;
        long[] heapKey = new long[64];
        int[] heapNode = new int[64];
        int heapSize;
        int mark;

        Search(int n) {
            dist = new long[n];
            seen = new int[n];
            done = new int[n];
        }

        void clear() {
            Arrays.fill(seen, 0);
            Arrays.fill(done, 0);
        }

        void start(int origin, int stampNow) {
            mark = stampNow;
            heapSize = 0;
            settledCount = 0;
            seen[origin] = mark;
            dist[origin] = 0;
            push(0, origin);
        }

        boolean settled(int v) {
            return done[v] == mark;
        }

        /** Settles the next node; REACHED when it is {@code goal}, EXHAUSTED when nothing is left to settle. */
        int step(boolean outward, int goal) {
            while (heapSize > 0) {
                long d = heapKey[0];
                int u = pop();
                if (done[u] == mark || d > dist[u]) {
                    continue;
                }
                done[u] = mark;
                if (settledCount == settled.length) {
                    settled = Arrays.copyOf(settled, settledCount * 2);
                }
                settled[settledCount++] = u;
                if (u == goal) {
                    return REACHED;
                }
                if (outward) {
                    expandForward(u, d);
                } else {
                    expandBackward(u, d);
                }
                return GOING;
            }
            return EXHAUSTED;
        }

        /** Residual arcs leaving u: forward arcs below capacity, reverse arcs of those carrying flow into u. */
        private void expandForward(int u, long d) {
            long piU = pi[u];
            for (int i = outStart[u], end = outStart[u + 1]; i < end; i++) {
                int e = outArc[i];
                if (flow[e] < cap[e]) {
                    int v = outOther[i];
                    relax(v, d + outCost[i] + piU - pi[v]);
                }
            }
            for (int i = inStart[u], end = inStart[u + 1]; i < end; i++) {
                int e = inArc[i];
                if (flow[e] > 0) {
                    int v = inOther[i];
                    relax(v, d - (inCost[i] + pi[v] - piU));
                }
            }
        }

        /** Residual arcs entering u, searched from their tails: arcs into u below capacity, reverses of u's outgoing flow. */
        private void expandBackward(int u, long d) {
            long piU = pi[u];
            for (int i = inStart[u], end = inStart[u + 1]; i < end; i++) {
                int e = inArc[i];
                if (flow[e] < cap[e]) {
                    int v = inOther[i];
                    relax(v, d + inCost[i] + pi[v] - piU);
                }
            }
            for (int i = outStart[u], end = outStart[u + 1]; i < end; i++) {
                int e = outArc[i];
                if (flow[e] > 0) {
                    int v = outOther[i];
                    relax(v, d - (outCost[i] + piU - pi[v]));
                }
            }
        }

        private void relax(int v, long nd) {
            if (done[v] != mark && (seen[v] != mark || nd < dist[v])) {
                seen[v] = mark;
                dist[v] = nd;
                push(nd, v);
            }
        }

        private void push(long key, int node) {
            if (heapSize == heapKey.length) {
                heapKey = Arrays.copyOf(heapKey, heapSize * 2);
                heapNode = Arrays.copyOf(heapNode, heapSize * 2);
            }
            int i = heapSize++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (heapKey[p] <= key) {
                    break;
                }
                heapKey[i] = heapKey[p];
                heapNode[i] = heapNode[p];
                i = p;
            }
            heapKey[i] = key;
            heapNode[i] = node;
        }

        private int pop() {
            int top = heapNode[0];
            heapSize--;
            if (heapSize > 0) {
                long key = heapKey[heapSize];
                int node = heapNode[heapSize];
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= heapSize) {
                        break;
                    }
                    if (c + 1 < heapSize && heapKey[c + 1] < heapKey[c]) {
                        c++;
                    }
                    if (heapKey[c] >= key) {
                        break;
                    }
                    heapKey[i] = heapKey[c];
                    heapNode[i] = heapNode[c];
                    i = c;
                }
                heapKey[i] = key;
                heapNode[i] = node;
            }
            return top;
        }
    }

    /**
     * After a search, pushes as much as possible (up to {@code limit}) from s to t along admissible
     * arcs, those with zero reduced cost between settled nodes: all are shortest paths, so optimality
     * is kept (the primal-dual step, AMO §9.8). Iterative depth-first search with a current-arc
     * pointer per node and dead-end marking, so each arc is scanned a bounded number of times.
     */
    private long blockingFlow(int s, int t, long limit, int settledCount) {
        for (int i = 0; i < settledCount; i++) {
            int v = winner.settled[i];
            cursor[v] = 0;
            onPath[v] = false;
            dead[v] = false;
        }
        long sent = 0;
        int depth = 0;
        pathNode[0] = s;
        onPath[s] = true;
        while (sent < limit) {
            int u = pathNode[depth];
            if (u == t) {
                long amount = limit - sent;
                for (int i = 0; i < depth; i++) {
                    amount = Math.min(amount, residual(pathArc[i]));
                }
                int retreat = depth;
                for (int i = 0; i < depth; i++) {
                    int code = pathArc[i];
                    int e = code >>> 1;
                    if ((code & 1) == 0) {
                        setFlow(e, flow[e] + amount);
                        cost += amount * network.cost(e);
                    } else {
                        setFlow(e, flow[e] - amount);
                        cost -= amount * network.cost(e);
                    }
                    if (retreat == depth && residual(code) == 0) {
                        retreat = i;
                    }
                }
                sent += amount;
                for (int i = retreat + 1; i <= depth; i++) {
                    onPath[pathNode[i]] = false;
                }
                depth = retreat;
                continue;
            }
            int next = advance(u);
            if (next < 0) {
                dead[u] = true;
                onPath[u] = false;
                if (depth == 0) {
                    break;
                }
                depth--;
                continue;
            }
            int v = (next & 1) == 0 ? network.head(next >>> 1) : network.tail(next >>> 1);
            pathArc[depth] = next;
            depth++;
            if (depth == pathNode.length) {
                pathNode = Arrays.copyOf(pathNode, depth * 2);
                pathArc = Arrays.copyOf(pathArc, depth * 2);
            }
            pathNode[depth] = v;
            onPath[v] = true;
        }
        return sent;
    }

    /** Residual capacity of a signed arc code (arc << 1, low bit 1 for the reverse direction). */
    private long residual(int code) {
        int e = code >>> 1;
        return (code & 1) == 0 ? cap[e] - flow[e] : flow[e];
    }

    /** The next admissible signed arc out of u from its cursor, or -1; advances the cursor past it. */
    private int advance(int u) {
        int outCount = outStart[u + 1] - outStart[u];
        int inCount = inStart[u + 1] - inStart[u];
        while (cursor[u] < outCount + inCount) {
            int c = cursor[u];
            int code;
            int v;
            long reduced;
            if (c < outCount) {
                int slot = outStart[u] + c;
                int e = outArc[slot];
                if (flow[e] >= cap[e]) {
                    cursor[u]++;
                    continue;
                }
                v = outOther[slot];
                reduced = outCost[slot] + pi[u] - pi[v];
                code = e << 1;
            } else {
                int slot = inStart[u] + c - outCount;
                int e = inArc[slot];
                if (flow[e] <= 0) {
                    cursor[u]++;
                    continue;
                }
                v = inOther[slot];
                reduced = -(inCost[slot] + pi[v] - pi[u]);
                code = (e << 1) | 1;
            }
            if (reduced == 0 && winner.settled(v) && !dead[v] && !onPath[v]) {
                return code;
            }
            cursor[u]++;
        }
        return -1;
    }

    private void setFlow(int arc, long value) {
        if (arcLogSize == logArc.length) {
            logArc = Arrays.copyOf(logArc, arcLogSize * 2);
            logFlow = Arrays.copyOf(logFlow, arcLogSize * 2);
        }
        logArc[arcLogSize] = arc;
        logFlow[arcLogSize++] = flow[arc];
        flow[arc] = value;
    }

    private void recordPotential(int node) {
        if (nodeLogSize == logNode.length) {
            logNode = Arrays.copyOf(logNode, nodeLogSize * 2);
            logPi = Arrays.copyOf(logPi, nodeLogSize * 2);
        }
        logNode[nodeLogSize] = node;
        logPi[nodeLogSize++] = pi[node];
    }

    private void logCap(int arc) {
        if (capLogSize == logCapArc.length) {
            logCapArc = Arrays.copyOf(logCapArc, capLogSize * 2);
            logCap = Arrays.copyOf(logCap, capLogSize * 2);
        }
        logCapArc[capLogSize] = arc;
        logCap[capLogSize++] = cap[arc];
    }
}
