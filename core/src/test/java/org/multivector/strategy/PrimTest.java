package org.multivector.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** PRIM recovers a box planted in uniform data, and its quasi-p-values tell real restrictions from noise. */
class PrimTest {

    @Test
    void recoversAPlantedBox() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 4000;
        double[][] x = new double[n][5];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 5; k++) {
                x[i][k] = random.nextDouble();
            }
            boolean inBox = x[i][0] < 0.3 && x[i][2] > 0.6;
            // 95 % of the box's points are cases, 2 % of the others (label noise)
            y[i] = inBox ? random.nextDouble() < 0.95 : random.nextDouble() < 0.02;
        }

        Prim.Result result = Prim.find(x, y, List.of("a", "b", "c", "d", "e"), 0.05, 0.03, 0.85);

        Prim.Box box = result.chosen();
        assertThat(box.limitList()).extracting(Prim.Limit::input).containsExactlyInAnyOrder("a", "c");
        Prim.Limit a = box.limitList().stream()
                .filter(l -> l.input().equals("a"))
                .findFirst()
                .orElseThrow();
        Prim.Limit c = box.limitList().stream()
                .filter(l -> l.input().equals("c"))
                .findFirst()
                .orElseThrow();
        assertThat(a.upper()).isCloseTo(0.3, offset(0.03));
        assertThat(c.lower()).isCloseTo(0.6, offset(0.03));
        assertThat(box.density()).isGreaterThan(0.85);
        assertThat(box.coverage()).isGreaterThan(0.8);
        assertThat(a.quasiP()).isLessThan(1e-6);
        assertThat(c.quasiP()).isLessThan(1e-6);
    }

    @Test
    void theTrajectoryTradesCoverageForDensity() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextDouble();
            x[i][1] = random.nextDouble();
            y[i] = random.nextDouble() < x[i][0]; // cases grow likelier with x0: no sharp box
        }

        Prim.Result result = Prim.find(x, y, List.of("x0", "x1"), 0.05, 0.05, 0.9);

        List<Prim.Box> trajectory = result.trajectory();
        assertThat(trajectory.get(0).coverage()).isEqualTo(1.0);
        assertThat(trajectory.get(0).mass()).isEqualTo(1.0);
        assertThat(trajectory.get(trajectory.size() - 1).density())
                .isGreaterThan(trajectory.get(0).density() + 0.3);
        assertThat(trajectory.get(trajectory.size() - 1).mass()).isGreaterThanOrEqualTo(0.05);
    }

    @Test
    void quasiPValueIsTheUpperBinomialTail() {
        // 10 points, base density 0.5: P[X >= 9] = (10 + 1) / 1024
        assertThat(Prim.quasiP(10, 9, 0.5)).isCloseTo(11 / 1024.0, offset(1e-12));
    }
}
