package org.multivector.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Elementary effects on functions whose effects are known by hand. */
class MorrisScreeningTest {

    @Test
    void aLinearInputHasAConstantEffectAnInertOneNoneAndACurvedOneASpread() {
        // f = 2 x0 + x1² + 0 x2: EE0 = 2 always; EE1 = 2 x1 + Δ varies; EE2 = 0
        UnitCubeFunction f = points -> {
            double[] y = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                y[i] = 2 * points[i][0] + points[i][1] * points[i][1];
            }
            return y;
        };

        MorrisScreening.Result result = MorrisScreening.analyse(f, List.of("linear", "curved", "inert"), 30, 4, 7);

        MorrisScreening.Effect linear = result.effectList().get(0);
        MorrisScreening.Effect curved = result.effectList().get(1);
        MorrisScreening.Effect inert = result.effectList().get(2);
        assertThat(linear.muStar()).isCloseTo(2, offset(1e-9));
        assertThat(linear.mu()).isCloseTo(2, offset(1e-9));
        assertThat(linear.sigma()).isCloseTo(0, offset(1e-9));
        assertThat(inert.muStar()).isZero();
        assertThat(curved.sigma()).isGreaterThan(0.1);
        // x1 in {0, 1/3} going up by 2/3, or {2/3, 1} going down: |EE| = |x + x'| in {2/3, 4/3}
        assertThat(curved.muStar()).isBetween(2 / 3.0, 4 / 3.0);
        assertThat(result.runs()).isEqualTo(30 * 4);
    }
}
