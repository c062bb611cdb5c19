package org.multivector.strategy;

import org.hipparchus.random.SobolSequenceGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Variance-based global sensitivity (Sobol' 1993; 2001, doi:10.1016/S0378-4754(00)00270-6): the
 * first-order index S_i is the share of the output's variance explained by input i alone, the
 * total-order index ST_i the share that involves input i at all (alone or in interaction).
 *
 * <p>Estimated as in Saltelli et al., "Variance based sensitivity analysis of model output. Design
 * and estimator for the total sensitivity index", Computer Physics Communications 181, 2010,
 * doi:10.1016/j.cpc.2009.09.018: two N × d matrices A and B from a 2d-dimensional Sobol' sequence
 * (Hipparchus {@link SobolSequenceGenerator}, first point skipped); A_B^(i) is A with column i from B;
 * N(d + 2) model runs; with V the variance of f(A) ∪ f(B),
 * <pre>
 *   S_i  = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j) / V          (Saltelli 2010, Table 2 (b))
 *   ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V                (Jansen 1999, Table 2 (f))
 * </pre>
 * The 95 % intervals are bootstrap percentile intervals (Efron and Tibshirani 1993; as Archer,
 * Saltelli and Sobol' 1997): the rows j resampled with replacement, both indices recomputed.
 */
public final class SobolIndices {

    private SobolIndices() {}

    /** One input's indices with their 95 % bootstrap intervals. */
    public record Index(
            String input,
            double first,
            double firstLow,
            double firstHigh,
            double total,
            double totalLow,
            double totalHigh) {}

    /** All inputs' indices; {@code runs} = N(d + 2) model evaluations, {@code variance} of the output. */
    public record Result(List<Index> indexList, int samples, int runs, double variance) {}

    /**
     * @param names     the inputs (d = names.size())
     * @param samples   N, the base sample size
     * @param bootstrap bootstrap resamples for the intervals
     */
    public static Result analyse(UnitCubeFunction f, List<String> names, int samples, int bootstrap, long seed) {
        int d = names.size();
        int n = samples;
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
        sequence.skipTo(1);
        double[][] points = new double[n * (d + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sequence.nextVector();
            double[] a = new double[d];
            double[] b = new double[d];
            System.arraycopy(v, 0, a, 0, d);
            System.arraycopy(v, d, b, 0, d);
            points[j] = a;
            points[n + j] = b;
            for (int i = 0; i < d; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[(2 + i) * n + j] = ab;
            }
        }
        double[] y = f.evaluate(points);
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[d][n];
        for (int j = 0; j < n; j++) {
            fa[j] = y[j];
            fb[j] = y[n + j];
            for (int i = 0; i < d; i++) {
                fab[i][j] = y[(2 + i) * n + j];
            }
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] estimate = estimate(fa, fb, fab, all);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] firstBoot = new double[d][bootstrap];
        double[][] totalBoot = new double[d][bootstrap];
        int[] resample = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                resample[j] = random.nextInt(n);
            }
            double[][] e = estimate(fa, fb, fab, resample);
            for (int i = 0; i < d; i++) {
                firstBoot[i][b] = e[0][i];
                totalBoot[i][b] = e[1][i];
            }
        }
        List<Index> indices = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            indices.add(new Index(
                    names.get(i),
                    estimate[0][i],
                    Statistics.percentile(firstBoot[i], 2.5),
                    Statistics.percentile(firstBoot[i], 97.5),
                    estimate[1][i],
                    Statistics.percentile(totalBoot[i], 2.5),
                    Statistics.percentile(totalBoot[i], 97.5)));
        }
        double[] both = new double[2 * n];
        System.arraycopy(fa, 0, both, 0, n);
        System.arraycopy(fb, 0, both, n, n);
        return new Result(indices, n, n * (d + 2), Statistics.variance(both));
    }

    /** {first[i], total[i]} on the rows {@code rows}. */
    private static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] rows) {
        int d = fab.length;
        int n = rows.length;
        double sum = 0;
        double sumSq = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
            sumSq += fa[j] * fa[j] + fb[j] * fb[j];
        }
        double mean = sum / (2.0 * n);
        double variance = (sumSq / (2.0 * n) - mean * mean) * (2.0 * n) / (2.0 * n - 1);
        double[] first = new double[d];
        double[] total = new double[d];
        for (int i = 0; i < d; i++) {
            double s = 0;
            double t = 0;
            for (int j : rows) {
                s += fb[j] * (fab[i][j] - fa[j]);
                double diff = fa[j] - fab[i][j];
                t += diff * diff;
            }
            first[i] = variance > 0 ? s / n / variance : 0;
            total[i] = variance > 0 ? t / (2.0 * n) / variance : 0;
        }
        return new double[][] {first, total};
    }
}
