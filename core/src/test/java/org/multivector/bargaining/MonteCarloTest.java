package org.multivector.bargaining;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonteCarloTest {

    private final Issue ec = EcCase.issue();

    @Test
    void sameSeedGivesTheSameDistributionWhateverTheThreading() {
        MonteCarlo.Result parallel = MonteCarlo.run(ec, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 400, 42, true);
        MonteCarlo.Result sequential = MonteCarlo.run(ec, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 400, 42, false);
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void anotherSeedGivesAnotherSample() {
        MonteCarlo.Result a = MonteCarlo.run(ec, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 200, 1, true);
        MonteCarlo.Result b = MonteCarlo.run(ec, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 200, 2, true);
        assertThat(a.finalMean().mean()).isNotEqualTo(b.finalMean().mean());
    }

    @Test
    void withoutNoiseEveryRunIsTheDeterministicForecast() {
        MonteCarlo.Result result = MonteCarlo.run(ec, Variant.SCHOLZ_CODE, new Perturbation(0, 0, 0), 50, 9, true);
        Forecast forecast = ExpectedUtilityModel.scholzCode().run(ec);
        assertThat(result.finalMean().min()).isEqualTo(forecast.last().weightedMean());
        assertThat(result.finalMean().max()).isEqualTo(forecast.last().weightedMean());
        assertThat(result.finalMedian().sd()).isZero();
        assertThat(result.finalPositionList().get(1).p50())
                .isEqualTo(forecast.last().position(1));
    }

    @Test
    void moreNoiseSpreadsTheForecastMore() {
        MonteCarlo.Result small =
                MonteCarlo.run(ec, Variant.SCHOLZ_CODE, new Perturbation(0.05, 0.02, 0.01), 500, 3, true);
        MonteCarlo.Result large =
                MonteCarlo.run(ec, Variant.SCHOLZ_CODE, new Perturbation(0.4, 0.2, 0.1), 500, 3, true);
        assertThat(large.finalMean().sd()).isGreaterThan(small.finalMean().sd());
        assertThat(large.finalMean().p05())
                .isLessThanOrEqualTo(large.finalMean().p50());
        assertThat(large.finalMean().p50())
                .isLessThanOrEqualTo(large.finalMean().p95());
    }

    @Test
    void generatorsDependOnlyOnSeedAndRunIndex() {
        assertThat(MonteCarlo.generator(5, 17).nextLong())
                .isEqualTo(MonteCarlo.generator(5, 17).nextLong());
        assertThat(MonteCarlo.generator(5, 17).nextLong())
                .isNotEqualTo(MonteCarlo.generator(5, 18).nextLong());
    }
}
