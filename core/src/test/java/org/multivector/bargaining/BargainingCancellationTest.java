package org.multivector.bargaining;

import org.junit.jupiter.api.Test;
import org.multivector.bargaining.io.IssueReader;
import org.multivector.work.ComputationCancelledException;
import org.multivector.work.CountingCancellation;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bargaining computation polls its cancellation between units of work and stops at the first
 * poll that says stop: no unit starts after it (the poll count is the proof, not the clock).
 */
class BargainingCancellationTest {

    private static Issue emissions() throws Exception {
        return IssueReader.read(Path.of(BargainingCancellationTest.class
                .getResource("/bargaining/ec-car-emissions.csv")
                .toURI()));
    }

    @Test
    void a_forecast_checks_before_every_round_and_stops_at_the_first_refusal() throws Exception {
        Issue issue = emissions();
        CountingCancellation whole = new CountingCancellation(Integer.MAX_VALUE);
        int rounds = ExpectedUtilityModel.scholzCode().run(issue, whole).rounds();
        assertThat(whole.polls()).isEqualTo(rounds);

        CountingCancellation stopAfterThree = new CountingCancellation(3);
        assertThatThrownBy(() -> ExpectedUtilityModel.scholzCode().run(issue, stopAfterThree))
                .isInstanceOf(ComputationCancelledException.class)
                .hasMessageContaining("after 3 polls");
        assertThat(stopAfterThree.polls()).isEqualTo(4);
    }

    @Test
    void a_monte_carlo_starts_no_run_after_it_is_stopped() throws Exception {
        CountingCancellation stop = new CountingCancellation(5);
        assertThatThrownBy(() ->
                        MonteCarlo.run(emissions(), Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 1_000, 1, false, stop))
                .isInstanceOf(ComputationCancelledException.class)
                .hasMessageContaining("after 5 polls");
        assertThat(stop.polls()).isEqualTo(6);
    }

    @Test
    void a_manoeuvre_curve_checks_before_every_probe() throws Exception {
        Issue issue = emissions();
        String focal = issue.stakeholderList().get(0).name();
        String varied = issue.stakeholderList().get(1).name();
        double[] factors = {0.5, 1, 1.5, 2};
        CountingCancellation whole = new CountingCancellation(Integer.MAX_VALUE);
        ManoeuvreRoom.curve(
                issue,
                focal,
                varied,
                ManoeuvreRoom.Lever.CAPABILITY,
                factors,
                ManoeuvreRoom.DEFAULT_VARIANT,
                ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE,
                whole);
        assertThat(whole.polls())
                .as("one poll per grid point at least")
                .isGreaterThanOrEqualTo(factors.length * ManoeuvreRoom.GRID);

        CountingCancellation stop = new CountingCancellation(ManoeuvreRoom.GRID + 7);
        assertThatThrownBy(() -> ManoeuvreRoom.curve(
                        issue,
                        focal,
                        varied,
                        ManoeuvreRoom.Lever.CAPABILITY,
                        factors,
                        ManoeuvreRoom.DEFAULT_VARIANT,
                        ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE,
                        stop))
                .isInstanceOf(ComputationCancelledException.class);
        assertThat(stop.polls()).isEqualTo(ManoeuvreRoom.GRID + 8);
    }
}
