package org.multivector.strategy;

import org.hipparchus.distribution.discrete.BinomialDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenario discovery with the Patient Rule Induction Method (Friedman and Fisher, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9, 1999, doi:10.1023/A:1008894516817), as used
 * for policy-relevant scenarios by Bryant and Lempert ("Thinking inside the box", Technological
 * Forecasting and Social Change 77, 2010, doi:10.1016/j.techfore.2009.08.002).
 *
 * <p>Given runs {@code x} (one row per run, one column per uncertain input) and which of them are
 * cases of interest {@code y} (e.g. room to manoeuvre below r), PRIM finds a box — a range per input
 * — that holds many cases (coverage = cases in box / all cases) and few others (density = cases in
 * box / points in box):
 * <ol>
 *   <li><b>peeling</b>: from the box around all points, repeatedly remove the slice (a share
 *       {@code alpha} of the box's points at the low or the high end of one input) whose removal
 *       leaves the highest density, until the box would hold fewer than {@code minMass} of all points.
 *       Each step is a box of the <b>peeling trajectory</b>: the coverage–density trade-off;</li>
 *   <li>the reported box is the one of highest coverage with density ≥ {@code minDensity} (else the densest);</li>
 *   <li><b>pasting</b>: widen that box's limits, a slice of {@code alpha} of its points at a time, while
 *       the density rises;</li>
 *   <li><b>restricted dimensions</b> are the inputs whose limits are narrower than the data's; for each,
 *       the <b>quasi-p-value</b> (Bryant and Lempert 2010) is the one-sided binomial probability of
 *       finding at least the box's cases among its points if the restriction did not matter: with
 *       {@code H/T} the density of the box with that one restriction lifted,
 *       {@code p = P[Binomial(n_box, H/T) ≥ cases_box]}. A small p says the restriction is real.</li>
 * </ol>
 */
public final class Prim {

    private Prim() {}

    /** A restricted input of a box. */
    public record Limit(String input, double lower, double upper, double quasiP) {}

    /** A box with its statistics; {@code limitList} names only the restricted inputs. */
    public record Box(List<Limit> limitList, double coverage, double density, double mass, int points, int cases) {}

    /**
     * @param trajectory the peeling trajectory, from the box around all points to the smallest
     * @param chosen     the reported box, after pasting
     * @param chosenStep the trajectory step it was chosen from
     */
    public record Result(List<Box> trajectory, Box chosen, int chosenStep, int points, int cases) {}

    /**
     * @param x          {@code x[run][input]}
     * @param y          whether each run is a case of interest
     * @param names      the inputs' names
     * @param alpha      share of the box's points peeled or pasted per step (e.g. 0.05)
     * @param minMass    smallest share of all points a box may hold (e.g. 0.05)
     * @param minDensity density the reported box must reach
     */
    public static Result find(
            double[][] x, boolean[] y, List<String> names, double alpha, double minMass, double minDensity) {
        int n = x.length;
        int d = names.size();
        double[] lower = new double[d];
        double[] upper = new double[d];
        Arrays.fill(lower, Double.POSITIVE_INFINITY);
        Arrays.fill(upper, Double.NEGATIVE_INFINITY);
        int cases = 0;
        for (int i = 0; i < n; i++) {
            cases += y[i] ? 1 : 0;
            for (int k = 0; k < d; k++) {
                lower[k] = Math.min(lower[k], x[i][k]);
                upper[k] = Math.max(upper[k], x[i][k]);
            }
        }
        double[] initialLower = lower.clone();
        double[] initialUpper = upper.clone();
        List<double[][]> limits = new ArrayList<>();
        limits.add(new double[][] {lower.clone(), upper.clone()});
        while (true) {
            int[] inside = inside(x, lower, upper);
            double bestDensity = -1;
            int bestSize = -1;
            double[] bestLower = null;
            double[] bestUpper = null;
            for (int k = 0; k < d; k++) {
                double[] values = new double[inside.length];
                for (int i = 0; i < inside.length; i++) {
                    values[i] = x[inside[i]][k];
                }
                Arrays.sort(values);
                int r = Math.max(1, (int) Math.floor(alpha * values.length));
                if (r >= values.length) {
                    continue;
                }
                for (int side = 0; side < 2; side++) {
                    double[] candidateLower = lower.clone();
                    double[] candidateUpper = upper.clone();
                    if (side == 0) {
                        if (values[r] == values[0]) {
                            continue;
                        }
                        candidateLower[k] = values[r];
                    } else {
                        if (values[values.length - 1 - r] == values[values.length - 1]) {
                            continue;
                        }
                        candidateUpper[k] = values[values.length - 1 - r];
                    }
                    int[] kept = inside(x, candidateLower, candidateUpper, inside);
                    if (kept.length < minMass * n || kept.length == inside.length || kept.length == 0) {
                        continue;
                    }
                    double density = count(y, kept) / (double) kept.length;
                    if (density > bestDensity || density == bestDensity && kept.length > bestSize) {
                        bestDensity = density;
                        bestSize = kept.length;
                        bestLower = candidateLower;
                        bestUpper = candidateUpper;
                    }
                }
            }
            if (bestLower == null) {
                break;
            }
            lower = bestLower;
            upper = bestUpper;
            limits.add(new double[][] {lower.clone(), upper.clone()});
        }
        List<Box> trajectory = new ArrayList<>();
        int chosenStep = -1;
        double chosenCoverage = -1;
        int densest = 0;
        double densestDensity = -1;
        for (int step = 0; step < limits.size(); step++) {
            Box box = box(
                    x, y, names, limits.get(step)[0], limits.get(step)[1], initialLower, initialUpper, cases, false);
            trajectory.add(box);
            if (box.density() >= minDensity && box.coverage() > chosenCoverage) {
                chosenCoverage = box.coverage();
                chosenStep = step;
            }
            if (box.density() > densestDensity) {
                densestDensity = box.density();
                densest = step;
            }
        }
        if (chosenStep < 0) {
            chosenStep = densest;
        }
        double[][] pasted = paste(
                x,
                y,
                limits.get(chosenStep)[0].clone(),
                limits.get(chosenStep)[1].clone(),
                initialLower,
                initialUpper,
                alpha);
        Box chosen = box(x, y, names, pasted[0], pasted[1], initialLower, initialUpper, cases, true);
        return new Result(trajectory, chosen, chosenStep, n, cases);
    }

    /** Widens the box one slice at a time while its density rises (Friedman and Fisher 1999, section 5). */
    private static double[][] paste(
            double[][] x,
            boolean[] y,
            double[] lower,
            double[] upper,
            double[] initialLower,
            double[] initialUpper,
            double alpha) {
        int d = lower.length;
        while (true) {
            int[] inside = inside(x, lower, upper);
            double density = count(y, inside) / (double) Math.max(1, inside.length);
            int add = Math.max(1, (int) Math.floor(alpha * inside.length));
            double bestDensity = density;
            double[] bestLower = null;
            double[] bestUpper = null;
            for (int k = 0; k < d; k++) {
                for (int side = 0; side < 2; side++) {
                    if (side == 0 ? lower[k] <= initialLower[k] : upper[k] >= initialUpper[k]) {
                        continue;
                    }
                    // the points just outside this limit, inside all the others
                    List<Double> outside = new ArrayList<>();
                    for (double[] row : x) {
                        boolean others = true;
                        for (int j = 0; j < d && others; j++) {
                            others = j == k || row[j] >= lower[j] && row[j] <= upper[j];
                        }
                        if (others && (side == 0 ? row[k] < lower[k] : row[k] > upper[k])) {
                            outside.add(row[k]);
                        }
                    }
                    if (outside.isEmpty()) {
                        continue;
                    }
                    outside.sort(side == 0 ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
                    double edge = outside.get(Math.min(add, outside.size()) - 1);
                    double[] candidateLower = lower.clone();
                    double[] candidateUpper = upper.clone();
                    if (side == 0) {
                        candidateLower[k] = edge;
                    } else {
                        candidateUpper[k] = edge;
                    }
                    int[] kept = inside(x, candidateLower, candidateUpper);
                    double candidateDensity = count(y, kept) / (double) kept.length;
                    if (candidateDensity > bestDensity + 1e-12) {
                        bestDensity = candidateDensity;
                        bestLower = candidateLower;
                        bestUpper = candidateUpper;
                    }
                }
            }
            if (bestLower == null) {
                return new double[][] {lower, upper};
            }
            lower = bestLower;
            upper = bestUpper;
        }
    }

    private static Box box(
            double[][] x,
            boolean[] y,
            List<String> names,
            double[] lower,
            double[] upper,
            double[] initialLower,
            double[] initialUpper,
            int cases,
            boolean withP) {
        int[] inside = inside(x, lower, upper);
        int inCases = count(y, inside);
        List<Limit> limitList = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (lower[k] > initialLower[k] || upper[k] < initialUpper[k]) {
                double p = Double.NaN;
                if (withP) {
                    double[] liftedLower = lower.clone();
                    double[] liftedUpper = upper.clone();
                    liftedLower[k] = initialLower[k];
                    liftedUpper[k] = initialUpper[k];
                    int[] lifted = inside(x, liftedLower, liftedUpper);
                    double base = count(y, lifted) / (double) lifted.length;
                    p = quasiP(inside.length, inCases, base);
                }
                limitList.add(new Limit(names.get(k), lower[k], upper[k], p));
            }
        }
        return new Box(
                limitList,
                cases == 0 ? 0 : inCases / (double) cases,
                inside.length == 0 ? 0 : inCases / (double) inside.length,
                inside.length / (double) x.length,
                inside.length,
                inCases);
    }

    /** P[Binomial(points, base) ≥ cases]: Bryant and Lempert's quasi-p-value of a restriction. */
    static double quasiP(int points, int cases, double base) {
        if (cases <= 0) {
            return 1;
        }
        if (base >= 1) {
            return 1;
        }
        if (base <= 0) {
            return 0;
        }
        return 1 - new BinomialDistribution(points, base).cumulativeProbability(cases - 1);
    }

    private static int[] inside(double[][] x, double[] lower, double[] upper) {
        int[] all = new int[x.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return inside(x, lower, upper, all);
    }

    private static int[] inside(double[][] x, double[] lower, double[] upper, int[] among) {
        int[] result = new int[among.length];
        int n = 0;
        for (int i : among) {
            boolean in = true;
            for (int k = 0; k < lower.length && in; k++) {
                in = x[i][k] >= lower[k] && x[i][k] <= upper[k];
            }
            if (in) {
                result[n++] = i;
            }
        }
        return Arrays.copyOf(result, n);
    }

    private static int count(boolean[] y, int[] index) {
        int count = 0;
        for (int i : index) {
            count += y[i] ? 1 : 0;
        }
        return count;
    }
}
