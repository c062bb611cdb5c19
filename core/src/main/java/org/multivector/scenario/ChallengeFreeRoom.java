package org.multivector.scenario;

/**
 * Room to manoeuvre from the expected-utility model's challenge condition (Bueno de Mesquita 1994;
 * the Scholz et al. 2011 replication's utilities with risk exponent 1 and Q = 1, and the
 * per-pair probability of Masad's implementation; see docs/model.md eq. 8 and
 * ../shared/research/bdm.md A.3–A.5).
 *
 * <p>For each candidate position x of the focal country (101 points on the 0..100 scale) and each
 * power j, the probability that j would win a contest against the focal country at x is
 * P = Σ_k max(0, v_k) / Σ_k |v_k| with v_k = c_k s_k (|x_k − x| − |x_k − x_j|), counting every
 * stakeholder k, the focal country at x included. With d = |x_j − x| / 100 and the focal country's
 * salience s_f, j's expected utility of challenging is EU = 2d [1 − 2 s_f (1 − P)], so j challenges
 * when P &gt; 1 − 1/(2 s_f). The room is the share of the candidate positions that no power would
 * challenge.
 */
public final class ChallengeFreeRoom implements RoomModel {

    private static final int GRID = 101;
    private static final double RANGE = 100;

    @Override
    public double room(double[] position, double[] capability, double[] salience) {
        int n = position.length;
        double focalSalience = salience[0];
        double threshold = 1 - 1 / (2 * focalSalience);
        int free = 0;
        for (int g = 0; g < GRID; g++) {
            double x = g * RANGE / (GRID - 1);
            boolean challenged = false;
            for (int j = 1; j < n && !challenged; j++) {
                double xj = position[j];
                if (xj == x) {
                    continue;
                }
                double favour = 0;
                double all = 0;
                for (int k = 0; k < n; k++) {
                    double xk = k == 0 ? x : position[k];
                    double vote = capability[k] * salience[k] * (Math.abs(xk - x) - Math.abs(xk - xj));
                    if (vote > 0) {
                        favour += vote;
                    }
                    all += Math.abs(vote);
                }
                double p = all > 0 ? favour / all : 0;
                challenged = p > threshold;
            }
            if (!challenged) {
                free++;
            }
        }
        return (double) free / GRID;
    }
}
