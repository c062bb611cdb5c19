package org.multivector.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Ishigami function (Ishigami and Homma 1990), f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1 on
 * [−π, π]³, whose Sobol indices are known analytically: S1 0.3139, S2 0.4424, S3 0; ST1 0.5576,
 * ST2 0.4424, ST3 0.2437 (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, §4.6).
 */
class SobolIndicesTest {

    static final UnitCubeFunction ISHIGAMI = points -> {
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double x1 = -Math.PI + 2 * Math.PI * points[i][0];
            double x2 = -Math.PI + 2 * Math.PI * points[i][1];
            double x3 = -Math.PI + 2 * Math.PI * points[i][2];
            y[i] = Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
        }
        return y;
    };

    @Test
    void reproducesTheIshigamiIndicesWithinTheirBootstrapIntervals() {
        SobolIndices.Result result = SobolIndices.analyse(ISHIGAMI, List.of("x1", "x2", "x3"), 8192, 300, 42);

        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index index = result.indexList().get(i);
            assertThat(first[i])
                    .as("S%d in [%f, %f]", i + 1, index.firstLow(), index.firstHigh())
                    .isBetween(index.firstLow(), index.firstHigh());
            assertThat(total[i])
                    .as("ST%d in [%f, %f]", i + 1, index.totalLow(), index.totalHigh())
                    .isBetween(index.totalLow(), index.totalHigh());
            assertThat(index.first()).isCloseTo(first[i], org.assertj.core.data.Offset.offset(0.03));
            assertThat(index.total()).isCloseTo(total[i], org.assertj.core.data.Offset.offset(0.03));
        }
        assertThat(result.runs()).isEqualTo(8192 * 5);
    }

    @Test
    void intervalsNarrowWithMoreSamples() {
        SobolIndices.Index small = SobolIndices.analyse(ISHIGAMI, List.of("x1", "x2", "x3"), 512, 200, 1)
                .indexList()
                .get(0);
        SobolIndices.Index large = SobolIndices.analyse(ISHIGAMI, List.of("x1", "x2", "x3"), 8192, 200, 1)
                .indexList()
                .get(0);

        assertThat(large.firstHigh() - large.firstLow()).isLessThan(small.firstHigh() - small.firstLow());
    }
}
