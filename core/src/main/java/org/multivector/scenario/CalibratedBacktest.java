package org.multivector.scenario;

import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A backtest that calibrates before it forecasts. The scenario starts in its base year and runs to its
 * horizon with the events that happened written as dated shocks; its uncertain parameters (the
 * scenario's {@code uncertainties}, with their distributions as priors) are fitted on the years up to
 * {@code calibrationEnd} and the fitted model is scored on the later years, out of sample, beside two
 * naive forecasts made at the same origin: persistence (every later year keeps the last calibration
 * year's observed share) and a linear trend (the least-squares line through the observed shares from the
 * base year to {@code calibrationEnd}, extrapolated). Errors are mean absolute errors in share points,
 * per power and over all powers, for the trade channel (the channel the model reports and the dataset
 * observes year by year).
 *
 * <p><b>Calibration method</b>: least squares. The objective is the sum over powers and calibration
 * years of (model share − observed share)². It is minimised over the parameters' quantiles: the
 * all-median point, then {@code draws} seeded uniform draws of the quantiles (each mapped through the
 * parameter's distribution, so the draws follow the priors), then a compass search from the best point
 * (steps 0.25 halving to 1/1024 of the quantile range). The same draws give a rejection-ABC posterior
 * (Beaumont, Zhang &amp; Balding 2002, "Approximate Bayesian computation in population genetics",
 * Genetics 162): the {@code acceptShare} of draws closest to the calibration data; the 5–95 % range of
 * their forecasts is reported for every point with the share of out-of-sample observations inside it.
 *
 * <p>Only years in which the dataset itself gives the share are compared; nothing is interpolated. The
 * model's room to manoeuvre plays no part in trade shares, so {@link #tradeOnly} compiles the scenario
 * without it.
 */
public final class CalibratedBacktest {

    /**
     * How to calibrate.
     *
     * @param calibrationEnd last in-sample year (the forecast origin)
     * @param draws          seeded prior draws before the compass search (0: the medians only)
     * @param seed           seed of the draws and of the model's random outages
     * @param acceptShare    share of draws kept as the ABC posterior, 0–1
     */
    public record Settings(int calibrationEnd, int draws, long seed, double acceptShare) {
        public Settings {
            if (draws < 0) {
                throw new IllegalArgumentException("draws must be at least 0, not " + draws);
            }
            if (!(acceptShare > 0 && acceptShare <= 1)) {
                throw new IllegalArgumentException("acceptShare must lie in (0, 1], not " + acceptShare);
            }
        }
    }

    /**
     * One compared (power, year).
     *
     * @param inSample    whether the year is a calibration year
     * @param observed    the dataset's share
     * @param model       the calibrated model's share
     * @param persistence the persistence forecast (base-year share in sample, last calibration year's share out of sample)
     * @param trend       the linear trend (fitted in sample, extrapolated out of sample); NaN with fewer than two calibration observations
     * @param abcLow      5th percentile of the ABC posterior's shares
     * @param abcHigh     95th percentile
     */
    public record Point(
            String power,
            int year,
            boolean inSample,
            double observed,
            double model,
            double persistence,
            double trend,
            double abcLow,
            double abcHigh) {}

    /**
     * Mean absolute errors in share (0–1) of one power, or of all ({@code power = "all"}), in or out of sample.
     *
     * @param points how many points
     */
    public record Error(String power, boolean inSample, int points, double model, double persistence, double trend) {}

    /**
     * What the backtest found.
     *
     * @param parameterNames the calibrated (uncertain) parameters
     * @param prior          their medians
     * @param calibrated     their least-squares values
     * @param priorSse       the calibration objective at the medians
     * @param calibratedSse  the objective at the calibrated values
     * @param evaluations    model runs made
     * @param accepted       draws in the ABC posterior
     * @param pointList      every compared point
     * @param missingList    (power, year) pairs without an observed share
     * @param errorList      per power and overall, in sample then out of sample
     * @param coverage       share of out-of-sample observations inside the ABC 5–95 % range (NaN without draws)
     */
    public record Result(
            List<String> parameterNames,
            List<Double> prior,
            List<Double> calibrated,
            double priorSse,
            double calibratedSse,
            int evaluations,
            int accepted,
            List<Point> pointList,
            List<String> missingList,
            List<Error> errorList,
            double coverage) {

        /** The error row of {@code power} (or "all") in or out of sample, if any point exists. */
        public java.util.Optional<Error> error(String power, boolean inSample) {
            return errorList.stream()
                    .filter(e -> e.power().equals(power) && e.inSample() == inSample)
                    .findFirst();
        }
    }

    private CalibratedBacktest() {}

    /**
     * Compiles {@code scenario} for a trade backtest: the standard corridor engine, and a room model
     * that is not asked for anything the backtest reads (room does not feed back into the shares), which
     * saves the bargaining scan on every run of the calibration.
     */
    public static ScenarioModel tradeOnly(
            Scenario scenario,
            World world,
            java.util.Optional<org.multivector.corridors.CorridorNetwork> network,
            String file)
            throws InvalidScenarioException {
        return ScenarioModel.compile(
                scenario, world, network, file, (position, capability, salience) -> Double.NaN, MinCostRoutes::new);
    }

    /**
     * Calibrates and scores.
     *
     * @throws IllegalArgumentException when the scenario does not step in years, does not record trade
     *                                  shares, or {@code calibrationEnd} leaves no simulated year on either side
     */
    public static Result run(ScenarioModel model, World world, Settings settings) {
        Scenario scenario = model.scenario();
        if (scenario.horizon().step() != Scenario.Step.YEAR) {
            throw new IllegalArgumentException("a backtest steps in years; set horizon.step: year");
        }
        int series = -1;
        for (int s = 0; s < model.series().size(); s++) {
            if (model.series().get(s).outcome() == Outcome.TRADE_SHARE) {
                series = s;
                break;
            }
        }
        if (series < 0) {
            throw new IllegalArgumentException("a backtest compares trade shares; list trade-share under outcomes");
        }
        int first = scenario.baseYear() + 1;
        int last = scenario.baseYear() + model.periods();
        if (settings.calibrationEnd() < first || settings.calibrationEnd() >= last) {
            throw new IllegalArgumentException("the calibration must end between " + first + " and " + (last - 1)
                    + " (the simulated years are " + first + "-" + last + "), not " + settings.calibrationEnd());
        }
        int powers = scenario.powerList().size();
        int periods = model.periods();
        // observed shares, NaN where the dataset has none; column 0 is the base year
        double[][] observed = new double[powers][periods + 1];
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < powers; p++) {
            String code = scenario.powerList().get(p).code();
            for (int k = 0; k <= periods; k++) {
                Double share = ScenarioModel.observedShare(
                        world, scenario.focal(), code, Channel.TRADE, scenario.baseYear() + k);
                observed[p][k] = share == null ? Double.NaN : share;
                if (share == null && k > 0) {
                    missing.add(code + " " + (scenario.baseYear() + k));
                }
            }
        }
        int calibrationPeriods =
                settings.calibrationEnd() - scenario.baseYear(); // periods 0..calibrationPeriods-1 are in sample

        ParameterSpace space = model.parameters();
        int dims = space.uncertainCount();
        Objective objective = new Objective(model, series, observed, calibrationPeriods, settings.seed());
        double[] bestU = new double[dims];
        Arrays.fill(bestU, 0.5);
        double priorSse = objective.sse(bestU);
        double bestSse = priorSse;
        int draws = dims == 0 ? 0 : settings.draws();
        double[][] drawU = new double[draws][];
        double[] drawSse = new double[draws];
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int d = 0; d < draws; d++) {
            double[] u = new double[dims];
            for (int j = 0; j < dims; j++) {
                u[j] = LOW + (HIGH - LOW) * random.nextDouble();
            }
            drawU[d] = u;
            drawSse[d] = objective.sse(u);
            if (drawSse[d] < bestSse) {
                bestSse = drawSse[d];
                bestU = u.clone();
            }
        }
        for (double step = 0.25; dims > 0 && step >= 1.0 / 1024; step /= 2) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int j = 0; j < dims; j++) {
                    for (double sign : new double[] {1, -1}) {
                        double[] u = bestU.clone();
                        u[j] = Math.clamp(u[j] + sign * step, LOW, HIGH);
                        if (u[j] == bestU[j]) {
                            continue;
                        }
                        double sse = objective.sse(u);
                        if (sse < bestSse - 1e-15) {
                            bestSse = sse;
                            bestU = u;
                            improved = true;
                        }
                    }
                }
            }
        }
        double[] best = objective.shares(bestU);

        // ABC posterior: the draws closest to the calibration data
        int accepted = draws == 0 ? 0 : Math.max(1, (int) Math.ceil(settings.acceptShare() * draws));
        Integer[] order = new Integer[draws];
        for (int d = 0; d < draws; d++) {
            order[d] = d;
        }
        Arrays.sort(order, (a, b) -> Double.compare(drawSse[a], drawSse[b]));
        double[][] posterior = new double[accepted][];
        for (int a = 0; a < accepted; a++) {
            posterior[a] = objective.shares(drawU[order[a]]);
        }

        List<Point> points = new ArrayList<>();
        int covered = 0;
        int outside = 0;
        for (int p = 0; p < powers; p++) {
            String code = scenario.powerList().get(p).code();
            double baseShare = Double.isNaN(observed[p][0])
                    ? model.initialShare(p, Channel.TRADE, space.values(bestU))
                    : observed[p][0];
            double originShare = Double.NaN;
            for (int k = calibrationPeriods; k >= 0 && Double.isNaN(originShare); k--) {
                originShare = observed[p][k];
            }
            double[] line = trend(observed[p], calibrationPeriods);
            for (int k = 0; k < periods; k++) {
                double obs = observed[p][k + 1];
                if (Double.isNaN(obs)) {
                    continue;
                }
                boolean inSample = k < calibrationPeriods;
                double[] band = new double[accepted];
                for (int a = 0; a < accepted; a++) {
                    band[a] = posterior[a][p * periods + k];
                }
                Arrays.sort(band);
                double low = accepted == 0 ? Double.NaN : band[(int) Math.floor(0.05 * (accepted - 1))];
                double high = accepted == 0 ? Double.NaN : band[(int) Math.ceil(0.95 * (accepted - 1))];
                if (!inSample && accepted > 0) {
                    outside++;
                    covered += obs >= low - 1e-12 && obs <= high + 1e-12 ? 1 : 0;
                }
                points.add(new Point(
                        code,
                        scenario.baseYear() + k + 1,
                        inSample,
                        obs,
                        best[p * periods + k],
                        inSample ? baseShare : originShare,
                        line[0] + line[1] * (k + 1),
                        low,
                        high));
            }
        }
        List<Error> errors = new ArrayList<>();
        for (boolean inSample : new boolean[] {true, false}) {
            for (int p = 0; p <= powers; p++) {
                String code = p < powers ? scenario.powerList().get(p).code() : "all";
                List<Point> subset = points.stream()
                        .filter(x -> x.inSample() == inSample
                                && (code.equals("all") || x.power().equals(code)))
                        .toList();
                if (!subset.isEmpty()) {
                    errors.add(new Error(
                            code,
                            inSample,
                            subset.size(),
                            mae(subset, Point::model),
                            mae(subset, Point::persistence),
                            mae(subset, Point::trend)));
                }
            }
        }
        double[] priorValues = space.medians();
        double[] calibratedValues = space.values(bestU);
        List<String> names = new ArrayList<>();
        List<Double> prior = new ArrayList<>();
        List<Double> calibrated = new ArrayList<>();
        for (int j = 0; j < dims; j++) {
            String name = space.uncertainName(j);
            names.add(name);
            prior.add(priorValues[space.index(name)]);
            calibrated.add(calibratedValues[space.index(name)]);
        }
        return new Result(
                List.copyOf(names),
                List.copyOf(prior),
                List.copyOf(calibrated),
                priorSse,
                bestSse,
                objective.evaluations,
                accepted,
                List.copyOf(points),
                List.copyOf(missing),
                List.copyOf(errors),
                outside == 0 ? Double.NaN : (double) covered / outside);
    }

    private static final double LOW = 1e-4;
    private static final double HIGH = 1 - 1e-4;

    /** Intercept and slope of the least-squares line through the observed shares of periods 0..end (x = period index). */
    static double[] trend(double[] observed, int end) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k <= end; k++) {
            if (!Double.isNaN(observed[k])) {
                n++;
                sx += k;
                sy += observed[k];
                sxx += (double) k * k;
                sxy += k * observed[k];
            }
        }
        double denominator = n * sxx - sx * sx;
        if (n < 2 || denominator == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double slope = (n * sxy - sx * sy) / denominator;
        return new double[] {(sy - slope * sx) / n, slope};
    }

    private static double mae(List<Point> points, java.util.function.ToDoubleFunction<Point> forecast) {
        return points.stream()
                .mapToDouble(p -> Math.abs(forecast.applyAsDouble(p) - p.observed()))
                .average()
                .orElse(Double.NaN);
    }

    /** The calibration objective: runs the model and sums the squared in-sample errors. */
    private static final class Objective {
        private final ScenarioModel model;
        private final int series;
        private final double[][] observed;
        private final int calibrationPeriods;
        private final long seed;
        private final double[] out;
        private int evaluations;

        Objective(ScenarioModel model, int series, double[][] observed, int calibrationPeriods, long seed) {
            this.model = model;
            this.series = series;
            this.observed = observed;
            this.calibrationPeriods = calibrationPeriods;
            this.seed = seed;
            this.out = new double[model.outputSize()];
        }

        /** Each power's trade share per period, power-major. */
        double[] shares(double[] u) {
            evaluations++;
            model.run(model.parameters().values(u), seed, out);
            int periods = model.periods();
            double[] shares = new double[observed.length * periods];
            System.arraycopy(out, series * periods, shares, 0, shares.length);
            return shares;
        }

        double sse(double[] u) {
            double[] shares = shares(u);
            int periods = model.periods();
            double sum = 0;
            for (int p = 0; p < observed.length; p++) {
                for (int k = 0; k < calibrationPeriods; k++) {
                    double obs = observed[p][k + 1];
                    if (!Double.isNaN(obs)) {
                        double e = shares[p * periods + k] - obs;
                        sum += e * e;
                    }
                }
            }
            return sum;
        }
    }
}
