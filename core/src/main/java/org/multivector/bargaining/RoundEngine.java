package org.multivector.bargaining;

import java.util.Arrays;
import java.util.List;

/**
 * The arithmetic of one run of the expected-utility model on flat arrays, reused round after round so
 * that the inner loops neither allocate nor box. Not thread-safe: one engine per thread.
 *
 * <p>Equations (Scholz, Calbert &amp; Smith 2011, restated in docs/bargaining.md):
 * vote of k for i over j: v_k(i,j) = c_k s_k ((|x_k − x_j|/Δ)^{r_k} − (|x_k − x_i|/Δ)^{r_k});
 * U_s = 2 − 4(0.5 − 0.5 d)^r, U_f = 2 − 4(0.5 + 0.5 d)^r, U_sq = 2 − 4·0.5^r,
 * U_b/U_w = 2 − 4(0.5 ∓ 0.25(|x_i − μ| + |x_i − x_j|)/Δ)^r;
 * EU_i(i,j) = s_j(P_ij U_s + (1 − P_ij) U_f) + (1 − s_j) U_s − (Q U_sq + (1 − Q)(T U_b + (1 − T) U_w));
 * R_i = (2S_i − S_max − S_min)/(S_max − S_min), r_i = (1 − R_i/3)/(1 + R_i/3).
 *
 * <p>Cost per round: O(n²) powers for the votes, O(n² log n) for the Scholz denominator, O(n²) for
 * expected utilities and offers, and for the n² probabilities O(n³) additions below {@link #SORTED_FROM}
 * actors (each sums n voters) or O(n² log n) by prefix sums from there. From {@link #PARALLEL_FROM} actors
 * every step runs in parallel over blocks of actors; each block writes only its own rows and sums are
 * reduced in actor order, so the numbers do not depend on the number of threads.
 */
final class RoundEngine {

    /**
     * From this many actors the probabilities come from prefix sums over the actors in position order
     * (O(n² log n) instead of O(n³)): with positions on a line, voter k prefers i to j exactly when it lies
     * on i's side of their midpoint, whatever its risk exponent, so P's numerator is a difference of
     * two prefix sums. Below it the direct sum is kept (bit-identical to earlier releases).
     */
    static final int SORTED_FROM = 64;
    /** From this many actors every O(n²) step runs in parallel over blocks of actors (same numbers at any thread count). */
    static final int PARALLEL_FROM = 192;

    private static final int BLOCK = 16;

    final int n;
    private final Variant variant;
    private final double[] capability;
    private final double[] salience;
    private final double[] weight;
    final double[] position;
    private double[] next;
    final double[] risk;
    private final double[] ones;
    /** vote[j * n + k] = c_k s_k (|x_k − x_j|/Δ)^{r_k}: voter k's weighted distance to candidate j. */
    private final double[] vote;
    /** probability[i * n + j] = P(i beats j). */
    private final double[] probability;

    private final double[] security;
    private double range;
    /** statusQuoUtility[k] = U_sq = 2 − 4·0.5^{r_k} for the current risk exponents (set by the offer step). */
    private final double[] statusQuoUtility;

    private double reference;
    /** Large issues: actors in position order, their sorted positions, and prefix sums of each vote row in that order. */
    private int[] order;

    private double[] sortedPosition;
    private double[] prefix;
    private double[] voterTotal;
    private int[] byPosition;

    // the offer each receiver accepted in the last round (sender -1 if none)
    final int[] offerSender;
    final OfferType[] offerType;
    final double[] offerReceiverEu;
    final double[] offerSenderEu;

    RoundEngine(double[] capabilities, double[] positions, double[] saliences, Variant variant) {
        this.n = positions.length;
        this.variant = variant;
        this.capability = capabilities.clone();
        this.salience = saliences.clone();
        this.position = positions.clone();
        this.next = new double[n];
        this.weight = new double[n];
        for (int i = 0; i < n; i++) {
            weight[i] = capability[i] * salience[i];
        }
        this.risk = new double[n];
        this.ones = new double[n];
        Arrays.fill(ones, 1.0);
        Arrays.fill(risk, 1.0);
        this.vote = new double[n * n];
        this.probability = new double[n * n];
        this.security = new double[n];
        this.statusQuoUtility = new double[n];
        this.offerSender = new int[n];
        this.offerType = new OfferType[n];
        this.offerReceiverEu = new double[n];
        this.offerSenderEu = new double[n];
        setRange(spread());
    }

    /** Sets Δ; the pair logarithms depend on it. */
    private void setRange(double value) {
        range = usableRange(value);
        logsFresh = false;
    }

    /** A range of zero (every actor at one point) would divide by zero; nothing can move then anyway. */
    private static double usableRange(double value) {
        return value > 0 ? value : 1.0;
    }

    /** Resets the positions (and the fixed range) for a new run with the same actors. */
    void reset(double[] positions) {
        System.arraycopy(positions, 0, position, 0, n);
        logsFresh = false;
        Arrays.fill(risk, 1.0);
        setRange(spread());
    }

    /** Fixes Δ, the range that normalises distances (e.g. to a declared scale); ignored under {@code PER_ROUND}. */
    void fixRange(double value) {
        setRange(value);
    }

    double spread() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : position) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return max - min;
    }

    double weightedMean() {
        return WeightedStatistics.mean(position, weight);
    }

    double weightedMedian() {
        return WeightedStatistics.median(position, weight);
    }

    /**
     * Plays one round: risk exponents from the security sums (with r = 1), then offers priced with those
     * exponents, accepted all at once.
     *
     * @return the largest distance any actor moved
     */
    double round() {
        if (variant.range() == Variant.RangeRule.PER_ROUND) {
            setRange(spread());
        }
        updateRisk();
        computeVotes(risk);
        computeProbabilities();
        return resolveOffers();
    }

    /** P(i beats j) as last computed. */
    double probability(int i, int j) {
        return probability[i * n + j];
    }

    /** Sets r: computes every EU with r = 1, sums them into security levels, and maps those to [0.5, 2]. */
    void updateRisk() {
        reference = statusQuoReference();
        computeVotes(ones);
        computeProbabilities();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean challengers = variant.security() == Variant.SecurityRule.CHALLENGERS_EU;
        forBlocks((from, to) -> {
            for (int i = from; i < to; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    sum += challengers ? expectedUtility(1.0, j, i) : expectedUtility(1.0, i, j);
                }
                security[i] = sum;
            }
        });
        for (int i = 0; i < n; i++) {
            min = Math.min(min, security[i]);
            max = Math.max(max, security[i]);
        }
        for (int i = 0; i < n; i++) {
            double acceptance = max > min ? (2 * security[i] - max - min) / (max - min) : 0.0;
            risk[i] = (1 - acceptance / 3.0) / (1 + acceptance / 3.0);
        }
    }

    private double statusQuoReference() {
        if (variant.q() == 1.0) {
            return Double.NaN; // U_b and U_w carry weight 1 − Q = 0
        }
        return variant.statusQuoReference() == Variant.StatusQuoReference.WEIGHTED_MEAN
                ? weightedMean()
                : weightedMedian();
    }

    /** Fills {@link #vote} for the given risk exponents. O(n²) powers. */
    void computeVotes(double[] exponents) {
        if (keepsLogs()) {
            for (int k = 0; k < n; k++) {
                if (exponents[k] != 1.0) {
                    refreshLogs();
                    break;
                }
            }
        }
        forBlocks((from, to) -> votes(exponents, from, to));
    }

    private void votes(double[] exponents, int from, int to) {
        for (int j = from; j < to; j++) {
            double xj = position[j];
            int row = j * n;
            for (int k = 0; k < n; k++) {
                double distance = Math.abs(position[k] - xj) / range;
                double rk = exponents[k];
                vote[row + k] = weight[k] * pairPower(logDistance, row + k, distance, rk);
            }
        }
    }

    /** Runs body over [0, n) in blocks: one block on this thread for small issues, in parallel from {@link #PARALLEL_FROM}. */
    private void forBlocks(Block body) {
        if (n < PARALLEL_FROM) {
            body.run(0, n);
            return;
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        java.util.stream.IntStream.range(0, blocks)
                .parallel()
                .forEach(b -> body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK)));
    }

    @FunctionalInterface
    private interface Block {
        void run(int from, int to);
    }

    /** Fills {@link #probability} from {@link #vote} under the variant's normalisation. O(n³) additions. */
    void computeProbabilities() {
        if (n >= SORTED_FROM) {
            computeProbabilitiesSorted();
        } else {
            computeProbabilitiesDirect();
        }
    }

    /** The O(n³) sum over voters for every pair. */
    void computeProbabilitiesDirect() {
        Variant.ProbabilityRule rule = variant.probability();
        double global = rule == Variant.ProbabilityRule.SCHOLZ_GLOBAL ? globalDenominator() : Double.NaN;
        boolean thirdParties = rule == Variant.ProbabilityRule.PAIRWISE_THIRD_PARTIES;
        for (int i = 0; i < n; i++) {
            probability[i * n + i] = 0.0;
            int rowI = i * n;
            for (int j = i + 1; j < n; j++) {
                if (position[i] == position[j]) {
                    probability[rowI + j] = 0.0;
                    probability[j * n + i] = 0.0;
                    continue;
                }
                int rowJ = j * n;
                // v_k(i, j) = c_k s_k (distance_k(j) − distance_k(i)): positive when k prefers i.
                // Branch-free: from Σ v and Σ |v|, the positive part is (Σ|v| + Σv)/2, the negative (Σ|v| − Σv)/2.
                double sum = 0;
                double absolute = 0;
                for (int k = 0; k < n; k++) {
                    double v = vote[rowJ + k] - vote[rowI + k];
                    sum += v;
                    absolute += Math.abs(v);
                }
                double forI = 0.5 * (absolute + sum);
                double forJ = 0.5 * (absolute - sum);
                if (thirdParties) {
                    // take the pair's own votes back out
                    double vi = vote[rowJ + i] - vote[rowI + i];
                    double vj = vote[rowJ + j] - vote[rowI + j];
                    forI -= Math.max(0.0, vi) + Math.max(0.0, vj);
                    forJ -= Math.max(0.0, -vi) + Math.max(0.0, -vj);
                }
                double denominator = rule == Variant.ProbabilityRule.SCHOLZ_GLOBAL ? global : forI + forJ;
                probability[rowI + j] = denominator > 0 ? Math.max(0.0, forI) / denominator : 0.0;
                probability[rowJ + i] = denominator > 0 ? Math.max(0.0, forJ) / denominator : 0.0;
            }
        }
    }

    /**
     * The same probabilities from prefix sums: for x_i &lt; x_j, voters left of the midpoint m prefer i and
     * give v_k = vote(j, k) − vote(i, k) ≥ 0, voters right of it prefer j; voters exactly at m give 0.
     * O(n² log n) after sorting; agrees with {@link #computeProbabilitiesDirect} to rounding (tested to 1e-10).
     */
    void computeProbabilitiesSorted() {
        if (order == null) {
            order = new int[n];
            sortedPosition = new double[n];
            prefix = new double[n * (n + 1)];
            voterTotal = new double[n];
        }
        System.arraycopy(positionOrder(), 0, order, 0, n);
        for (int q = 0; q < n; q++) {
            sortedPosition[q] = position[order[q]];
        }
        forBlocks((from, to) -> {
            for (int j = from; j < to; j++) {
                int row = j * (n + 1);
                int votes = j * n;
                double sum = 0;
                prefix[row] = 0;
                for (int q = 0; q < n; q++) {
                    sum += vote[votes + order[q]];
                    prefix[row + q + 1] = sum;
                }
            }
        });
        Variant.ProbabilityRule rule = variant.probability();
        double global = rule == Variant.ProbabilityRule.SCHOLZ_GLOBAL ? globalDenominator() : Double.NaN;
        boolean thirdParties = rule == Variant.ProbabilityRule.PAIRWISE_THIRD_PARTIES;
        forBlocks((from, to) -> {
            for (int i = from; i < to; i++) {
                int rowI = i * n;
                int prefixI = i * (n + 1);
                double xi = position[i];
                // candidates j in position order: the midpoint only moves right, so do the two cut indices
                int below = 0; // voters [0, below) lie strictly left of the midpoint
                int upTo = 0; // voters [0, upTo) lie at or left of it
                for (int q = 0; q < n; q++) {
                    int j = order[q];
                    double xj = position[j];
                    if (j == i || xj == xi) {
                        probability[rowI + j] = 0.0;
                        continue;
                    }
                    double mid = 0.5 * (xi + xj);
                    while (below < n && sortedPosition[below] < mid) {
                        below++;
                    }
                    while (upTo < n && sortedPosition[upTo] <= mid) {
                        upTo++;
                    }
                    int prefixJ = j * (n + 1);
                    double leftSide = (prefix[prefixJ + below] - prefix[prefixI + below]);
                    double rightSide = (prefix[prefixI + n] - prefix[prefixI + upTo])
                            - (prefix[prefixJ + n] - prefix[prefixJ + upTo]);
                    // voters on i's side give vote(j, k) − vote(i, k) ≥ 0 for i, those on j's side the reverse for j
                    double forI = xi < xj ? leftSide : -rightSide;
                    double forJ = xi < xj ? rightSide : -leftSide;
                    if (thirdParties) {
                        double vi = vote[j * n + i] - vote[rowI + i];
                        double vj = vote[j * n + j] - vote[rowI + j];
                        forI -= Math.max(0.0, vi) + Math.max(0.0, vj);
                        forJ -= Math.max(0.0, -vi) + Math.max(0.0, -vj);
                    }
                    double denominator = rule == Variant.ProbabilityRule.SCHOLZ_GLOBAL ? global : forI + forJ;
                    probability[rowI + j] = denominator > 0 ? Math.max(0.0, forI) / denominator : 0.0;
                }
            }
        });
    }

    /** Σ_k Σ_a Σ_b |v_k(a, b)| over every voter and ordered pair of actors, by sorting each voter's distances: O(n² log n). */
    private double globalDenominator() {
        // actors in position order: each voter's votes in increasing order are a merge of the actors left and right of
        // it
        int[] byPosition = positionOrder();
        if (n < PARALLEL_FROM) {
            double total = 0;
            for (int q = 0; q < n; q++) {
                total += 2 * voterSpread(byPosition, q);
            }
            return total;
        }
        forBlocks((from, to) -> {
            for (int q = from; q < to; q++) {
                voterTotal[byPosition[q]] = 2 * voterSpread(byPosition, q);
            }
        });
        double total = 0;
        for (int q = 0; q < n; q++) {
            total += voterTotal[byPosition[q]];
        }
        return total;
    }

    /** Actor indices sorted by position (ties by index); into a reused array. */
    private int[] positionOrder() {
        if (byPosition == null) {
            byPosition = new int[n];
        }
        for (int i = 0; i < n; i++) {
            byPosition[i] = i;
        }
        // insertion sort: stable, allocation-free, and positions are often nearly sorted from round to round
        for (int a = 1; a < n; a++) {
            int actor = byPosition[a];
            double x = position[actor];
            int b = a - 1;
            while (b >= 0 && position[byPosition[b]] > x) {
                byPosition[b + 1] = byPosition[b];
                b--;
            }
            byPosition[b + 1] = actor;
        }
        return byPosition;
    }

    /**
     * Σ_idx (2 idx − n + 1) · u_idx over voter k's votes u in increasing order: half of Σ_a Σ_b |v_k(a, b)|.
     * k's vote for candidate b grows with |x_k − x_b| whatever r_k, so the increasing order is the merge
     * of the candidates left of k (walking left) and right of it (walking right): O(n), no sort, and the
     * same values in the same order as sorting them, hence the same sum.
     */
    private double voterSpread(int[] byPosition, int q) {
        int k = byPosition[q];
        double xk = position[k];
        int left = q - 1;
        int right = q + 1;
        double sum = (-n + 1) * vote[k * n + k];
        for (int idx = 1; idx < n; idx++) {
            int b;
            if (left < 0) {
                b = byPosition[right++];
            } else if (right >= n) {
                b = byPosition[left--];
            } else if (xk - position[byPosition[left]] <= position[byPosition[right]] - xk) {
                b = byPosition[left--];
            } else {
                b = byPosition[right++];
            }
            sum += (2.0 * idx - n + 1) * vote[b * n + k];
        }
        return sum;
    }

    /** EU of {@code challenger} challenging {@code target}, priced with risk exponent {@code r}. */
    double expectedUtility(double r, int challenger, int target) {
        double distance = Math.abs(position[challenger] - position[target]) / range;
        int pair = challenger * n + target;
        double success = 2 - 4 * pairPower(logNear, pair, 0.5 - 0.5 * distance, r);
        double failure = 2 - 4 * pairPower(logFar, pair, 0.5 + 0.5 * distance, r);
        return combine(r, statusQuoUtility(r), challenger, target, success, failure);
    }

    /** As {@link #expectedUtility} with U_sq for r given (no pow for it). */
    private double expectedUtility(double r, double usq, int challenger, int target) {
        double distance = Math.abs(position[challenger] - position[target]) / range;
        int pair = challenger * n + target;
        double success = 2 - 4 * pairPower(logNear, pair, 0.5 - 0.5 * distance, r);
        double failure = 2 - 4 * pairPower(logFar, pair, 0.5 + 0.5 * distance, r);
        return combine(r, usq, challenger, target, success, failure);
    }

    /** U_sq = 2 − 4·0.5^r (0 for r = 1). */
    private double statusQuoUtility(double r) {
        return 2 - 4 * power(0.5, r);
    }

    private double combine(double r, double usq, int challenger, int target, double success, double failure) {
        double p = probability[challenger * n + target];
        double st = salience[target];
        double resist = st * (p * success + (1 - p) * failure);
        double notResist = (1 - st) * success;
        return resist + notResist - statusQuo(r, usq, challenger, target);
    }

    private double statusQuo(double r, double usq, int challenger, int target) {
        double q = variant.q();
        double statusQuo = q * usq;
        if (q == 1.0) {
            return statusQuo;
        }
        double shift = 0.25
                * (Math.abs(position[challenger] - reference) + Math.abs(position[challenger] - position[target]))
                / range;
        double better = 2 - 4 * power(Math.max(0.0, 0.5 - shift), r);
        double worse = 2 - 4 * power(0.5 + shift, r);
        double t = variant.t();
        return statusQuo + (1 - q) * (t * better + (1 - t) * worse);
    }

    /**
     * x^r: exactly x when r = 1 (the whole risk step), else {@link Powers#pow} (within 1e-15·(1 + r·|ln x|)
     * of Math.pow, docs/bargaining.md), or Math.pow itself after {@link #useExactPowers()}.
     */
    private double power(double x, double r) {
        if (r == 1.0) {
            return x;
        }
        return exactPowers ? Math.pow(x, r) : Powers.pow(x, r);
    }

    /**
     * Small issues keep, per ordered pair and for the current positions and Δ, ln of the three bases
     * that every power of a round raises (d, ½ − ½d, ½ + ½d with d = |x_a − x_b|/Δ): each is used
     * by both actors of the pair and by the risk and offer steps alike, so a round takes one logarithm
     * where it took up to four powers. NaN marks a base outside {@link Powers}'s domain (0, say): its
     * power comes from {@link #power}. Values are those of {@link Powers#pow}, bit for bit.
     */
    private double[] logDistance;

    private double[] logNear;
    private double[] logFar;
    private boolean logsFresh;

    /** Whether this engine keeps the pair logarithms (small issues; large ones compute powers directly to save memory). */
    private boolean keepsLogs() {
        return n < PARALLEL_FROM && !exactPowers;
    }

    private void refreshLogs() {
        if (logsFresh) {
            return;
        }
        if (logDistance == null) {
            logDistance = new double[n * n];
            logNear = new double[n * n];
            logFar = new double[n * n];
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double distance = Math.abs(position[a] - position[b]) / range;
                double ld = logOrMarker(distance);
                double ln = logOrMarker(0.5 - 0.5 * distance);
                double lf = logOrMarker(0.5 + 0.5 * distance);
                logDistance[a * n + b] = ld;
                logDistance[b * n + a] = ld;
                logNear[a * n + b] = ln;
                logNear[b * n + a] = ln;
                logFar[a * n + b] = lf;
                logFar[b * n + a] = lf;
            }
            logDistance[a * n + a] = Double.NaN;
            logNear[a * n + a] = logOrMarker(0.5);
            logFar[a * n + a] = logOrMarker(0.5);
        }
        logsFresh = true;
    }

    private static double logOrMarker(double x) {
        return Powers.inDomain(x) ? Powers.log(x) : Double.NaN;
    }

    /** base^r for the pair at {@code index} of {@code logs} (the table of that base), as {@link #power} gives it. */
    private double pairPower(double[] logs, int index, double base, double r) {
        if (r == 1.0) {
            return base;
        }
        if (keepsLogs()) {
            refreshLogs();
            double log = logs[index];
            if (!Double.isNaN(log) && r >= 0 && r <= 4) {
                return Powers.exp(r * log);
            }
        }
        return power(base, r);
    }

    /** Whether powers come from Math.pow (the arithmetic before the table-driven powers; for agreement tests). */
    private boolean exactPowers;

    /** Computes every power with Math.pow from now on: the reference the faster powers are tested against. */
    void useExactPowers() {
        exactPowers = true;
    }

    /** When recording, every offer made in the last round (receiver order, then sender order); null otherwise. */
    private java.util.ArrayList<Offer> made;

    private List<Stakeholder> names;

    /** Starts recording every offer made, not only the accepted ones (for reports; allocates). */
    void recordOffersMade(List<Stakeholder> stakeholders) {
        names = stakeholders;
        made = new java.util.ArrayList<>();
    }

    /** The offers made in the last round, and clears the record. */
    List<Offer> takeOffersMade() {
        List<Offer> list = List.copyOf(made);
        made.clear();
        return list;
    }

    /** Each receiver picks one offer by the variant's rule; all move at once. */
    private double resolveOffers() {
        for (int k = 0; k < n; k++) {
            statusQuoUtility[k] = statusQuoUtility(risk[k]);
        }
        senderView = variant.perspective() != Variant.Perspective.RECEIVER;
        if (senderView) {
            if (challengeUtility == null) {
                challengeUtility = new double[n * n];
            }
            forBlocks(this::challengeUtilities);
        }
        if (made != null) {
            for (int i = 0; i < n; i++) {
                chooseOffer(i);
            }
        } else {
            forBlocks((from, to) -> {
                for (int i = from; i < to; i++) {
                    chooseOffer(i);
                }
            });
        }
        double largestMove = 0;
        for (int i = 0; i < n; i++) {
            largestMove = Math.max(largestMove, Math.abs(next[i] - position[i]));
        }
        System.arraycopy(next, 0, position, 0, n);
        logsFresh = false;
        return largestMove;
    }

    /**
     * challengeUtility[a * n + b] = EU_a(a challenges b) priced with a's own risk exponent: under the sender's
     * perspective it is both receiver a's view of an offer from b and sender a's view of an offer to b, so
     * each is computed once a round instead of twice (the same arithmetic, hence the same bits).
     */
    private double[] challengeUtility;

    private boolean senderView;

    private void challengeUtilities(int from, int to) {
        for (int a = from; a < to; a++) {
            double xa = position[a];
            double ra = risk[a];
            double usq = statusQuoUtility[a];
            int row = a * n;
            for (int b = 0; b < n; b++) {
                if (b != a && position[b] != xa) {
                    challengeUtility[row + b] = expectedUtility(ra, usq, a, b);
                }
            }
        }
    }

    /** Receiver i's accepted offer: sets next[i] and the offer fields of i (touches nothing else, so receivers run in parallel). */
    private void chooseOffer(int i) {
        Variant.OfferChoice choice = variant.offerChoice();
        boolean capitulation = variant.capitulation();
        double xi = position[i];
        double ri = risk[i];
        int best = -1;
        OfferType bestType = null;
        double bestKey = Double.POSITIVE_INFINITY;
        double bestEi = 0;
        double bestEj = 0;
        double bestPosition = xi;
        for (int j = 0; j < n; j++) {
            double xj = position[j];
            if (j == i || xj == xi) {
                continue;
            }
            double ei;
            double ej;
            if (senderView) {
                ei = challengeUtility[i * n + j];
                ej = challengeUtility[j * n + i];
            } else {
                double distance = Math.abs(xi - xj) / range;
                int pair = i * n + j;
                double success = 2 - 4 * pairPower(logNear, pair, 0.5 - 0.5 * distance, ri);
                double failure = 2 - 4 * pairPower(logFar, pair, 0.5 + 0.5 * distance, ri);
                ei = combine(ri, statusQuoUtility[i], i, j, success, failure);
                ej = combine(ri, statusQuoUtility[i], j, i, success, failure);
            }
            OfferType type;
            double target;
            if (ej > ei && ei > 0) {
                type = OfferType.CONFRONTATION;
                target = xj;
            } else if (ej > 0 && ei < 0 && ej > Math.abs(ei)) {
                type = OfferType.COMPROMISE;
                target = xi + (xj - xi) * Math.abs(ei / ej);
            } else if (capitulation && ej > 0 && ei < 0 && ej < Math.abs(ei)) {
                type = OfferType.CAPITULATION;
                target = xj;
            } else {
                continue;
            }
            if (made != null) {
                made.add(new Offer(names.get(i).name(), names.get(j).name(), type, ei, ej, xi, target));
            }
            double move = Math.abs(xi - target);
            boolean better;
            if (best < 0) {
                better = true;
            } else {
                better = switch (choice) {
                    case SCHOLZ_CODE -> {
                        // confrontations before compromises before capitulations; within a type the
                        // closest, except compromises: the smallest EU-weighted position (Scholz's code)
                        double key = type == OfferType.COMPROMISE
                                ? (Math.abs(ei) * xi + Math.abs(ej) * xj) / (Math.abs(ei) + Math.abs(ej))
                                : move;
                        yield type.ordinal() < bestType.ordinal() || (type == bestType && key < bestKey);
                    }
                    case CLOSEST -> move < bestKey;
                    case LARGEST_SENDER_EU -> ej > bestEj || (ej == bestEj && move < Math.abs(xi - bestPosition));
                };
            }
            if (better) {
                best = j;
                bestType = type;
                bestKey = choice == Variant.OfferChoice.SCHOLZ_CODE && type == OfferType.COMPROMISE
                        ? (Math.abs(ei) * xi + Math.abs(ej) * xj) / (Math.abs(ei) + Math.abs(ej))
                        : move;
                bestEi = ei;
                bestEj = ej;
                bestPosition = target;
            }
        }
        offerSender[i] = best;
        offerType[i] = bestType;
        offerReceiverEu[i] = bestEi;
        offerSenderEu[i] = bestEj;
        next[i] = bestPosition;
    }

    /** The offers of the last round as records, receivers in order; {@code before} = positions before it. */
    List<Offer> offers(List<Stakeholder> stakeholders, double[] before) {
        java.util.ArrayList<Offer> offers = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (offerSender[i] >= 0) {
                offers.add(new Offer(
                        stakeholders.get(i).name(),
                        stakeholders.get(offerSender[i]).name(),
                        offerType[i],
                        offerReceiverEu[i],
                        offerSenderEu[i],
                        before[i],
                        position[i]));
            }
        }
        return offers;
    }

    /**
     * Whether {@code receiver}, at the current positions, gets any offer it would accept (confrontation it
     * loses, compromise, or capitulation if the variant allows it): the model's own condition for being
     * moved. Runs the risk step first.
     */
    boolean receivesOffer(int receiver) {
        if (variant.range() == Variant.RangeRule.PER_ROUND) {
            setRange(spread());
        }
        updateRisk();
        return offerPending(receiver);
    }

    /**
     * As {@link #receivesOffer} but with every actor's risk exponent fixed at 1 (risk-neutral), the
     * setting of {@link GradedRoom}: no risk step.
     */
    boolean receivesOfferRiskNeutral(int receiver) {
        if (variant.range() == Variant.RangeRule.PER_ROUND) {
            setRange(spread());
        }
        reference = statusQuoReference();
        Arrays.fill(risk, 1.0);
        return offerPending(receiver);
    }

    private boolean offerPending(int receiver) {
        computeVotes(risk);
        computeProbabilities();
        boolean receiverView = variant.perspective() == Variant.Perspective.RECEIVER;
        double xi = position[receiver];
        double ri = risk[receiver];
        for (int j = 0; j < n; j++) {
            double xj = position[j];
            if (j == receiver || xj == xi) {
                continue;
            }
            double ei = expectedUtility(ri, receiver, j);
            double ej = receiverView ? expectedUtility(ri, j, receiver) : expectedUtility(risk[j], j, receiver);
            boolean confrontation = ej > ei && ei > 0;
            boolean compromise = ej > 0 && ei < 0 && ej > Math.abs(ei);
            boolean capitulation = variant.capitulation() && ej > 0 && ei < 0 && ej < Math.abs(ei);
            if (confrontation || compromise || capitulation) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest expected utility any other actor sees in challenging {@code target} at the current
     * positions, each priced with the challenger's own risk exponent from this configuration's risk step.
     */
    double largestChallengeAgainst(int target) {
        if (variant.range() == Variant.RangeRule.PER_ROUND) {
            setRange(spread());
        }
        updateRisk();
        computeVotes(risk);
        computeProbabilities();
        double largest = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j != target) {
                largest = Math.max(largest, expectedUtility(risk[j], j, target));
            }
        }
        return largest;
    }
}
