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
 * and re-hanging a subtree costs the length of its stem plus one pass over it to shift potentials
 * (the tree update of Király and Kovács, "Efficient implementations of minimum-cost flow
 * algorithms", Acta Universitatis Sapientiae, Informatica 4(1):67–118, 2012).
 *
 * <p>The start basis uses one artificial arc per node to an extra root, priced high enough that any
 * flow left on them at the optimum means the supplies cannot be met. Only the network's own arcs are
 * priced: an artificial arc that leaves the basis stays at zero flow for good, which keeps the
 * search short and loses nothing, since a feasible flow never needs one. Costs may be negative; every
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
    /** Where input arc {@code k} is stored: the internal order interleaves the input. */
    private final int[] position;

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
    private int[] pathNodes = new int[16];
    private int[] pathSizes = new int[16];
    private int[] segments = new int[64];
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
        position = new int[m];
        pi = new long[n + 1];
        parent = new int[n + 1];
        pred = new int[n + 1];
        predDir = new int[n + 1];
        thread = new int[n + 1];
        revThread = new int[n + 1];
        succNum = new int[n + 1];
        lastSucc = new int[n + 1];
        blockSize = Math.max(10, (int) Math.ceil(Math.sqrt(m)));
    }

    /** Solves the network to optimality; the result says whether the supplies could be met. */
    public static FlowSolution solve(FlowNetwork network) {
        NetworkSimplex simplex = new NetworkSimplex(network);
        simplex.init();
        simplex.run();
        return simplex.result();
    }

    private void init() {
        // Arcs are stored interleaved (arc k of the input at a stride of about m/n), so that each
        // pricing block sees arcs from all over the input rather than one region or arc type: fewer
        // pivots on inputs listed by kind or by region (the arc ordering LEMON uses too).
        int[] tails = network.tails();
        int[] heads = network.heads();
        long[] capacities = network.capacities();
        long[] costs = network.costs();
        int stride = Math.max(3, m / Math.max(1, n));
        for (int k = 0, slot = 0, lane = 0; k < m; k++) {
            position[k] = slot;
            source[slot] = tails[k];
            target[slot] = heads[k];
            cap[slot] = capacities[k];
            cost[slot] = costs[k];
            slot += stride;
            if (slot >= m) {
                slot = ++lane;
            }
        }
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
        for (e = nextArc; e < m; e++) {
            long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
            if (c < min) {
                min = c;
                found = e;
            }
            if (--count == 0) {
                if (min < 0) {
                    inArc = found;
                    nextArc = e + 1 == m ? 0 : e + 1;
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
     * {@code vIn} through the entering arc, rooted at {@code uIn}.
     *
     * <p>Only the stem (the path {@code uIn .. uOut}) changes parent, so the thread is rewritten at
     * segment boundaries: the new preorder of the moved subtree is the old subtree of {@code uIn},
     * then for each further stem node {@code w} (child of the previous one in the new tree) the two
     * pieces of its old subtree that lie before and after the previous stem node's subtree. Sizes and
     * last successors change only on the stem and on the ancestors up to the join node (and, for last
     * successors, a chain above it that stops at the first node not affected). Structure work is thus
     * proportional to the stem's length, as in Király and Kovács, "Efficient implementations of
     * minimum-cost flow algorithms", Acta Univ. Sapientiae, Informatica 4(1), 2012; only the potential
     * shift walks the whole moved subtree.
     */
    private void updateTree() {
        int size = succNum[uOut];
        int oldParent = parent[uOut];
        int oldLast = lastSucc[uOut];
        // 1. the stem and the thread segments of the new preorder, read before anything changes
        int pathLength = 0;
        for (int w = uIn; ; w = parent[w]) {
            if (pathLength == pathNodes.length) {
                pathNodes = java.util.Arrays.copyOf(pathNodes, pathLength * 2);
                pathSizes = java.util.Arrays.copyOf(pathSizes, pathLength * 2);
            }
            pathNodes[pathLength] = w;
            pathSizes[pathLength++] = succNum[w];
            if (w == uOut) {
                break;
            }
        }
        if (segments.length < 4 * pathLength) {
            segments = new int[Math.max(4 * pathLength, segments.length * 2)];
        }
        int segmentCount = 0;
        segments[segmentCount++] = uIn;
        segments[segmentCount++] = lastSucc[uIn];
        for (int i = 1; i < pathLength; i++) {
            int w = pathNodes[i];
            int child = pathNodes[i - 1];
            segments[segmentCount++] = w;
            segments[segmentCount++] = revThread[child];
            int childLast = lastSucc[child];
            if (lastSucc[w] != childLast) {
                segments[segmentCount++] = thread[childLast];
                segments[segmentCount++] = lastSucc[w];
            }
        }
        // 2. cut the old segment of uOut out of the thread; the rest of the tree stays consistent
        int before = revThread[uOut];
        int after = thread[oldLast];
        thread[before] = after;
        revThread[after] = before;
        for (int a = oldParent; a != join; a = parent[a]) {
            succNum[a] -= size;
        }
        for (int a = oldParent; a != -1 && lastSucc[a] == oldLast; a = parent[a]) {
            lastSucc[a] = before;
        }
        // 3. splice the segments in, in their new order, right after vIn
        int next = thread[vIn];
        int prev = vIn;
        for (int i = 0; i < segmentCount; i += 2) {
            int first = segments[i];
            thread[prev] = first;
            revThread[first] = prev;
            prev = segments[i + 1];
        }
        thread[prev] = next;
        revThread[next] = prev;
        int newLast = prev;
        for (int a = vIn; a != join; a = parent[a]) {
            succNum[a] += size;
        }
        for (int a = vIn; a != -1 && lastSucc[a] == vIn; a = parent[a]) {
            lastSucc[a] = newLast;
        }
        // 4. reverse the stem: parents, tree arcs, sizes and last successors
        int previousPred = pred[uIn];
        int previousDir = predDir[uIn];
        parent[uIn] = vIn;
        pred[uIn] = inArc;
        predDir[uIn] = source[inArc] == uIn ? UP : DOWN;
        succNum[uIn] = size;
        lastSucc[uIn] = newLast;
        for (int i = 1; i < pathLength; i++) {
            int w = pathNodes[i];
            int savedPred = pred[w];
            int savedDir = predDir[w];
            parent[w] = pathNodes[i - 1];
            pred[w] = previousPred;
            predDir[w] = -previousDir;
            previousPred = savedPred;
            previousDir = savedDir;
            succNum[w] = size - pathSizes[i - 1];
            lastSucc[w] = newLast;
        }
        // 5. potentials: shift the moved subtree so the entering arc has zero reduced cost
        long sigma = pi[vIn] - pi[uIn] - predDir[uIn] * cost[inArc];
        for (int i = 0, x = uIn; i < size; i++, x = thread[x]) {
            pi[x] += sigma;
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
        long[] arcFlow = new long[m];
        for (int k = 0; k < m; k++) {
            arcFlow[k] = flow[position[k]];
        }
        long[] potential = java.util.Arrays.copyOf(pi, n);
        long total = 0;
        for (int e = 0; e < m; e++) {
            total += flow[e] * cost[e];
        }
        return new FlowSolution(network, feasible, arcFlow, potential, total, pivots);
    }
}
