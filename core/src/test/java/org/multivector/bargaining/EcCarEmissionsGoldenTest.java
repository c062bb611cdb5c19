package org.multivector.bargaining;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The EC car-emission-standards case (BDM 1994, p. 78, as tabulated by Scholz, Calbert &amp; Smith 2011,
 * Table 1) run for ten rounds in the Scholz-code variant must match, to 1e-9, the round-by-round log of
 * the open replication of Scholz's code: jmckib/bdm-scholz-expected-utility-model (J. Velev, 2014),
 * as logged in dmasad/bdm-scholz-expected-utility-model, file Example.log (commit d7c7bbab), produced by
 * {@code python bdm_scholz_model.py ExampleActors.csv 10 --log Example.log}. That log lists every
 * accepted offer with both expected utilities and the new position, and the weighted mean after each
 * round; actors without an offer keep their position. No table of round-by-round numbers from Scholz et
 * al. or BDM themselves could be found.
 */
class EcCarEmissionsGoldenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void scholzCodeVariantReproducesTheLoggedTrajectoryForTenRounds() throws IOException {
        Issue issue = EcCase.issue();
        Forecast forecast = ExpectedUtilityModel.scholzCode().run(issue);
        List<String[]> offers = rows("ec-car-emissions-golden-offers.csv");
        List<String[]> means = rows("ec-car-emissions-golden-means.csv");

        assertThat(forecast.rounds()).isEqualTo(10);
        Map<String, Double> expected = new LinkedHashMap<>();
        for (Stakeholder s : issue.stakeholderList()) {
            expected.put(s.name(), s.position());
        }
        for (int round = 0; round <= 10; round++) {
            RoundResult result = forecast.roundList().get(round);
            List<String[]> logged = new ArrayList<>();
            for (String[] row : offers) {
                if (Integer.parseInt(row[0]) == round) {
                    logged.add(row);
                    expected.put(row[1], Double.parseDouble(row[6]));
                }
            }
            int index = 0;
            for (Map.Entry<String, Double> entry : expected.entrySet()) {
                assertThat(result.position(index++))
                        .as("round %d, %s", round, entry.getKey())
                        .isCloseTo(entry.getValue(), within(TOLERANCE));
            }
            assertThat(result.weightedMean())
                    .as("weighted mean after round %d", round)
                    .isCloseTo(Double.parseDouble(means.get(round)[1]), within(TOLERANCE));
            assertThat(result.offerList()).as("offers in round %d", round).hasSize(logged.size());
            for (int k = 0; k < logged.size(); k++) {
                String[] row = logged.get(k);
                Offer offer = result.offerList().get(k);
                assertThat(offer.receiver()).isEqualTo(row[1]);
                assertThat(offer.sender())
                        .as("sender to %s in round %d", row[1], round)
                        .isEqualTo(row[2]);
                assertThat(offer.type()).isEqualTo(OfferType.valueOf(row[3]));
                assertThat(offer.receiverEu()).isCloseTo(Double.parseDouble(row[4]), within(TOLERANCE));
                assertThat(offer.senderEu()).isCloseTo(Double.parseDouble(row[5]), within(TOLERANCE));
            }
        }
    }

    @Test
    void everyAcceptedOfferIsAmongTheOffersMadeAndEveryOfferMadeNeedsAGainingSender() {
        Forecast forecast = ExpectedUtilityModel.scholzCode().run(EcCase.issue());
        for (RoundResult round : forecast.roundList()) {
            assertThat(round.madeOfferList()).containsAll(round.offerList());
            assertThat(round.madeOfferList()).allSatisfy(o -> {
                assertThat(o.senderEu()).isPositive();
                assertThat(o.type()).isNotEqualTo(OfferType.CAPITULATION); // the Scholz-code test never fires
            });
        }
        assertThat(forecast.roundList().get(1).madeOfferList().size())
                .isGreaterThan(forecast.roundList().get(1).offerList().size());
    }

    @Test
    void initialWeightedMedianIsSevenAsLogged() {
        Forecast forecast =
                ExpectedUtilityModel.of(Variant.SCHOLZ_CODE.withRounds(0)).run(EcCase.issue());
        assertThat(forecast.roundList().getFirst().weightedMedian()).isEqualTo(7.0);
    }

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = EcCarEmissionsGoldenTest.class.getResourceAsStream("/bargaining/" + resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            return lines.stream().map(line -> line.split(",")).toList();
        }
    }
}
