package org.multivector.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinCostRoutesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void deliversAsMuchAsTheRoutesCarryThroughTheCheapestFirst(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int routes = 1 + random.nextInt(6);
        double[] cost = new double[routes];
        double[] capacity = new double[routes];
        double total = 0;
        for (int r = 0; r < routes; r++) {
            cost[r] = Math.round(random.nextDouble(1, 100));
            capacity[r] = random.nextDouble(0, 40);
            total += capacity[r];
        }
        double supply = random.nextDouble(0, 120);
        double[] flow = new double[routes];

        double delivered = new MinCostRoutes(cost).allocate(supply, capacity, flow);

        assertThat(delivered).isCloseTo(Math.min(supply, total), within(1e-6));
        double sum = 0;
        for (int r = 0; r < routes; r++) {
            assertThat(flow[r]).isBetween(-1e-9, capacity[r] + 1e-6);
            sum += flow[r];
            for (int q = 0; q < routes; q++) {
                // a dearer route carries crude only when every cheaper one is full
                if (cost[q] < cost[r] && flow[r] > 1e-6) {
                    assertThat(flow[q]).isCloseTo(capacity[q], within(1e-6));
                }
            }
        }
        assertThat(sum).isCloseTo(delivered, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void theFastPathDeliversTheSameVolumeAtTheSameCostAsTheNetworkSimplex(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int routes = 1 + random.nextInt(8);
        double[] cost = new double[routes];
        double[] capacity = new double[routes];
        for (int r = 0; r < routes; r++) {
            cost[r] = random.nextInt(6) * 10; // ties between routes occur
            capacity[r] = random.nextBoolean() ? random.nextDouble(0, 40) : 0;
        }
        double supply = random.nextDouble(0, 120);
        MinCostRoutes routesModel = new MinCostRoutes(cost);
        double[] fast = new double[routes];
        double[] simplex = new double[routes];

        double deliveredFast = routesModel.allocate(supply, capacity, fast);
        double deliveredSimplex = routesModel.allocateBySimplex(supply, capacity, simplex);

        assertThat(deliveredFast).isEqualTo(deliveredSimplex);
        double costFast = 0;
        double costSimplex = 0;
        for (int r = 0; r < routes; r++) {
            costFast += fast[r] * cost[r];
            costSimplex += simplex[r] * cost[r];
        }
        assertThat(costFast).isCloseTo(costSimplex, within(1e-9));
    }
}
