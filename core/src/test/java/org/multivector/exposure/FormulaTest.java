package org.multivector.exposure;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Each formula on a case worked out by hand (docs/metrics.md shows the same arithmetic). */
class FormulaTest {

    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-12);

    @Nested
    class ConcentrationOfShares {

        @Test
        void hhiIsTheSumOfSquaredShares() {
            assertThat(Concentration.hhi(0.5, 0.3, 0.2)).isCloseTo(0.25 + 0.09 + 0.04, EXACT);
        }

        @Test
        void hirschmanIsHundredTimesTheRootOfHhi() {
            assertThat(Concentration.hirschman(0.38)).isCloseTo(61.64414002968976, EXACT);
        }

        @Test
        void effectiveNumberOfPartnersIsTheInverseOfHhi() {
            assertThat(Concentration.effectivePartners(0.25)).isCloseTo(4.0, EXACT);
        }

        @Test
        void residualOfTheReportedTotalCountsAsOnePartner() {
            // 50 and 30 of a total of 100: shares 0.5, 0.3 and a rest of the world of 0.2
            assertThat(Concentration.ofCoverage(new double[] {50, 30}, 2, 100)).isCloseTo(0.38, EXACT);
        }

        @Test
        void partnersAboveTheReportedTotalAreTakenAsTheWhole() {
            assertThat(Concentration.ofCoverage(new double[] {60, 60}, 2, 100)).isCloseTo(0.5, EXACT);
        }

        @Test
        void withoutAReportedTotalThereIsNoConcentration() {
            assertThat(Concentration.ofCoverage(new double[] {60, 60}, 2, Double.NaN))
                    .isNaN();
            assertThat(Concentration.ofCoverage(new double[] {60}, 1, 0)).isNaN();
        }

        @Test
        void negativeSharesAreRejected() {
            assertThatThrownBy(() -> Concentration.hhi(0.5, -0.1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-0.1");
        }
    }

    @Nested
    class DependenceAndAsymmetry {

        @Test
        void dependenceIsTradeOverEachSidesGdp() {
            // trade 20; GDP of A 100, of B 400
            assertThat(Dependence.ratio(20, 100)).isCloseTo(0.2, EXACT);
            assertThat(Dependence.ratio(20, 400)).isCloseTo(0.05, EXACT);
            assertThat(Dependence.asymmetry(0.2, 0.05)).isCloseTo(0.15, EXACT);
        }

        @Test
        void aMissingOrZeroDenominatorLeavesAGap() {
            assertThat(Dependence.ratio(20, Double.NaN)).isNaN();
            assertThat(Dependence.ratio(20, 0)).isNaN();
            assertThat(Dependence.ratio(Double.NaN, 10)).isNaN();
        }

        @Test
        void barbieriSalienceSymmetryAndInterdependence() {
            // trade shares 0.4 of A's total and 0.1 of B's
            assertThat(Dependence.salience(0.4, 0.1)).isCloseTo(0.2, EXACT);
            assertThat(Dependence.symmetry(0.4, 0.1)).isCloseTo(0.7, EXACT);
            assertThat(Dependence.interdependence(0.4, 0.1)).isCloseTo(0.14, EXACT);
        }
    }

    @Nested
    class BalanceAmongPowers {

        @Test
        void evennessIsOneForIdenticalClosenessAndZeroForOnePower() {
            assertThat(PowerBalance.evenness(0.2, 0.2, 0.2, 0.2)).isCloseTo(1.0, EXACT);
            assertThat(PowerBalance.evenness(0.3, 0, 0, 0)).isCloseTo(0.0, EXACT);
        }

        @Test
        void evennessIsNormalisedShannonEntropy() {
            // weights 1/2, 1/4, 1/4: H = ln2/2 + ln4/2 = 1.5 ln 2, over ln 3
            assertThat(PowerBalance.evenness(0.5, 0.25, 0.25)).isCloseTo(1.5 * Math.log(2) / Math.log(3), EXACT);
        }

        @Test
        void noTiesWithAnyPowerIsEquallyDistant() {
            assertThat(PowerBalance.evenness(0, 0, 0)).isEqualTo(1.0);
            assertThat(PowerBalance.classify(List.of("A", "B", "C"), new double[] {0, 0, 0}, BalanceThresholds.DEFAULT))
                    .isEqualTo(new Balance.Equidistance());
        }

        @Test
        void evenAndDeepIsEqualCloseness() {
            assertThat(PowerBalance.classify(List.of("RUS", "CHN"), new double[] {0.3, 0.3}, BalanceThresholds.DEFAULT))
                    .isEqualTo(new Balance.EqualCloseness());
        }

        @Test
        void evenAndShallowIsEquidistance() {
            assertThat(PowerBalance.classify(
                            List.of("RUS", "CHN"), new double[] {0.1, 0.12}, BalanceThresholds.DEFAULT))
                    .isEqualTo(new Balance.Equidistance());
        }

        @Test
        void unevenBelowTheAlignmentWeightIsATilt() {
            // weights 0.55, 0.4, 0.05: evenness 0.77 < 0.95; top weight 0.55 < 0.6
            Balance balance = PowerBalance.classify(
                    List.of("RUS", "CHN", "USA"), new double[] {0.55, 0.40, 0.05}, BalanceThresholds.DEFAULT);
            assertThat(balance).isEqualTo(new Balance.TiltToward("RUS"));
            assertThat(balance.label()).isEqualTo("tilt toward RUS");
        }

        @Test
        void unevenAtOrAboveTheAlignmentWeightIsAlignment() {
            Balance balance = PowerBalance.classify(
                    List.of("RUS", "CHN", "USA"), new double[] {0.1, 0.7, 0.2}, BalanceThresholds.DEFAULT);
            assertThat(balance).isEqualTo(new Balance.AlignmentWith("CHN"));
            assertThat(balance.power()).isEqualTo("CHN");
        }

        @Test
        void aPowerAtTheAlignmentWeightMeansAlignmentHoweverEvenTheRest() {
            // two powers 62/38: evenness 0.958 >= 0.95, but China holds 62 % >= 60 %
            Balance balance =
                    PowerBalance.classify(List.of("RUS", "CHN"), new double[] {0.38, 0.62}, BalanceThresholds.DEFAULT);
            assertThat(PowerBalance.evenness(0.38, 0.62)).isGreaterThan(0.95);
            assertThat(balance).isEqualTo(new Balance.AlignmentWith("CHN"));
        }

        @Test
        void slightlyUnevenTiesAreATilt() {
            // weights 0.4, 0.3, 0.2, 0.1: evenness 0.923 < 0.95
            assertThat(PowerBalance.classify(
                            List.of("RUS", "CHN", "USA", "EU"),
                            new double[] {0.4, 0.3, 0.2, 0.1},
                            BalanceThresholds.DEFAULT))
                    .isEqualTo(new Balance.TiltToward("RUS"));
        }

        @Test
        void evennessNeedsTwoPowers() {
            assertThatThrownBy(() -> PowerBalance.evenness(0.4))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("two powers");
        }

        @Test
        void thresholdsOutsideTheUnitIntervalAreRejected() {
            assertThatThrownBy(() -> new BalanceThresholds(1.2, 0.5, 0.6))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("evenEvenness");
        }
    }
}
