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
 * <p>Cost per round: O(n²) powers for the votes, O(n² log n) for the Scholz denominator, O(n³)
 * additions for the n² probabilities (each sums n voters), O(n²) for expected utilities and offers.
 */
final class RoundEngine {

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
    private final double[] scratch;
    private double range;
    // U_sq depends only on r; receivers are priced in runs of equal r, so one remembered value saves a pow per pair
    private double memoRisk = Double.NaN;
    private double memoStatusQuo;
    private double reference;

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
        this.scratch = new double[n];
        this.offerSender = new int[n];
        this.offerType = new OfferType[n];
        this.offerReceiverEu = new double[n];
        this.offerSenderEu = new double[n];
        this.range = usableRange(spread());
    }

    /** A range of zero (every actor at one point) would divide by zero; nothing can move then anyway. */
    private static double usableRange(double value) {
        return value > 0 ? value : 1.0;
    }

    /** Resets the positions (and the fixed range) for a new run with the same actors. */
    void reset(double[] positions) {
        System.arraycopy(positions, 0, position, 0, n);
        Arrays.fill(risk, 1.0);
        range = usableRange(spread());
    }

    /** Fixes Δ, the range that normalises distances (e.g. to a declared scale); ignored under {@code PER_ROUND}. */
    void fixRange(double value) {
        range = usableRange(value);
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
            range = usableRange(spread());
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
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                sum += challengers ? expectedUtility(1.0, j, i) : expectedUtility(1.0, i, j);
            }
            security[i] = sum;
            min = Math.min(min, sum);
            max = Math.max(max, sum);
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
        return variant.statusQuoReference() == Variant.StatusQuoReference.WEIGHTED_MEAN ? weightedMean() : weightedMedian();
    }

    /** Fills {@link #vote} for the given risk exponents. O(n²) powers. */
    void computeVotes(double[] exponents) {
        for (int j = 0; j < n; j++) {
            double xj = position[j];
            int row = j * n;
            for (int k = 0; k < n; k++) {
                double distance = Math.abs(position[k] - xj) / range;
                double rk = exponents[k];
                vote[row + k] = weight[k] * power(distance, rk);
            }
        }
    }

    /** Fills {@link #probability} from {@link #vote} under the variant's normalisation. O(n³) additions. */
    void computeProbabilities() {
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

    /** Σ_k Σ_a Σ_b |v_k(a, b)| over every voter and ordered pair of actors, by sorting each voter's distances: O(n² log n). */
    private double globalDenominator() {
        double total = 0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                scratch[j] = vote[j * n + k];
            }
            Arrays.sort(scratch);
            double sum = 0;
            for (int idx = 0; idx < n; idx++) {
                sum += (2.0 * idx - n + 1) * scratch[idx];
            }
            total += 2 * sum;
        }
        return total;
    }

    /** EU of {@code challenger} challenging {@code target}, priced with risk exponent {@code r}. */
    double expectedUtility(double r, int challenger, int target) {
        double distance = Math.abs(position[challenger] - position[target]) / range;
        double success = 2 - 4 * power(0.5 - 0.5 * distance, r);
        double failure = 2 - 4 * power(0.5 + 0.5 * distance, r);
        return combine(r, challenger, target, success, failure);
    }

    private double combine(double r, int challenger, int target, double success, double failure) {
        double p = probability[challenger * n + target];
        double st = salience[target];
        double resist = st * (p * success + (1 - p) * failure);
        double notResist = (1 - st) * success;
        return resist + notResist - statusQuo(r, challenger, target);
    }

    private double statusQuo(double r, int challenger, int target) {
        double q = variant.q();
        if (r != memoRisk) {
            memoRisk = r;
            memoStatusQuo = 2 - 4 * power(0.5, r);
        }
        double statusQuo = q * memoStatusQuo;
        if (q == 1.0) {
            return statusQuo;
        }
        double shift = 0.25 * (Math.abs(position[challenger] - reference) + Math.abs(position[challenger] - position[target])) / range;
        double better = 2 - 4 * power(Math.max(0.0, 0.5 - shift), r);
        double worse = 2 - 4 * power(0.5 + shift, r);
        double t = variant.t();
        return statusQuo + (1 - q) * (t * better + (1 - t) * worse);
    }

    /** x^r, exact and fast when r = 1 (the whole risk step). */
    private static double power(double x, double r) {
        return r == 1.0 ? x : Math.pow(x, r);
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
        boolean receiverView = variant.perspective() == Variant.Perspective.RECEIVER;
        Variant.OfferChoice choice = variant.offerChoice();
        boolean capitulation = variant.capitulation();
        double largestMove = 0;
        for (int i = 0; i < n; i++) {
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
                double distance = Math.abs(xi - xj) / range;
                double success = 2 - 4 * power(0.5 - 0.5 * distance, ri);
                double failure = 2 - 4 * power(0.5 + 0.5 * distance, ri);
                double ei = combine(ri, i, j, success, failure);
                double ej = receiverView ? combine(ri, j, i, success, failure) : expectedUtility(risk[j], j, i);
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
            largestMove = Math.max(largestMove, Math.abs(bestPosition - xi));
        }
        System.arraycopy(next, 0, position, 0, n);
        return largestMove;
    }

    /** The offers of the last round as records, receivers in order; {@code before} = positions before it. */
    List<Offer> offers(List<Stakeholder> stakeholders, double[] before) {
        java.util.ArrayList<Offer> offers = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (offerSender[i] >= 0) {
                offers.add(new Offer(stakeholders.get(i).name(), stakeholders.get(offerSender[i]).name(), offerType[i],
                        offerReceiverEu[i], offerSenderEu[i], before[i], position[i]));
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
            range = usableRange(spread());
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
            range = usableRange(spread());
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
            range = usableRange(spread());
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
