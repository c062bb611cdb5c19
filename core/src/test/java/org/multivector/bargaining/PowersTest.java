package org.multivector.bargaining;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The table-driven power against Math.pow, within the tolerance its javadoc and docs/bargaining.md state. */
class PowersTest {

    @Test
    void aMillionRandomPowersLieWithinTheStatedToleranceOfMathPow() {
        SplittableRandom random = new SplittableRandom(2026);
        double worst = 0;
        int checked = 0;
        for (int i = 0; i < 1_000_000; i++) {
            // half on the model's own range (distances on [0, 1], bases on [0, 1]), half over the whole domain
            double x = i % 2 == 0 ? random.nextDouble(0, 1.5) : Math.exp(random.nextDouble(-700, 700));
            double r = i % 3 == 0 ? random.nextDouble(0.5, 2) : random.nextDouble(0, 4);
            double exact = Math.pow(x, r);
            if (exact < 0x1p-1022 || Double.isInfinite(exact)) {
                continue; // subnormal or overflowing results are outside the stated domain
            }
            double relative = Math.abs(Powers.pow(x, r) - exact) / exact;
            worst = Math.max(worst, relative / (1 + r * Math.abs(Math.log(x))));
            checked++;
        }
        assertThat(checked).isGreaterThan(800_000);
        assertThat(worst).isLessThan(Powers.RELATIVE_TOLERANCE);
    }

    @Test
    void theEdgesAreMathPowsOwn() {
        assertThat(Powers.pow(0.37, 1.0)).isEqualTo(0.37);
        assertThat(Powers.pow(1.0, 1.7)).isEqualTo(1.0);
        assertThat(Powers.pow(0.0, 0.5)).isEqualTo(0.0);
        assertThat(Powers.pow(0.25, 0.0)).isEqualTo(1.0);
        assertThat(Powers.pow(-0.5, 2.0)).isEqualTo(Math.pow(-0.5, 2.0));
        assertThat(Powers.pow(-0.5, 1.5)).isNaN();
        assertThat(Powers.pow(Double.MIN_VALUE, 0.5)).isEqualTo(Math.pow(Double.MIN_VALUE, 0.5));
        assertThat(Powers.pow(0.5, 7.0)).isEqualTo(Math.pow(0.5, 7.0));
        assertThat(Powers.pow(Double.NaN, 2.0)).isNaN();
    }
}
