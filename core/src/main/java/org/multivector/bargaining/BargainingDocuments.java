package org.multivector.bargaining;

import org.multivector.report.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bargaining model's answers as result documents, the same for {@code bargain}/{@code manoeuvre}
 * {@code --format json} and the API's {@code /api/bargaining/forecast}, {@code /montecarlo} and
 * {@code /manoeuvre}. Positions are listed in the order of {@code stakeholders}.
 */
public final class BargainingDocuments {

    /** The most factors one manoeuvre curve may scan. */
    public static final int MAX_FACTORS = 1000;

    private BargainingDocuments() {}

    /** A stakeholder as read. */
    public record StakeholderView(String name, double capability, double position, double salience) {}

    /** An offer: the receiver moves from {@code from} to {@code to}; E_i the receiver's, E_j the sender's expected utility. */
    public record OfferView(
            String receiver, String sender, String type, double receiverEu, double senderEu, double from, double to) {

        static OfferView of(Offer o) {
            return new OfferView(
                    o.receiver(),
                    o.sender(),
                    o.type().name().toLowerCase(Locale.ROOT),
                    o.receiverEu(),
                    o.senderEu(),
                    o.fromPosition(),
                    o.toPosition());
        }
    }

    /** One round: positions and risk per stakeholder, the offers accepted and all offers made, the weighted mean and median. */
    public record Round(
            int round,
            List<Double> positions,
            List<Double> risk,
            double weightedMean,
            double weightedMedian,
            List<OfferView> offers,
            List<OfferView> offersMade) {}

    /** The forecast: the last round's weighted median and mean, after {@code rounds} rounds. */
    public record Outcome(double weightedMedian, double weightedMean, int rounds) {}

    /**
     * A forecast round by round.
     *
     * @param scaleDescription what the scale means, from the issue file
     * @param scale            the scale's lower and upper bound
     */
    public record ForecastDocument(
            String issue,
            String scaleDescription,
            List<Double> scale,
            String variant,
            List<StakeholderView> stakeholders,
            List<Round> rounds,
            Outcome forecast,
            List<String> sources,
            List<String> assumptions) {}

    /** The document of a forecast. */
    public static ForecastDocument forecast(Forecast forecast) {
        Issue issue = forecast.issue();
        List<Round> rounds = new ArrayList<>();
        for (RoundResult round : forecast.roundList()) {
            rounds.add(new Round(
                    round.round(),
                    round.positionList(),
                    round.riskList(),
                    round.weightedMean(),
                    round.weightedMedian(),
                    round.offerList().stream().map(OfferView::of).toList(),
                    round.madeOfferList().stream().map(OfferView::of).toList()));
        }
        return new ForecastDocument(
                issue.name(),
                issue.scale(),
                List.of(issue.lowerBound(), issue.upperBound()),
                forecast.variant().name(),
                stakeholders(issue),
                rounds,
                new Outcome(forecast.last().weightedMedian(), forecast.last().weightedMean(), forecast.rounds()),
                issue.sourceList(),
                issue.assumptionList());
    }

    private static List<StakeholderView> stakeholders(Issue issue) {
        return issue.stakeholderList().stream()
                .map(s -> new StakeholderView(s.name(), s.capability(), s.position(), s.salience()))
                .toList();
    }

    /** A stakeholder's final position over the runs. */
    public record ActorSummary(String actor, Summary finalPosition) {}

    /** The Monte Carlo distribution of a forecast under perturbed inputs. */
    public record MonteCarloDocument(
            String issue,
            String variant,
            int runs,
            long seed,
            Perturbation noise,
            Summary finalMedian,
            Summary finalMean,
            List<ActorSummary> finalPositions,
            List<String> sources,
            List<String> assumptions) {}

    /** The document of a Monte Carlo result. */
    public static MonteCarloDocument monteCarlo(Issue issue, Variant variant, MonteCarlo.Result result) {
        List<ActorSummary> actors = new ArrayList<>();
        for (int i = 0; i < result.actorList().size(); i++) {
            actors.add(new ActorSummary(
                    result.actorList().get(i), result.finalPositionList().get(i)));
        }
        return new MonteCarloDocument(
                issue.name(),
                variant.name(),
                result.runs(),
                result.seed(),
                result.perturbation(),
                result.finalMedian(),
                result.finalMean(),
                actors,
                issue.sourceList(),
                issue.assumptionList());
    }

    /** The room at one factor: total safe width, its share of the scale and the safe intervals as [from, to]. */
    public record RoomPoint(double factor, double width, double share, List<List<Double>> intervals) {}

    /** The room to manoeuvre of {@code focal} as {@code varied}'s {@code lever} is scaled. */
    public record ManoeuvreDocument(
            String issue,
            String variant,
            String focal,
            String varied,
            String lever,
            String test,
            List<Double> scale,
            List<RoomPoint> curve) {}

    /**
     * A question to the room-to-manoeuvre analysis, as both doors ask it.
     *
     * @param focal  the stakeholder whose room is measured
     * @param varied the stakeholder whose engagement is scaled
     * @param lever  capability or salience
     * @param from   the smallest factor (at least 0)
     * @param to     the largest factor (at least {@code from})
     * @param step   the step between factors (positive)
     * @param test   what makes a position safe
     */
    public record ManoeuvreRequest(
            String focal,
            String varied,
            ManoeuvreRoom.Lever lever,
            double from,
            double to,
            double step,
            ManoeuvreRoom.Test test) {

        /** The factors scanned. @throws InvalidRequestException when the range is empty or too fine */
        public double[] factors() {
            if (!(from >= 0)) {
                throw new InvalidRequestException("from", "the smallest factor must be at least 0, got " + from);
            }
            if (!(to >= from)) {
                throw new InvalidRequestException("to", "the largest factor " + to + " is below the smallest " + from);
            }
            if (!(step > 0)) {
                throw new InvalidRequestException("step", "the step must be positive, got " + step);
            }
            int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
            if (count > MAX_FACTORS) {
                throw new InvalidRequestException(
                        "step",
                        "from " + from + " to " + to + " by " + step + " gives " + count + " factors; at most "
                                + MAX_FACTORS + "\nMaybe use a larger step.");
            }
            double[] factors = new double[count];
            for (int k = 0; k < count; k++) {
                factors[k] = Math.round((from + k * step) * 1e9) / 1e9;
            }
            return factors;
        }

        /** The answer on {@code issue} under {@code variant}. @throws InvalidRequestException when a stakeholder is unknown */
        public ManoeuvreDocument answer(Issue issue, Variant variant) {
            return answer(issue, variant, org.multivector.work.Cancellation.NEVER);
        }

        /** The answer, computed until {@code cancellation} says stop (a deadline, a client gone). */
        public ManoeuvreDocument answer(Issue issue, Variant variant, org.multivector.work.Cancellation cancellation) {
            for (String field : List.of("focal", "vary")) {
                String name = field.equals("focal") ? focal : varied;
                if (name == null || issue.indexOf(name) < 0) {
                    throw new InvalidRequestException(
                            field,
                            "'" + name + "' is not a stakeholder of " + issue.name() + "\nMaybe one of: "
                                    + String.join(
                                            ", ",
                                            issue.stakeholderList().stream()
                                                    .map(Stakeholder::name)
                                                    .toList()));
                }
            }
            List<ManoeuvreRoom.Point> curve =
                    ManoeuvreRoom.curve(issue, focal, varied, lever, factors(), variant, test, cancellation);
            return new ManoeuvreDocument(
                    issue.name(),
                    variant.name(),
                    focal,
                    varied,
                    lever.name().toLowerCase(Locale.ROOT),
                    test == ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE ? "credible" : "strict",
                    List.of(issue.lowerBound(), issue.upperBound()),
                    curve.stream()
                            .map(p -> new RoomPoint(
                                    p.factor(),
                                    p.room().totalWidth(),
                                    p.room().share(),
                                    p.room().intervalList().stream()
                                            .map(i -> List.of(i.from(), i.to()))
                                            .toList()))
                            .toList());
        }
    }
}
