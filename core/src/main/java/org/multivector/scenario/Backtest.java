package org.multivector.scenario;

import org.multivector.world.World;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the model's path of trade shares with the dataset's, beside a persistence forecast
 * (every later year keeps the base year's share). The scenario sets the start (its base year, whose
 * shares initialise the model), the step (years) and the horizon; the model runs once at every
 * parameter's median. Only years in which the dataset itself gives the partner's trade and the
 * focal country's world total are compared: nothing is interpolated.
 */
public final class Backtest {

    private Backtest() {}

    /** One compared point. */
    public record Point(String power, int year, double observed, double model, double persistence) {}

    /**
     * What the backtest found.
     *
     * @param pointList    every compared (power, year)
     * @param missingList  (power, year) pairs the dataset gives no share for
     */
    public record Result(List<Point> pointList, List<String> missingList) {

        /** Mean absolute error of the model's shares, in share points (NaN without points). */
        public double modelMae() {
            return pointList.stream()
                    .mapToDouble(p -> Math.abs(p.model() - p.observed()))
                    .average()
                    .orElse(Double.NaN);
        }

        /** Mean absolute error of the persistence forecast. */
        public double persistenceMae() {
            return pointList.stream()
                    .mapToDouble(p -> Math.abs(p.persistence() - p.observed()))
                    .average()
                    .orElse(Double.NaN);
        }

        /** Root mean squared error of the model. */
        public double modelRmse() {
            return Math.sqrt(pointList.stream()
                    .mapToDouble(p -> (p.model() - p.observed()) * (p.model() - p.observed()))
                    .average()
                    .orElse(Double.NaN));
        }

        /** Root mean squared error of persistence. */
        public double persistenceRmse() {
            return Math.sqrt(pointList.stream()
                    .mapToDouble(p -> (p.persistence() - p.observed()) * (p.persistence() - p.observed()))
                    .average()
                    .orElse(Double.NaN));
        }
    }

    /**
     * Runs the backtest.
     *
     * @throws IllegalArgumentException when the scenario does not step in years or does not record trade shares
     */
    public static Result run(ScenarioModel model, World world) {
        Scenario scenario = model.scenario();
        if (scenario.horizon().step() != Scenario.Step.YEAR) {
            throw new IllegalArgumentException("a backtest steps in years; set horizon.step: year");
        }
        int series = -1;
        List<Series> all = model.series();
        for (int s = 0; s < all.size(); s++) {
            if (all.get(s).outcome() == Outcome.TRADE_SHARE) {
                series = s;
                break;
            }
        }
        if (series < 0) {
            throw new IllegalArgumentException("a backtest compares trade shares; list trade-share under outcomes");
        }
        double[] out = new double[model.outputSize()];
        double[] values = model.parameters().medians();
        model.run(values, 0, out);
        List<Point> points = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < scenario.powerList().size(); p++) {
            String power = scenario.powerList().get(p).code();
            double base = model.initialShare(p, Channel.TRADE, values);
            for (int k = 0; k < model.periods(); k++) {
                int year = scenario.baseYear() + 1 + k;
                Double observed = ScenarioModel.observedShare(world, scenario.focal(), power, Channel.TRADE, year);
                if (observed == null) {
                    missing.add(power + " " + year);
                    continue;
                }
                points.add(new Point(power, year, observed, out[(series + p) * model.periods() + k], base));
            }
        }
        return new Result(points, missing);
    }
}
