package org.multivector.bargaining;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NashBargainingTest {

    @Test
    void aLoneActorGetsItsIdealPoint() {
        assertThat(NashBargaining.solve(List.of(new Stakeholder("A", 1, 30, 1)), 100))
                .isCloseTo(30, within(1e-6));
    }

    @Test
    void actorsOnBothSidesOfTheReferencePointCannotAllGainSoTheStatusQuoStays() {
        List<Stakeholder> both = List.of(new Stakeholder("A", 1, 20, 1), new Stakeholder("B", 1, 80, 1));
        assertThat(NashBargaining.solve(both, 50)).isEqualTo(50.0);
    }

    @Test
    void twoEqualActorsOnOneSideMeetBetweenTheirIdealsNearerTheOneWithLessToGain() {
        // rp = 0, ideals 40 and 60: maximise log(1600 − (x−40)²) + log(3600 − (x−60)²)
        double x = NashBargaining.solve(List.of(new Stakeholder("A", 1, 40, 1), new Stakeholder("B", 1, 60, 1)), 0);
        assertThat(x).isBetween(40.0, 60.0);
        double h = 1e-4;
        double slope = (objective(x + h) - objective(x - h)) / (2 * h);
        assertThat(slope).isCloseTo(0, within(1e-6));
    }

    private static double objective(double x) {
        return Math.log(1600 - (x - 40) * (x - 40)) + Math.log(3600 - (x - 60) * (x - 60));
    }

    @Test
    void actorsWithoutWeightDoNotCount() {
        List<Stakeholder> list = List.of(new Stakeholder("A", 1, 30, 1), new Stakeholder("Silent", 1, 90, 0));
        assertThat(NashBargaining.solve(list, 0)).isCloseTo(30, within(1e-6));
    }
}
