package org.multivector.bargaining;

import org.junit.jupiter.api.Test;
import org.multivector.bargaining.io.IssueReader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The 17-actor "Sultan" oil-price data set from jmckib/bdm-scholz-expected-utility-model (Sultan.csv):
 * in the Scholz-code variant nobody receives an acceptable offer in ten rounds, and the forecast stays at
 * median 13.9 and mean 13.619912, as recorded by running that replication (see docs/bargaining.md).
 */
class SaudiOilPriceCaseTest {

    @Test
    void nothingMovesInTheScholzCodeVariant() throws Exception {
        Issue issue;
        try (InputStream in = getClass().getResourceAsStream("/bargaining/saudi-oil-price.yaml")) {
            issue = IssueReader.readYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), "saudi-oil-price.yaml");
        }
        Forecast forecast = ExpectedUtilityModel.scholzCode().run(issue);
        assertThat(issue.size()).isEqualTo(17);
        assertThat(forecast.roundList())
                .allSatisfy(round -> assertThat(round.offerList()).isEmpty());
        assertThat(forecast.last().weightedMedian()).isEqualTo(13.9);
        assertThat(forecast.last().weightedMean()).isCloseTo(13.619912, within(5e-7));
    }
}
