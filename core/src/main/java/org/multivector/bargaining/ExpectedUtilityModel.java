package org.multivector.bargaining;

import org.multivector.work.Cancellation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Bueno de Mesquita's expected-utility group-decision model (BDM 1994 "Political forecasting: an expected
 * utility method"; BDM 1997, International Interactions 23(3–4)), as formalised by Scholz, Calbert &amp;
 * Smith, "Unravelling Bueno De Mesquita's group decision model", Journal of Theoretical Politics 23(4),
 * 510–531 (2011), doi:10.1177/0951629811418142.
 *
 * <p>Each round: every actor's risk exponent is set from the security sums computed with linear
 * utilities; then each actor, priced with those exponents, looks at every other actor's implicit offer
 * (confrontation, compromise or capitulation) and accepts one; all accepted offers move positions at
 * once. The {@link Variant} fixes every choice on which sources differ; {@link Variant#SCHOLZ_CODE}
 * reproduces the widely used replication of Scholz's code to 1e-9 on the EC emissions case.
 *
 * <p>Cost: O(n³) per round for small issues (the n² win probabilities each sum n votes), O(n² log n)
 * from 64 actors (prefix sums over actors in position order), in parallel from 192 actors with the same
 * numbers at any thread count; O(n²) memory; no allocation inside a round of a small issue.
 */
public final class ExpectedUtilityModel implements BargainingModel {

    private final Variant variant;

    private ExpectedUtilityModel(Variant variant) {
        this.variant = Objects.requireNonNull(variant, "variant");
    }

    /** The model under {@code variant}. */
    public static ExpectedUtilityModel of(Variant variant) {
        return new ExpectedUtilityModel(variant);
    }

    /** The model under the default, Scholz-code variant. */
    public static ExpectedUtilityModel scholzCode() {
        return new ExpectedUtilityModel(Variant.SCHOLZ_CODE);
    }

    public Variant variant() {
        return variant;
    }

    @Override
    public Forecast run(Issue issue) {
        return run(issue, Cancellation.NEVER);
    }

    /** The forecast, checking {@code cancellation} before every round. */
    @Override
    public Forecast run(Issue issue, Cancellation cancellation) {
        List<Stakeholder> stakeholders = issue.stakeholderList();
        RoundEngine engine = new RoundEngine(issue.capabilities(), issue.positions(), issue.saliences(), variant);
        List<RoundResult> rounds = new ArrayList<>();
        double[] ones = new double[engine.n];
        Arrays.fill(ones, 1.0);
        engine.recordOffersMade(stakeholders);
        rounds.add(snapshot(engine, 0, ones, List.of(), List.of()));
        StoppingRule stopping = variant.stopping();
        for (int round = 1; round <= stopping.maxRounds(); round++) {
            cancellation.check();
            double[] before = engine.position.clone();
            double moved = engine.round();
            rounds.add(
                    snapshot(engine, round, engine.risk, engine.offers(stakeholders, before), engine.takeOffersMade()));
            if (stopping.converged(moved, engine.spread())) {
                break;
            }
        }
        return new Forecast(issue, variant, rounds);
    }

    /**
     * The final positions only, without recording offers: the fast path for Monte Carlo and validation.
     *
     * @param out receives the final positions (length n)
     * @return the number of rounds run
     */
    public int finalPositions(double[] capabilities, double[] positions, double[] saliences, double[] out) {
        RoundEngine engine = new RoundEngine(capabilities, positions, saliences, variant);
        int rounds = runToEnd(engine);
        System.arraycopy(engine.position, 0, out, 0, engine.n);
        return rounds;
    }

    int runToEnd(RoundEngine engine) {
        StoppingRule stopping = variant.stopping();
        int round = 0;
        while (round < stopping.maxRounds()) {
            round++;
            double moved = engine.round();
            if (stopping.converged(moved, engine.spread())) {
                break;
            }
        }
        return round;
    }

    RoundEngine engine(double[] capabilities, double[] positions, double[] saliences) {
        return new RoundEngine(capabilities, positions, saliences, variant);
    }

    private static RoundResult snapshot(
            RoundEngine engine, int round, double[] risk, List<Offer> offers, List<Offer> made) {
        return new RoundResult(
                round,
                boxed(engine.position),
                boxed(risk),
                offers,
                made,
                engine.weightedMean(),
                engine.weightedMedian());
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
