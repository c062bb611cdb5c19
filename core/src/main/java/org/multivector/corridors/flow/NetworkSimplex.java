package org.multivector.corridors.flow;

/**
 * The primal network simplex method for minimum-cost flow, with a strongly feasible spanning-tree
 * basis and block-search pricing.
 *
 * <p>Method: Dantzig's network simplex as presented by Ahuja, Magnanti and Orlin, <i>Network Flows</i>
 * (1993), ch. 11; strongly feasible trees (Cunningham 1976, doi:10.1007/BF01580379) prevent cycling;
 * block-search pricing scans about {@code sqrt(m)} arcs per block and takes the most negative reduced
 * cost of the block (as in Grigoriadis 1986 and the LEMON library). The tree is stored as parent,
 * predecessor arc, a preorder thread and subtree sizes, so that finding the cycle costs its length
 * and re-hanging a subtree costs the subtree's size.
 *
 * <p>The start basis uses one artificial arc per node to an extra root, priced high enough that any
 * flow left on them at the optimum means the supplies cannot be met. Costs may be negative; every
 * capacity is finite or {@link FlowNetwork#UNBOUNDED}. Reduced cost convention:
 * {@code c_ij + pi_i - pi_j}.
 */
public final class NetworkSimplex {

    private static final int UP = 1;
    private static final int DOWN = -1;
    private static final int STATE_UPPER = -1;
    private static final int STATE_TREE = 0;
    private static final int STATE_LOWER = 1;

    private final FlowNetwork network;
    private final int n;
    private final int m;
    private final int root;
    private final int allArcs;

    private final int[] source;
    private final int[] target;
    private final long[] cap;
    private final long[] cost;
    private final long[] flow;
    private final int[] state;

    private final long[] pi;
    private final int[] parent;
    private final int[] pred;
    private final int[] predDir;
    private final int[] thread;
    private final int[] revThread;
    private final int[] succNum;
    private final int[] lastSucc;

    // pivot scratch
    private int inArc;
    private int join;
    private int uIn;
    private int vIn;
    private int uOut;
    private long delta;
    private int nextArc;
    private final int blockSize;
    private int[] order = new int[16];
    private int[] pathNodes = new int[16];
    private long pivots;

    private NetworkSimplex(FlowNetwork network) {
        this.network = network;
        this.n = network.nodeCount();
        this.m = network.arcCount();
        this.root = n;
        this.allArcs = m + n;
        source = new int[allArcs];
        target = new int[allArcs];
        cap = new long[allArcs];
        cost = new long[allArcs];
        flow = new long[allArcs];
        state = new int[allArcs];
        pi = new long[n + 1];
        parent = new int[n + 1];
        pred = new int[n + 1];
        predDir = new int[n + 1];
        thread = new int[n + 1];
        revThread = new int[n + 1];
        succNum = new int[n + 1];
        lastSucc = new int[n + 1];
        blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(allArcs)));
    }

    /** Solves the network to optimality; the result says whether the supplies could be met. */
    public static FlowSolution solve(FlowNetwork network) {
        NetworkSimplex simplex = new NetworkSimplex(network);
        simplex.init();
        simplex.run();
        return simplex.result();
    }

    private void init() {
        System.arraycopy(network.tails(), 0, source, 0, m);
        System.arraycopy(network.heads(), 0, target, 0, m);
        System.arraycopy(network.capacities(), 0, cap, 0, m);
        System.arraycopy(network.costs(), 0, cost, 0, m);
        long maxCost = 0;
        for (int e = 0; e < m; e++) {
            maxCost = Math.max(maxCost, Math.abs(cost[e]));
            state[e] = STATE_LOWER;
            // negative-cost arcs start saturated when bounded would need imbalance handling; start all at zero flow
        }
        long artificialCost = (maxCost + 1) * (long) (n + 1);
        parent[root] = -1;
        pred[root] = -1;
        thread[root] = 0;
        revThread[0] = root;
        succNum[root] = n + 1;
        lastSucc[root] = n - 1;
        pi[root] = 0;
        long[] supply = network.supplies();
        for (int u = 0; u < n; u++) {
            int e = m + u;
            parent[u] = root;
            pred[u] = e;
            thread[u] = u + 1;
            revThread[u + 1] = u;
            succNum[u] = 1;
            lastSucc[u] = u;
            state[e] = STATE_TREE;
            cap[e] = FlowNetwork.UNBOUNDED;
            if (supply[u] >= 0) {
                predDir[u] = UP;
                pi[u] = 0;
                source[e] = u;
                target[e] = root;
                flow[e] = supply[u];
                cost[e] = 0;
            } else {
                predDir[u] = DOWN;
                pi[u] = artificialCost;
                source[e] = root;
                target[e] = u;
                flow[e] = -supply[u];
                cost[e] = artificialCost;
            }
        }
        thread[n - 1] = root;
        revThread[root] = n - 1;
    }

    private void run() {
        while (findEnteringArc()) {
            pivots++;
            findJoinNode();
            boolean change = findLeavingArc();
            changeFlow(change);
            if (change) {
                updateTree();
            }
        }
    }

    private boolean findEnteringArc() {
        long min = 0;
        int count = blockSize;
        int e;
        int found = -1;
        for (e = nextArc; e < allArcs; e++) {
            long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (c < min) {
                min = c;
                found = e;
            }
            if (--count == 0) {
                if (min < 0) {
                    inArc = found;
                    nextArc = e + 1 == allArcs ? 0 : e + 1;
                    return true;
                }
                count = blockSize;
            }
        }
        for (e = 0; e < nextArc; e++) {
            long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (c < min) {
                min = c;
                found = e;
            }
            if (--count == 0) {
                if (min < 0) {
                    inArc = found;
                    nextArc = e + 1;
                    return true;
                }
                count = blockSize;
            }
        }
        if (min >= 0) {
            return false;
        }
        inArc = found;
        return true;
    }

    private void findJoinNode() {
        int u = source[inArc];
        int v = target[inArc];
        while (u != v) {
            if (succNum[u] < succNum[v]) {
                u = parent[u];
            } else {
                v = parent[v];
            }
        }
        join = u;
    }

    private boolean findLeavingArc() {
        int first;
        int second;
        if (state[inArc] == STATE_LOWER) {
            first = source[inArc];
            second = target[inArc];
        } else {
            first = target[inArc];
            second = source[inArc];
        }
        delta = cap[inArc];
        int result = 0;
        for (int u = first; u != join; u = parent[u]) {
            int e = pred[u];
            long d = flow[e];
            if (predDir[u] == DOWN) {
                d = cap[e] >= FlowNetwork.UNBOUNDED ? FlowNetwork.UNBOUNDED : cap[e] - d;
            }
            if (d < delta) {
                delta = d;
                uOut = u;
                result = 1;
            }
        }
        for (int u = second; u != join; u = parent[u]) {
            int e = pred[u];
            long d = flow[e];
            if (predDir[u] == UP) {
                d = cap[e] >= FlowNetwork.UNBOUNDED ? FlowNetwork.UNBOUNDED : cap[e] - d;
            }
            if (d <= delta) {
                delta = d;
                uOut = u;
                result = 2;
            }
        }
        if (result == 1) {
            uIn = first;
            vIn = second;
        } else {
            uIn = second;
            vIn = first;
        }
        if (delta >= FlowNetwork.UNBOUNDED) {
            throw new IllegalStateException("unbounded: a cycle of negative cost and unlimited capacity");
        }
        return result != 0;
    }

    private void changeFlow(boolean change) {
        if (delta > 0) {
            long val = state[inArc] * delta;
            flow[inArc] += val;
            for (int u = source[inArc]; u != join; u = parent[u]) {
                flow[pred[u]] -= predDir[u] * val;
            }
            for (int u = target[inArc]; u != join; u = parent[u]) {
                flow[pred[u]] += predDir[u] * val;
            }
        }
        if (change) {
            state[inArc] = STATE_TREE;
            int out = pred[uOut];
            state[out] = flow[out] == 0 ? STATE_LOWER : STATE_UPPER;
        } else {
            state[inArc] = -state[inArc];
        }
    }

    /**
     * Re-hangs the subtree below the leaving arc (rooted at {@code uOut}) so that it hangs from
     * {@code vIn} through the entering arc, rooted at {@code uIn}; rewrites its thread, sizes, last
     * successors and potentials in time proportional to its size, and fixes the sizes and last
     * successors of the ancestors on both sides.
     */
    private void updateTree() {
        int size = succNum[uOut];
        int oldParent = parent[uOut];
        int lastOfSubtree = lastSucc[uOut];
        // 1. the new preorder of the moved subtree: for each node on the path uIn .. uOut, its old
        //    segment minus the segment of the previous path node
        int pathLength = 0;
        for (int w = uIn; ; w = parent[w]) {
            if (pathLength == pathNodes.length) {
                pathNodes = java.util.Arrays.copyOf(pathNodes, pathLength * 2);
            }
            pathNodes[pathLength++] = w;
            if (w == uOut) {
                break;
            }
        }
        if (order.length < size) {
            order = new int[Math.max(size, order.length * 2)];
        }
        int count = 0;
        for (int i = 0; i < pathLength; i++) {
            int w = pathNodes[i];
            int skip = i == 0 ? -1 : pathNodes[i - 1];
            int end = thread[lastSucc[w]];
            int x = w;
            while (x != end) {
                if (x == skip) {
                    x = thread[lastSucc[skip]];
                    continue;
                }
                order[count++] = x;
                x = thread[x];
            }
        }
        // 2. reverse the parent links along the path and hang uIn from vIn through the entering arc
        int previousPred = pred[uIn];
        int previousDir = predDir[uIn];
        parent[uIn] = vIn;
        pred[uIn] = inArc;
        predDir[uIn] = source[inArc] == uIn ? UP : DOWN;
        for (int i = 1; i < pathLength; i++) {
            int w = pathNodes[i];
            int savedPred = pred[w];
            int savedDir = predDir[w];
            parent[w] = pathNodes[i - 1];
            pred[w] = previousPred;
            predDir[w] = -previousDir;
            previousPred = savedPred;
            previousDir = savedDir;
        }
        // 3. cut the old segment out of the thread
        int before = revThread[uOut];
        int after = thread[lastOfSubtree];
        thread[before] = after;
        revThread[after] = before;
        for (int a = oldParent; a != -1; a = parent[a]) {
            succNum[a] -= size;
            if (lastSucc[a] == lastOfSubtree) {
                lastSucc[a] = before;
            }
        }
        // 4. splice the new order in right after vIn
        int next = thread[vIn];
        int prev = vIn;
        for (int i = 0; i < size; i++) {
            int x = order[i];
            thread[prev] = x;
            revThread[x] = prev;
            prev = x;
        }
        thread[prev] = next;
        revThread[next] = prev;
        int newLast = prev;
        for (int a = vIn; a != -1; a = parent[a]) {
            succNum[a] += size;
            if (lastSucc[a] == vIn) {
                lastSucc[a] = newLast;
            }
        }
        // 5. sizes and last successors inside the subtree, in reverse preorder
        for (int i = 0; i < size; i++) {
            succNum[order[i]] = 1;
        }
        for (int i = size - 1; i > 0; i--) {
            succNum[parent[order[i]]] += succNum[order[i]];
        }
        // position of each node in order: reuse lastSucc as a scratch via a second pass
        for (int i = 0; i < size; i++) {
            lastSucc[order[i]] = order[i + succNum[order[i]] - 1];
        }
        // 6. potentials: shift the subtree so the entering arc has zero reduced cost
        long sigma = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc];
        for (int i = 0; i < size; i++) {
            pi[order[i]] += sigma;
        }
    }

    private FlowSolution result() {
        boolean feasible = true;
        for (int e = m; e < allArcs; e++) {
            if (flow[e] != 0) {
                feasible = false;
                break;
            }
        }
        long[] arcFlow = java.util.Arrays.copyOf(flow, m);
        long[] potential = java.util.Arrays.copyOf(pi, n);
        long total = 0;
        for (int e = 0; e < m; e++) {
            total += arcFlow[e] * cost[e];
        }
        return new FlowSolution(network, feasible, arcFlow, potential, total, pivots);
    }
}
