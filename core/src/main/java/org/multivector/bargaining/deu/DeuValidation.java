package org.multivector.bargaining.deu;

import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Forecast;
import org.multivector.bargaining.NashBargaining;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Variant;
import org.multivector.bargaining.WeightedStatistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Scores forecasts against the outcomes of real EU decisions (DEU III): mean absolute error on the
 * 0–100 scale and hit rate (error &lt; 10, or &lt; 50 on yes/no issues), for the baselines (weighted mean
 * = the "compromise model", weighted median, unweighted mean, Nash bargaining solution) and for every
 * expected-utility variant's final weighted median and final weighted mean.
 */
public final class DeuValidation {

    /**
     * One forecaster's score.
     *
     * @param model  what forecast
     * @param scored issues it could be scored on (the Nash solution needs a reference point)
     * @param mae    mean absolute error
     * @param hitRate share of hits
     */
    public record Score(String model, int scored, double mae, double hitRate) {}

    /** A named way to forecast an issue; empty when it cannot. */
    public record Forecaster(String name, Function<DeuIssue, OptionalDouble> forecast) {}

    private DeuValidation() {}

    /** The baselines and, for each variant, its final weighted median and mean. */
    public static List<Forecaster> standardForecasters(List<Variant> variants) {
        List<Forecaster> list = new ArrayList<>();
        list.add(new Forecaster("weighted mean (compromise model)", d -> OptionalDouble.of(weightedMean(d))));
        list.add(new Forecaster("weighted median", d -> OptionalDouble.of(weightedMedian(d))));
        list.add(new Forecaster(
                "unweighted mean",
                d -> OptionalDouble.of(d.issue().stakeholderList().stream()
                        .mapToDouble(Stakeholder::position)
                        .average()
                        .orElseThrow())));
        list.add(new Forecaster(
                "Nash bargaining (needs rp)",
                d -> d.referencePoint().isPresent()
                        ? OptionalDouble.of(NashBargaining.solve(
                                d.issue().stakeholderList(), d.referencePoint().getAsDouble()))
                        : OptionalDouble.empty()));
        for (Variant variant : variants) {
            ExpectedUtilityModel model = ExpectedUtilityModel.of(variant);
            // one run per issue serves both summaries: cache the last forecast
            Function<DeuIssue, Forecast> run = new Function<>() {
                private DeuIssue lastIssue;
                private Forecast last;

                @Override
                public synchronized Forecast apply(DeuIssue d) {
                    if (d != lastIssue) {
                        lastIssue = d;
                        last = model.run(d.issue());
                    }
                    return last;
                }
            };
            list.add(new Forecaster(
                    "EU model " + variant.name() + " (final median)",
                    d -> finite(run.apply(d).last().weightedMedian())));
            list.add(new Forecaster(
                    "EU model " + variant.name() + " (final mean)",
                    d -> finite(run.apply(d).last().weightedMean())));
        }
        return list;
    }

    /** Scores every forecaster on every issue it can forecast. */
    public static List<Score> score(List<DeuIssue> issues, List<Forecaster> forecasters) {
        int m = forecasters.size();
        double[] error = new double[m];
        int[] hits = new int[m];
        int[] count = new int[m];
        for (DeuIssue issue : issues) {
            for (int f = 0; f < m; f++) {
                OptionalDouble forecast = forecasters.get(f).forecast().apply(issue);
                if (forecast.isEmpty()) {
                    continue;
                }
                double x = forecast.getAsDouble();
                count[f]++;
                error[f] += Math.abs(x - issue.outcome());
                hits[f] += issue.hit(x) ? 1 : 0;
            }
        }
        List<Score> scores = new ArrayList<>();
        for (int f = 0; f < m; f++) {
            scores.add(new Score(
                    forecasters.get(f).name(),
                    count[f],
                    count[f] == 0 ? Double.NaN : error[f] / count[f],
                    count[f] == 0 ? Double.NaN : (double) hits[f] / count[f]));
        }
        return scores;
    }

    private static OptionalDouble finite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private static double[] weights(DeuIssue d) {
        return d.issue().stakeholderList().stream()
                .mapToDouble(s -> s.capability() * s.salience())
                .toArray();
    }

    private static double[] positions(DeuIssue d) {
        return d.issue().stakeholderList().stream()
                .mapToDouble(Stakeholder::position)
                .toArray();
    }

    private static double weightedMean(DeuIssue d) {
        return WeightedStatistics.mean(positions(d), weights(d));
    }

    private static double weightedMedian(DeuIssue d) {
        return WeightedStatistics.median(positions(d), weights(d));
    }
}
