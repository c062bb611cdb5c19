package org.multivector.bargaining;

import java.util.Arrays;

/**
 * A focal actor's <em>graded</em> room to manoeuvre: the expected-utility margin by which every challenge
 * against it fails, integrated over the scale. Where {@link ManoeuvreRoom} counts a position as safe or
 * not (so its width moves in steps: with few actors the safe set is a union of whole gaps between their
 * positions, and it sat at exactly 0.55 in most periods of the Kazakhstan scenarios), this measure weighs
 * every position by how far it is from drawing a credible challenge, and so responds continuously to
 * every capability, salience and position.
 *
 * <p>Expected utilities are those of the expected-utility model (Bueno de Mesquita 1994; Scholz, Calbert
 * &amp; Smith 2011, doi:10.1177/0951629811418142) under Masad's pairwise probability of success, with
 * risk-neutral actors (r = 1) and Q = 1. With r = 1 every utility is linear in the distance
 * d = |x − x_j|/Δ, so for the focal actor f at x and a challenger j (docs/bargaining.md, "Graded room"):
 * <pre>
 *   v_k   = c_k s_k (|x_k − x| − |x_k − x_j|)          (k's vote for j over f; f itself sits at x)
 *   P_j   = Σ_k max(0, v_k) / Σ_k |v_k|                  (j beats f)
 *   A_j   = EU_j(j challenges f) / 2d = 1 − 2 s_f (1 − P_j)
 *   B_j   = EU_f(f challenges j) / 2d = 1 − 2 s_j P_j
 *   m_j   = max(0, B_j) − A_j                            (margin: ≤ 0 exactly when j's challenge is credible)
 *   σ(x)  = clamp(min_j m_j / 2, 0, 1)
 *   M     = (1/Δ) ∫ σ(x) dx  over the scale
 * </pre>
 * m_j ≤ 0 is the model's own condition for the focal actor to accept an offer from j (a confrontation it
 * loses, a compromise or a capitulation: EU_j ≥ max(0, EU_f)), so σ &gt; 0 exactly on the safe set of
 * risk-neutral actors. m_j is at most 2 s_f ≤ 2, reached when nobody supports j (P_j = 0), hence the
 * halving. Dividing the utilities by 2d makes a margin a property of who supports whom, not of the
 * distance, so positions next to a challenger do not count as safe merely because little is at stake.
 *
 * <p>Monotone where theory says so: more capability or salience for the focal actor adds only to the
 * votes against every challenger (v_f = −c_f s_f |x − x_j|), which lowers P_j, lowers A_j and raises
 * B_j; a larger s_f lowers A_j further. So every m_j rises and M never narrows (tested over seeded
 * random issues). The risk step is left out on purpose: it makes each challenger's exponent depend on
 * the whole configuration, including the trial position, which is where the safe-set width loses this
 * property (docs/model.md, "Claims tested").
 *
 * <p>Integration: the scale is cut at every actor's position and at every mirror point 2x_k − x_j (where
 * a voter switches sides; between cuts each v_k is affine in x and P_j a ratio of affine functions),
 * each piece is cut again where an m_j has a kink or crosses 0 (P_j crossing a threshold: a linear
 * equation there), and the pieces are integrated by adaptive three-point Gauss–Legendre quadrature to
 * an absolute error of about {@value #TOLERANCE} of the share; what is left to resolve adaptively is
 * where two challengers' margins cross. One small record per call; the arrays live in a {@link Workspace}.
 */
public final class GradedRoom {

    /** Absolute tolerance of the quadrature, as a share of the scale. */
    public static final double TOLERANCE = 1e-9;

    private static final int MAX_DEPTH = 40;
    private static final double NODE = Math.sqrt(0.6);
    private static final double W_OUTER = 5.0 / 9;
    private static final double W_MIDDLE = 8.0 / 9;

    private GradedRoom() {}

    /** Scratch arrays for one thread; reused from call to call. */
    public static final class Workspace {
        private double[] cuts = new double[0];
        private double[] inner = new double[0];
        private double[] weight = new double[0];
        private double forJ;
        private double all;

        void ensure(int n) {
            if (cuts.length < n * n + 2) {
                cuts = new double[n * n + 2];
            }
            if (inner.length < 3 * n + 2) {
                inner = new double[3 * n + 2];
            }
            if (weight.length < n) {
                weight = new double[n];
            }
        }
    }

    /** The graded room of {@code focal} on {@code issue}: a share of the scale in [0, 1]. */
    public static double share(Issue issue, String focal) {
        int f = index(issue, focal);
        return share(
                issue.positions(),
                issue.capabilities(),
                issue.saliences(),
                f,
                issue.lowerBound(),
                issue.upperBound(),
                new Workspace());
    }

    /** The safety σ of {@code focal} placed at {@code x}: half its smallest expected-utility margin, clamped to [0, 1]. */
    public static double safety(Issue issue, String focal, double x) {
        int f = index(issue, focal);
        double[] c = issue.capabilities();
        double[] s = issue.saliences();
        Workspace workspace = new Workspace();
        workspace.ensure(c.length);
        for (int k = 0; k < c.length; k++) {
            workspace.weight[k] = weight(c[k], s[k]);
        }
        return new Integrand(issue.positions(), workspace.weight, s, f, workspace).safety(x);
    }

    /**
     * The graded room on flat arrays (the scenario engine's entry point).
     *
     * @param position   every actor's position (the focal actor's entry is ignored: it is moved over the scale)
     * @param capability every actor's capability (negative counts as 0)
     * @param salience   every actor's salience (clamped to [0, 1])
     * @param focal      the focal actor's index
     * @param lo         lower end of the scale
     * @param hi         upper end of the scale
     * @param workspace  scratch space (one per thread)
     * @return M, the share of the scale in [0, 1]; 0 for an empty scale
     */
    public static double share(
            double[] position,
            double[] capability,
            double[] salience,
            int focal,
            double lo,
            double hi,
            Workspace workspace) {
        int n = position.length;
        if (!(hi > lo)) {
            return 0;
        }
        workspace.ensure(n);
        double[] w = workspace.weight;
        for (int k = 0; k < n; k++) {
            w[k] = weight(capability[k], salience[k]);
        }
        Integrand integrand = new Integrand(position, w, salience, focal, workspace);
        double[] cuts = workspace.cuts;
        int count = 0;
        cuts[count++] = lo;
        cuts[count++] = hi;
        for (int j = 0; j < n; j++) {
            if (j == focal) {
                continue;
            }
            count = addCut(cuts, count, position[j], lo, hi);
            for (int k = 0; k < n; k++) {
                if (k != focal && k != j) {
                    count = addCut(cuts, count, 2 * position[k] - position[j], lo, hi);
                }
            }
        }
        Arrays.sort(cuts, 0, count);
        double[] inner = workspace.inner;
        double safe = 0;
        for (int i = 0; i + 1 < count; i++) {
            double a = cuts[i];
            double b = cuts[i + 1];
            if (!(b > a)) {
                continue;
            }
            // between cuts P_j = N_j / D_j with N_j, D_j affine: cut again where a margin has a kink
            int m = 0;
            inner[m++] = a;
            inner[m++] = b;
            for (int j = 0; j < n; j++) {
                if (j != focal) {
                    m = integrand.kinks(j, a, b, inner, m);
                }
            }
            Arrays.sort(inner, 0, m);
            for (int q = 0; q + 1 < m; q++) {
                double u = inner[q];
                double v = inner[q + 1];
                if (v > u) {
                    safe += integrand.adaptive(u, v, integrand.gauss(u, v), 0);
                }
            }
        }
        return Math.min(1, Math.max(0, safe / (hi - lo)));
    }

    private static int addCut(double[] cuts, int count, double x, double lo, double hi) {
        if (x > lo && x < hi) {
            cuts[count++] = x;
        }
        return count;
    }

    /** σ(y) and its integral, for one configuration. */
    private record Integrand(double[] x, double[] w, double[] s, int f, Workspace workspace) {

        double adaptive(double a, double b, double whole, int depth) {
            double m = 0.5 * (a + b);
            double left = gauss(a, m);
            double right = gauss(m, b);
            if (depth >= MAX_DEPTH || Math.abs(left + right - whole) <= TOLERANCE * (b - a)) {
                return left + right;
            }
            return adaptive(a, m, left, depth + 1) + adaptive(m, b, right, depth + 1);
        }

        /** ∫_a^b σ(y) dy by three-point Gauss–Legendre (exact for quintics; never evaluates at a cut). */
        double gauss(double a, double b) {
            double half = 0.5 * (b - a);
            double mid = 0.5 * (a + b);
            return half
                    * (W_OUTER * safety(mid - NODE * half)
                            + W_MIDDLE * safety(mid)
                            + W_OUTER * safety(mid + NODE * half));
        }

        /** Fills the workspace's forJ and all: Σ max(0, v_k) and Σ |v_k| for challenger j, focal at y. */
        void votes(int j, double y) {
            double xj = x[j];
            double forJ = 0;
            double all = 0;
            for (int k = 0; k < x.length; k++) {
                double xk = k == f ? y : x[k];
                double v = w[k] * (Math.abs(xk - y) - Math.abs(xk - xj));
                if (v > 0) {
                    forJ += v;
                    all += v;
                } else {
                    all -= v;
                }
            }
            workspace.forJ = forJ;
            workspace.all = all;
        }

        /** σ(y) = clamp(min_j m_j / 2, 0, 1) with the focal actor at y. */
        double safety(double y) {
            double sf = clamp01(s[f]);
            double least = 2;
            for (int j = 0; j < x.length; j++) {
                if (j == f || x[j] == y) {
                    continue;
                }
                votes(j, y);
                double p = workspace.all > 0 ? workspace.forJ / workspace.all : 0;
                double margin = Math.max(0, 1 - 2 * clamp01(s[j]) * p) - (1 - 2 * sf * (1 - p));
                if (margin < least) {
                    least = margin;
                }
            }
            return Math.min(1, Math.max(0, 0.5 * least));
        }

        /**
         * Adds to {@code out} the points of (a, b) where m_j has a kink or crosses 0: where P_j crosses 1/(2 s_j)
         * (B_j = 0), s_f/(s_f + s_j) (A_j = B_j) or 1 − 1/(2 s_f) (A_j = 0). On (a, b) N_j and D_j are affine, so
         * N_j − P* D_j = 0 is solved from its values at the ends.
         */
        int kinks(int j, double a, double b, double[] out, int count) {
            votes(j, a);
            double na = workspace.forJ;
            double da = workspace.all;
            votes(j, b);
            double nb = workspace.forJ;
            double db = workspace.all;
            double sf = clamp01(s[f]);
            double sj = clamp01(s[j]);
            count = root(sj > 0 ? 1 / (2 * sj) : Double.NaN, na, da, nb, db, a, b, out, count);
            count = root(sf + sj > 0 ? sf / (sf + sj) : Double.NaN, na, da, nb, db, a, b, out, count);
            return root(sf > 0 ? 1 - 1 / (2 * sf) : Double.NaN, na, da, nb, db, a, b, out, count);
        }

        private static int root(
                double p, double na, double da, double nb, double db, double a, double b, double[] out, int count) {
            if (!(p > 0 && p < 1)) {
                return count;
            }
            double ga = na - p * da;
            double gb = nb - p * db;
            if ((ga < 0 && gb > 0) || (ga > 0 && gb < 0)) {
                double y = a + (b - a) * ga / (ga - gb);
                if (y > a && y < b) {
                    out[count++] = y;
                }
            }
            return count;
        }
    }

    private static double weight(double capability, double salience) {
        return Math.max(0, capability) * clamp01(salience);
    }

    private static double clamp01(double v) {
        return Math.min(1, Math.max(0, v));
    }

    private static int index(Issue issue, String focal) {
        int f = issue.indexOf(focal);
        if (f < 0) {
            throw new IllegalArgumentException("no stakeholder named '" + focal + "' in issue " + issue.name());
        }
        return f;
    }
}
