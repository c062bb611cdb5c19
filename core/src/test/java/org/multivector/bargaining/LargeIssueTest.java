package org.multivector.bargaining;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/** Large issues: prefix-sum probabilities agree with the direct sums, and parallel rounds give the same numbers at any thread count. */
class LargeIssueTest {

    private static Issue random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double position = random.nextBoolean() ? random.nextInt(11) * 10.0 : random.nextDouble(0, 100);
            stakeholders.add(
                    new Stakeholder("A" + i, random.nextDouble(0.01, 1), position, random.nextDouble(0.05, 1)));
        }
        return Issue.of("random " + n, stakeholders);
    }

    static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (Variant variant : Variant.presets().values()) {
            for (int n : new int[] {70, 250}) {
                cases.add(new Object[] {variant.name(), n});
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}, {1} actors")
    @MethodSource("cases")
    void prefixSumProbabilitiesEqualTheDirectSumsTo1e10(String variantName, int n) {
        Issue issue = random(n, n * 31L);
        RoundEngine engine = ExpectedUtilityModel.of(Variant.named(variantName))
                .engine(issue.capabilities(), issue.positions(), issue.saliences());
        engine.updateRisk(); // risk exponents differ between actors from here
        engine.computeVotes(engine.risk);
        engine.computeProbabilitiesDirect();
        double[] direct = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                direct[i * n + j] = engine.probability(i, j);
            }
        }
        engine.computeProbabilitiesSorted();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(Math.abs(engine.probability(i, j) - direct[i * n + j]))
                        .as("P(%d, %d)", i, j)
                        .isLessThan(1e-10);
            }
        }
    }

    @Test
    void aParallelRunGivesTheSameNumbersOnOneThreadAndOnFour() throws Exception {
        Issue issue = random(400, 5);
        ExpectedUtilityModel model = ExpectedUtilityModel.of(Variant.SCHOLZ_CODE.withRounds(3));
        double[] one = new double[400];
        double[] four = new double[400];
        try (ForkJoinPool single = new ForkJoinPool(1);
                ForkJoinPool quad = new ForkJoinPool(4)) {
            single.submit(() -> model.finalPositions(issue.capabilities(), issue.positions(), issue.saliences(), one))
                    .get();
            quad.submit(() -> model.finalPositions(issue.capabilities(), issue.positions(), issue.saliences(), four))
                    .get();
        }
        assertThat(four).containsExactly(one);
        assertThat(one).isNotEqualTo(issue.positions()); // actors did move
    }
}
