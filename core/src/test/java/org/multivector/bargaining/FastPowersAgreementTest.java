package org.multivector.bargaining;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model with the table-driven powers against the same model with Math.pow (the arithmetic before
 * them), on random 12-actor issues (docs/bargaining.md, "Powers"). The arithmetic agrees to about 1e-15
 * relative; a run can still end elsewhere when a difference that small falls on an offer decision that
 * is a near tie, so the runs are compared one by one and counted.
 */
class FastPowersAgreementTest {

    private static final ExpectedUtilityModel MODEL = ExpectedUtilityModel.of(Variant.SCHOLZ_CODE);

    @Test
    void oneRoundMovesEveryActorToTheSamePlaceToWithin1e9() {
        SplittableRandom random = new SplittableRandom(11);
        double worst = 0;
        for (int issue = 0; issue < 500; issue++) {
            double[][] inputs = randomIssue(random, 12);
            worst = Math.max(worst, largestDifference(inputs, 1));
        }
        assertThat(worst).isLessThan(1e-9);
    }

    @Test
    void tenRoundRunsAgreeToWithin1e9InAlmostEveryRun() {
        SplittableRandom random = new SplittableRandom(12);
        int runs = 2_000;
        int apart = 0;
        for (int run = 0; run < runs; run++) {
            double[][] inputs = randomIssue(random, 12);
            if (largestDifference(inputs, 10) > 1e-9) {
                apart++;
            }
        }
        assertThat(apart).isLessThanOrEqualTo(runs / 100);
    }

    /** The largest difference in any actor's position after {@code rounds} rounds, fast minus exact powers. */
    private static double largestDifference(double[][] inputs, int rounds) {
        RoundEngine fast = MODEL.engine(inputs[0], inputs[1], inputs[2]);
        RoundEngine exact = MODEL.engine(inputs[0], inputs[1], inputs[2]);
        exact.useExactPowers();
        double worst = 0;
        for (int round = 0; round < rounds; round++) {
            fast.round();
            exact.round();
        }
        for (int i = 0; i < fast.n; i++) {
            worst = Math.max(worst, Math.abs(fast.position[i] - exact.position[i]));
        }
        return worst;
    }

    /** Capabilities in (0.01, 1), positions on 0–100 (half on a grid of tens, so ties occur), saliences in (0.05, 1). */
    private static double[][] randomIssue(SplittableRandom random, int n) {
        double[] c = new double[n];
        double[] x = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextDouble(0.01, 1);
            x[i] = random.nextBoolean() ? random.nextInt(11) * 10.0 : random.nextDouble(0, 100);
            s[i] = random.nextDouble(0.05, 1);
        }
        return new double[][] {c, x, s};
    }
}
