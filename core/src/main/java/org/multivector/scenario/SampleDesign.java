package org.multivector.scenario;

import java.util.SplittableRandom;

/**
 * Draws the unit-interval coordinates of every run's uncertain parameters, before any run starts,
 * so that they depend only on the master seed, the design and the run count.
 */
public final class SampleDesign {

    private SampleDesign() {}

    /**
     * @return {@code u[run][k]} in (0, 1): the quantile at which run {@code run} takes uncertain parameter {@code k}
     */
    public static double[][] draw(Design design, int runs, int dimensions, long master) {
        double[][] u = new double[runs][dimensions];
        switch (design) {
            case MONTE_CARLO -> {
                for (int run = 0; run < runs; run++) {
                    SplittableRandom random = new SplittableRandom(RunSeeds.runSeed(master, run));
                    for (int k = 0; k < dimensions; k++) {
                        u[run][k] = open(random.nextDouble());
                    }
                }
            }
            case LATIN_HYPERCUBE -> {
                for (int k = 0; k < dimensions; k++) {
                    SplittableRandom random = new SplittableRandom(RunSeeds.streamSeed(master, "lhs", k));
                    int[] stratum = permutation(runs, random);
                    for (int run = 0; run < runs; run++) {
                        u[run][k] = open((stratum[run] + random.nextDouble()) / runs);
                    }
                }
            }
        }
        return u;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = result[i];
            result[i] = result[j];
            result[j] = swap;
        }
        return result;
    }

    private static double open(double u) {
        return Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    }
}
