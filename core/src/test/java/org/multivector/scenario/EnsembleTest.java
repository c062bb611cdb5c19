package org.multivector.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EnsembleTest {

    private final EnsembleRunner runner = new LocalEnsembleRunner();

    @ParameterizedTest
    @EnumSource(Design.class)
    void givesBitForBitTheSameResultOnOneAndTwoThreads(Design design) {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());

        EnsembleResult one =
                runner.run(model, new EnsembleRequest(60, 99, design, 1), EnsembleListener.NONE, () -> false);
        EnsembleResult two =
                runner.run(model, new EnsembleRequest(60, 99, design, 2), EnsembleListener.NONE, () -> false);

        assertThat(two.completedCount()).isEqualTo(60);
        for (int run = 0; run < 60; run++) {
            assertThat(Arrays.equals(one.parameterValues(run), two.parameterValues(run)))
                    .isTrue();
            for (int s = 0; s < model.series().size(); s++) {
                for (int k = 0; k < model.periods(); k++) {
                    assertThat(Double.doubleToRawLongBits(two.value(run, s, k)))
                            .isEqualTo(Double.doubleToRawLongBits(one.value(run, s, k)));
                }
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentEnsembles() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());

        EnsembleResult a = runner.run(
                model, new EnsembleRequest(20, 1, Design.MONTE_CARLO, 1), EnsembleListener.NONE, () -> false);
        EnsembleResult b = runner.run(
                model, new EnsembleRequest(20, 2, Design.MONTE_CARLO, 1), EnsembleListener.NONE, () -> false);

        assertThat(a.parameterValues(0)).isNotEqualTo(b.parameterValues(0));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void latinHypercubeUsesEveryStratumOfEveryParameterExactlyOnce(long seed) {
        int runs = 1 + new SplittableRandom(seed).nextInt(300);
        double[][] u = SampleDesign.draw(Design.LATIN_HYPERCUBE, runs, 4, seed);

        for (int k = 0; k < 4; k++) {
            boolean[] used = new boolean[runs];
            for (double[] point : u) {
                int stratum = (int) Math.floor(point[k] * runs);
                assertThat(used[stratum])
                        .as("stratum %d of parameter %d", stratum, k)
                        .isFalse();
                used[stratum] = true;
            }
        }
    }

    @Test
    void monteCarloDrawsFollowTheDistribution() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());
        EnsembleResult result = runner.run(
                model, new EnsembleRequest(400, 5, Design.MONTE_CARLO, 2), EnsembleListener.NONE, () -> false);
        int index = model.parameters().index("westLevel2030");

        double sum = 0;
        for (int run = 0; run < 400; run++) {
            double value = result.parameterValues(run)[index];
            assertThat(value).isBetween(0.5, 1.2);
            sum += value;
        }
        assertThat(sum / 400).isBetween(0.83, 0.87);
    }

    @Test
    void stoppingKeepsEveryCompletedRunAndStartsNoNewOne() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());
        AtomicInteger seen = new AtomicInteger();

        EnsembleResult result = runner.run(
                model,
                new EnsembleRequest(200, 3, Design.LATIN_HYPERCUBE, 2),
                (done, total) -> seen.set(done),
                () -> seen.get() >= 20);
        EnsembleResult full = runner.run(
                model, new EnsembleRequest(200, 3, Design.LATIN_HYPERCUBE, 1), EnsembleListener.NONE, () -> false);

        assertThat(result.complete()).isFalse();
        assertThat(result.completedCount()).isBetween(20, 22);
        for (int run = 0; run < 200; run++) {
            if (result.completed(run)) {
                assertThat(result.value(run, 0, 10)).isEqualTo(full.value(run, 0, 10));
            }
        }
    }

    @Test
    void quantilesAreOrderedAndLieWithinTheRuns() {
        ScenarioModel model = Fixtures.compile(Fixtures.baseline());
        EnsembleResult result = runner.run(
                model, new EnsembleRequest(120, 11, Design.LATIN_HYPERCUBE, 2), EnsembleListener.NONE, () -> false);

        for (int s = 0; s < model.series().size(); s++) {
            for (int k = 0; k < model.periods(); k++) {
                double[] q = result.quantiles(s, k);
                assertThat(q[0]).isLessThanOrEqualTo(q[1]);
                assertThat(q[1]).isLessThanOrEqualTo(q[2]);
                assertThat(q[2]).isLessThanOrEqualTo(q[3]);
                assertThat(q[3]).isLessThanOrEqualTo(q[4]);
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int run = 0; run < 120; run++) {
                    min = Math.min(min, result.value(run, s, k));
                    max = Math.max(max, result.value(run, s, k));
                }
                assertThat(q[0]).isGreaterThanOrEqualTo(min);
                assertThat(q[4]).isLessThanOrEqualTo(max);
                assertThat(q[5]).isBetween(min - 1e-12, max + 1e-12);
            }
        }
    }
}
