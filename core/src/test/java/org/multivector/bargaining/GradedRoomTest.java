package org.multivector.bargaining;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The graded room to manoeuvre (docs/bargaining.md, "Graded room"): exactness, the model's own safety test, monotonicity. */
class GradedRoomTest {

    static List<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed().toList();
    }

    private static String focal(Issue issue) {
        return issue.stakeholderList().getFirst().name();
    }

    /** The integral by a plain midpoint rule on a fine grid: the reference the quadrature must meet. */
    private static double midpoint(Issue issue, String focal, int points) {
        double lo = issue.lowerBound();
        double hi = issue.upperBound();
        double h = (hi - lo) / points;
        double sum = 0;
        for (int g = 0; g < points; g++) {
            sum += GradedRoom.safety(issue, focal, lo + (g + 0.5) * h);
        }
        return sum / points;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theQuadratureMeetsAFineMidpointRule(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        double share = GradedRoom.share(issue, focal(issue));

        assertThat(share).isBetween(0.0, 1.0);
        // the midpoint rule on 200,000 cells errs by at most ~1e-5 at the jumps found at actors' positions
        assertThat(share).isCloseTo(midpoint(issue, focal(issue), 200_000), within(2e-5));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPositionHasSomeSafetyExactlyWhenTheRiskNeutralModelMakesNoAcceptableOffer(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        String focal = focal(issue);
        double lo = issue.lowerBound();
        double hi = issue.upperBound();
        RoundEngine engine = ExpectedUtilityModel.of(Variant.MASAD)
                .engine(issue.capabilities(), issue.positions(), issue.saliences());
        double[] x = issue.positions();
        int checked = 0;
        for (int g = 0; g < 97; g++) {
            double y = lo + (g + 0.37) * (hi - lo) / 97;
            double safety = GradedRoom.safety(issue, focal, y);
            if (safety < 1e-9 && safety > 0) {
                continue; // on a boundary to rounding
            }
            x[0] = y;
            engine.reset(x);
            engine.fixRange(hi - lo);
            assertThat(engine.receivesOfferRiskNeutral(0))
                    .as("focal at %s, safety %s", y, safety)
                    .isEqualTo(safety == 0);
            checked++;
        }
        assertThat(checked).isGreaterThan(90);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreCapabilityForTheFocalActorNeverNarrowsTheRoom(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        String focal = focal(issue);
        double previous = -1;
        for (double factor : new double[] {0, 0.25, 0.5, 1, 1.5, 2, 4, 10}) {
            Issue scaled = issue.with(focal, s -> s.withCapability(s.capability() * factor));
            double share = GradedRoom.share(scaled, focal);
            assertThat(share).as("capability × %s", factor).isGreaterThanOrEqualTo(previous - 1e-8);
            previous = share;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void moreSalienceForTheFocalActorNeverNarrowsTheRoom(long seed) {
        Issue issue = ModelPropertiesTest.randomIssue(seed);
        String focal = focal(issue);
        double previous = -1;
        for (double salience = 0; salience <= 1.0001; salience += 0.125) {
            double value = Math.min(1, salience);
            Issue changed = issue.with(focal, s -> s.withSalience(value));
            double share = GradedRoom.share(changed, focal);
            assertThat(share).as("salience %s", value).isGreaterThanOrEqualTo(previous - 1e-8);
            previous = share;
        }
    }

    @Test
    void theRoomMovesSmoothlyWithAPowersCapabilityWhereTheSafeSetWidthMovesInSteps() {
        Issue issue = contested();
        Set<Double> graded = new HashSet<>();
        Set<Double> safeSet = new HashSet<>();
        double previous = Double.NaN;
        for (int step = 0; step <= 20; step++) {
            double factor = 0.5 + step * 0.05;
            Issue scaled = issue.with("West", s -> s.withCapability(s.capability() * factor));
            double share = GradedRoom.share(scaled, "Focal");
            graded.add(share);
            safeSet.add(Math.round(ManoeuvreRoom.of(scaled, "Focal").share() * 1e6) / 1e6);
            if (!Double.isNaN(previous)) {
                assertThat(Math.abs(share - previous))
                        .as("change at factor %s", factor)
                        .isLessThan(0.02);
            }
            previous = share;
        }
        assertThat(graded).as("distinct graded rooms over 21 factors").hasSize(21);
        assertThat(safeSet.size()).as("distinct safe-set widths").isLessThan(graded.size());
    }

    /** A middle power between two camps, shaped like the Kazakhstan baseline's first quarter (test inputs). */
    static Issue contested() {
        return Issue.of(
                "contested",
                List.of(
                        new Stakeholder("Focal", 0.3, 50, 0.9),
                        new Stakeholder("East", 0.36, 5, 0.55),
                        new Stakeholder("Middle", 0.3, 30, 0.7),
                        new Stakeholder("West", 0.25, 85, 0.4),
                        new Stakeholder("FarWest", 0.09, 95, 0.3)));
    }

    @Test
    void aFocalActorNobodyCanOutvoteHasTheWholeScale() {
        Issue issue = Issue.of(
                "dominant",
                List.of(
                        new Stakeholder("Focal", 100, 50, 1.0),
                        new Stakeholder("East", 0.1, 0, 0.5),
                        new Stakeholder("West", 0.1, 100, 0.5)));
        // P_j ≈ 0.1 × 0.5 / 100 for each challenger: margins 2 s_f − O(1e-3)
        assertThat(GradedRoom.share(issue, "Focal")).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void aFocalActorThatCaresNothingAndWeighsNothingHasNoRoomAwayFromTheChallengers() {
        Issue issue = Issue.of(
                "powerless",
                List.of(
                        new Stakeholder("Focal", 0, 50, 0),
                        new Stakeholder("East", 1, 0, 1),
                        new Stakeholder("West", 1, 100, 1)));
        // s_f = 0: A_j = 1 and B_j = 1 − 2P_j; at any interior position both challengers have P = 1/2, B = 0, margin −1
        assertThat(GradedRoom.share(issue, "Focal")).isCloseTo(0.0, within(1e-9));
    }
}
