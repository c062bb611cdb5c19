package org.multivector.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Regret and satisficing on a table small enough to check by hand. */
class RobustnessTest {

    private static final List<StudyOutcome> OUTCOMES = List.of(
            new StudyOutcome("room", "room", Reduction.MEAN, Sense.MAXIMISE, "share"),
            new StudyOutcome("risk", "revenue-at-risk", Reduction.FINAL, Sense.MINIMISE, "USD bn"));

    //            scenario:   s1   s2   s3   s4
    // room  A               0.5  0.4  0.3  0.6
    //       B               0.6  0.2  0.4  0.5
    //       C               0.4  0.4  0.4  0.4
    // risk  A                 1    5    2    0
    //       B                 3    1    2    4
    //       C                 2    2    2    2
    private static final double[][][] TABLE = {
        {{0.5, 0.4, 0.3, 0.6}, {1, 5, 2, 0}},
        {{0.6, 0.2, 0.4, 0.5}, {3, 1, 2, 4}},
        {{0.4, 0.4, 0.4, 0.4}, {2, 2, 2, 2}}
    };

    @Test
    void regretIsTheShortfallFromTheBestPolicyInEachScenario() {
        Robustness.Report report = Robustness.of(List.of("A", "B", "C"), OUTCOMES, List.of(), TABLE, 50, 1);

        // room: best per scenario 0.6, 0.4, 0.4, 0.6 → A regrets 0.1, 0, 0.1, 0; B 0, 0.2, 0, 0.1; C 0.2, 0, 0, 0.2
        Robustness.OutcomeSummary roomA =
                report.policyList().get(0).outcomeList().get(0);
        Robustness.OutcomeSummary roomB =
                report.policyList().get(1).outcomeList().get(0);
        Robustness.OutcomeSummary roomC =
                report.policyList().get(2).outcomeList().get(0);
        assertThat(roomA.meanRegret()).isCloseTo(0.05, offset(1e-12));
        assertThat(roomA.maxRegret()).isCloseTo(0.1, offset(1e-12));
        assertThat(roomB.meanRegret()).isCloseTo(0.075, offset(1e-12));
        assertThat(roomB.maxRegret()).isCloseTo(0.2, offset(1e-12));
        assertThat(roomC.meanRegret()).isCloseTo(0.1, offset(1e-12));
        // risk (minimise): best 1, 1, 2, 0 → A regrets 0, 4, 0, 0; B 2, 0, 0, 4; C 1, 1, 0, 2
        Robustness.OutcomeSummary riskA =
                report.policyList().get(0).outcomeList().get(1);
        Robustness.OutcomeSummary riskB =
                report.policyList().get(1).outcomeList().get(1);
        Robustness.OutcomeSummary riskC =
                report.policyList().get(2).outcomeList().get(1);
        assertThat(riskA.meanRegret()).isCloseTo(1.0, offset(1e-12));
        assertThat(riskA.maxRegret()).isCloseTo(4.0, offset(1e-12));
        assertThat(riskB.meanRegret()).isCloseTo(1.5, offset(1e-12));
        assertThat(riskC.meanRegret()).isCloseTo(1.0, offset(1e-12));
        assertThat(riskC.maxRegret()).isCloseTo(2.0, offset(1e-12));
        // without thresholds the ranking is by mean regret of the first outcome: A, B, C
        assertThat(report.policyList())
                .extracting(Robustness.PolicyRobustness::rank)
                .containsExactly(1, 2, 3);
        assertThat(roomA.mean()).isCloseTo(0.45, offset(1e-12));
        assertThat(roomA.p50()).isCloseTo(0.45, offset(1e-12));
    }

    @Test
    void satisficingIsTheShareOfScenariosMeetingEveryThreshold() {
        List<Threshold> thresholds =
                List.of(new Threshold("room", 0.4, Double.NaN), new Threshold("risk", Double.NaN, 2));

        Robustness.Report report = Robustness.of(List.of("A", "B", "C"), OUTCOMES, thresholds, TABLE, 50, 1);

        // A: s1 (0.5, 1) yes, s2 (0.4, 5) no, s3 (0.3, 2) no, s4 (0.6, 0) yes → 2/4
        // B: s1 (0.6, 3) no, s2 (0.2, 1) no, s3 (0.4, 2) yes, s4 (0.5, 4) no → 1/4
        // C: every scenario (0.4, 2) yes → 4/4
        assertThat(report.policyList())
                .extracting(Robustness.PolicyRobustness::satisficing)
                .containsExactly(0.5, 0.25, 1.0);
        assertThat(report.policyList().get(0).thresholdShares()).containsExactly(0.75, 0.75);
        assertThat(report.policyList())
                .extracting(Robustness.PolicyRobustness::rank)
                .containsExactly(2, 3, 1);
        assertThat(report.thresholdLabels()).containsExactly("room >= 0.4", "risk <= 2.0");
    }

    @Test
    void theConvergenceCheckSeesAClearWinnerAsStable() {
        double[][][] table = new double[2][1][400];
        for (int s = 0; s < 400; s++) {
            table[0][0][s] = 1 + (s % 7) * 0.01;
            table[1][0][s] = (s % 5) * 0.01;
        }
        Robustness.Report report =
                Robustness.of(List.of("good", "poor"), OUTCOMES.subList(0, 1), List.of(), table, 100, 2);

        assertThat(report.convergence().stable()).isTrue();
        assertThat(report.convergence().topStability()).isEqualTo(1.0);
        assertThat(report.convergence().halfTop()).isEqualTo("good");
    }

    @Test
    void policiesTiedForBestAreNotCalledAStableWinner() {
        double[][][] table = new double[3][1][50];
        for (int s = 0; s < 50; s++) {
            table[0][0][s] = 1;
            table[1][0][s] = 1;
            table[2][0][s] = 0;
        }
        List<Threshold> thresholds = List.of(new Threshold("room", 0.5, Double.NaN));
        Robustness.Report report =
                Robustness.of(List.of("a", "b", "c"), OUTCOMES.subList(0, 1), thresholds, table, 100, 2);

        assertThat(report.convergence().stable()).isFalse();
        assertThat(report.convergence().tiedBest()).isEqualTo(2);
        assertThat(report.convergence().topStability()).isEqualTo(0.5);
        assertThat(report.convergence().verdict()).startsWith("not decided: 2 policies tie for best");
    }

    @Test
    void theConvergenceCheckFlagsATieAsUnstable() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[][][] table = new double[2][1][40];
        for (int s = 0; s < 40; s++) {
            table[0][0][s] = random.nextDouble();
            table[1][0][s] = random.nextDouble();
        }
        Robustness.Report report = Robustness.of(List.of("a", "b"), OUTCOMES.subList(0, 1), List.of(), table, 200, 2);

        assertThat(report.convergence().stable()).isFalse();
        assertThat(report.convergence().verdict()).contains("run more scenarios");
    }
}
