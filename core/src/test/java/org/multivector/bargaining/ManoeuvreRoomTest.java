package org.multivector.bargaining;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ManoeuvreRoomTest {

    /** A small alignment issue: the focal middle power between two powers (analyst-style test inputs). */
    static Issue alignment() {
        return Issue.of(
                "alignment",
                List.of(
                        new Stakeholder("Focal", 0.3, 50, 0.9),
                        new Stakeholder("East", 0.4, 0, 0.8),
                        new Stakeholder("West", 0.3, 100, 0.6),
                        new Stakeholder("Neighbour", 0.1, 30, 0.5)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void intervalsAreOrderedDisjointAndInsideTheScale(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        String focal = issue.stakeholderList().getFirst().name();
        ManoeuvreRoom room = ManoeuvreRoom.of(issue, focal);
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Interval interval : room.intervalList()) {
            assertThat(interval.from())
                    .isGreaterThanOrEqualTo(issue.lowerBound())
                    .isGreaterThan(previousEnd);
            assertThat(interval.to()).isLessThanOrEqualTo(issue.upperBound());
            previousEnd = interval.to();
        }
        assertThat(room.totalWidth())
                .isCloseTo(
                        room.intervalList().stream()
                                .mapToDouble(Interval::width)
                                .sum(),
                        within(1e-12));
        assertThat(room.share()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aFocalActorPlacedInsideItsRoomIsNotMovedByTheNextRound(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        String focal = issue.stakeholderList().getFirst().name();
        ManoeuvreRoom room = ManoeuvreRoom.of(issue, focal);
        double range = issue.upperBound() - issue.lowerBound();
        for (Interval interval : room.intervalList()) {
            double middle = 0.5 * (interval.from() + interval.to());
            double[] x = issue.positions();
            x[0] = middle;
            RoundEngine engine = ExpectedUtilityModel.of(ManoeuvreRoom.DEFAULT_VARIANT)
                    .engine(issue.capabilities(), x, issue.saliences());
            engine.fixRange(range);
            engine.round();
            assertThat(engine.position[0]).as("focal at %s", middle).isEqualTo(middle);
        }
    }

    @Test
    void theStrictTestNeverAllowsMoreThanTheCredibleOne() {
        for (long seed = 1; seed <= 6; seed++) {
            Issue issue = ModelPropertiesTest.randomIssue(seed);
            String focal = issue.stakeholderList().getFirst().name();
            double strict = ManoeuvreRoom.of(issue, focal, Variant.MASAD, ManoeuvreRoom.Test.NO_EXPECTED_GAIN)
                    .totalWidth();
            double credible = ManoeuvreRoom.of(issue, focal, Variant.MASAD, ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE)
                    .totalWidth();
            assertThat(strict).isLessThanOrEqualTo(credible + 1e-6);
        }
    }

    @Test
    void theCurveAtFactorOneIsTheRoomOfTheIssueAsGiven() {
        Issue issue = alignment();
        List<ManoeuvreRoom.Point> curve = ManoeuvreRoom.curve(
                issue,
                "Focal",
                "West",
                ManoeuvreRoom.Lever.CAPABILITY,
                new double[] {0, 1, 2},
                ManoeuvreRoom.DEFAULT_VARIANT);
        assertThat(curve).extracting(ManoeuvreRoom.Point::factor).containsExactly(0.0, 1.0, 2.0);
        assertThat(curve.get(1).room()).isEqualTo(ManoeuvreRoom.of(issue, "Focal"));
    }

    @Test
    void engagementOfAPowerChangesTheRoomOnTheAlignmentIssue() {
        List<ManoeuvreRoom.Point> curve = ManoeuvreRoom.curve(
                alignment(),
                "Focal",
                "West",
                ManoeuvreRoom.Lever.CAPABILITY,
                new double[] {0, 0.5, 1, 1.5, 2},
                ManoeuvreRoom.DEFAULT_VARIANT);
        assertThat(curve.stream()
                        .mapToDouble(p -> p.room().totalWidth())
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void unknownActorsAreRefused() {
        assertThatThrownBy(() -> ManoeuvreRoom.of(alignment(), "Nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nobody");
    }
}
