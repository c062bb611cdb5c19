package org.multivector.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Elementary-effects screening (Morris, "Factorial sampling plans for preliminary computational
 * experiments", Technometrics 33, 1991, doi:10.1080/00401706.1991.10484804), with μ* (Campolongo,
 * Cariboni and Saltelli 2007, doi:10.1016/j.envsoft.2006.10.004).
 *
 * <p>On a grid of p levels {0, 1/(p−1), ..., 1} in each input's quantile, r trajectories each start
 * at a random grid point and move one input at a time, in random order, by Δ = p / (2(p − 1))
 * (up when that stays in [0, 1], else down): r(d + 1) runs. Each step gives input i's elementary
 * effect EE_i = (f(x') − f(x)) / (x'_i − x_i). μ* = mean |EE_i| ranks importance; σ = standard
 * deviation of EE_i flags non-linearity or interaction; μ = mean EE_i its direction.
 */
public final class MorrisScreening {

    private MorrisScreening() {}

    /** One input's screening measures. */
    public record Effect(String input, double muStar, double mu, double sigma) {}

    /** All inputs; {@code runs} = r(d + 1). */
    public record Result(List<Effect> effectList, int trajectories, int levels, int runs) {}

    public static Result analyse(UnitCubeFunction f, List<String> names, int trajectories, int levels, long seed) {
        int d = names.size();
        double delta = levels / (2.0 * (levels - 1));
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[trajectories * (d + 1)][];
        int[][] order = new int[trajectories][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[d];
            for (int k = 0; k < d; k++) {
                x[k] = random.nextInt(levels) / (double) (levels - 1);
            }
            int[] permutation = new int[d];
            for (int k = 0; k < d; k++) {
                permutation[k] = k;
            }
            for (int k = d - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = permutation[k];
                permutation[k] = permutation[j];
                permutation[j] = swap;
            }
            order[t] = permutation;
            points[t * (d + 1)] = x.clone();
            for (int step = 0; step < d; step++) {
                int k = permutation[step];
                x[k] = x[k] + delta <= 1 + 1e-12 ? x[k] + delta : x[k] - delta;
                points[t * (d + 1) + step + 1] = x.clone();
            }
        }
        double[] y = f.evaluate(points);
        double[][] effects = new double[d][trajectories];
        for (int t = 0; t < trajectories; t++) {
            for (int step = 0; step < d; step++) {
                int k = order[t][step];
                int before = t * (d + 1) + step;
                double dx = points[before + 1][k] - points[before][k];
                effects[k][t] = (y[before + 1] - y[before]) / dx;
            }
        }
        List<Effect> result = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            double[] abs = new double[trajectories];
            for (int t = 0; t < trajectories; t++) {
                abs[t] = Math.abs(effects[k][t]);
            }
            result.add(new Effect(
                    names.get(k),
                    Statistics.mean(abs),
                    Statistics.mean(effects[k]),
                    Math.sqrt(Statistics.variance(effects[k]))));
        }
        return new Result(result, trajectories, levels, points.length);
    }
}
