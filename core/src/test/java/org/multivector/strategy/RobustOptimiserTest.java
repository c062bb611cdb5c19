package org.multivector.strategy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search finds a known Pareto front: ZDT1 (Zitzler, Deb and Thiele 2000,
 * doi:10.1162/106365600568202), whose front is f2 = 1 − √f1 for f1 in [0, 1] (x2..xn = 0).
 */
class RobustOptimiserTest {

    private static final int N = 10;

    private static double[] zdt1(double[] x) {
        double g = 0;
        for (int i = 1; i < x.length; i++) {
            g += x[i];
        }
        g = 1 + 9 * g / (x.length - 1);
        double f1 = x[0];
        double f2 = g * (1 - Math.sqrt(f1 / g));
        return new double[] {f1, f2};
    }

    private static RobustOptimiser.Result run(Study.Algorithm algorithm, long seed) {
        double[] lower = new double[N];
        double[] upper = new double[N];
        java.util.Arrays.fill(upper, 1);
        return RobustOptimiser.optimise(
                RobustOptimiserTest::zdt1,
                lower,
                upper,
                new Sense[] {Sense.MINIMISE, Sense.MINIMISE},
                algorithm,
                60,
                150,
                seed,
                g -> {});
    }

    @Test
    void nsgaIiFindsTheZdt1Front() {
        RobustOptimiser.Result result = run(Study.Algorithm.NSGA_II, 3);

        assertThat(result.front()).hasSizeGreaterThan(20);
        for (RobustOptimiser.Member member : result.front()) {
            double f1 = member.objectives()[0];
            assertThat(member.objectives()[1])
                    .as("f2 at f1 = %f", f1)
                    .isCloseTo(1 - Math.sqrt(f1), org.assertj.core.data.Offset.offset(0.03));
        }
        assertThat(result.front().get(0).objectives()[0]).isLessThan(0.05);
        assertThat(result.front().get(result.front().size() - 1).objectives()[0])
                .isGreaterThan(0.9);
        // the hypervolume grows and settles
        double[] hv = result.hypervolume();
        assertThat(hv).hasSize(151);
        assertThat(hv[150]).isGreaterThan(hv[0]);
        assertThat(hv[150] - hv[140]).isLessThan(0.01);
    }

    @Test
    void epsilonMoeaFindsTheZdt1FrontToo() {
        RobustOptimiser.Result result = run(Study.Algorithm.EPSILON_MOEA, 4);

        for (RobustOptimiser.Member member : result.front()) {
            double f1 = member.objectives()[0];
            assertThat(member.objectives()[1]).isCloseTo(1 - Math.sqrt(f1), org.assertj.core.data.Offset.offset(0.05));
        }
    }

    @Test
    void theSameSeedGivesTheSameFront() {
        RobustOptimiser.Result first = run(Study.Algorithm.NSGA_II, 9);
        RobustOptimiser.Result second = run(Study.Algorithm.NSGA_II, 9);

        assertThat(second.front()).hasSameSizeAs(first.front());
        for (int i = 0; i < first.front().size(); i++) {
            assertThat(second.front().get(i).variables())
                    .containsExactly(first.front().get(i).variables());
        }
        assertThat(second.hypervolume()).containsExactly(first.hypervolume());
    }
}
