package org.multivector.app.cli;

import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.scenario.CalibratedBacktest;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.ScenarioModel;
import org.multivector.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code multivector backtest SCENARIO.yaml}: calibrates the scenario's uncertain parameters on the early
 * years and scores the model's trade shares on the later ones, beside persistence and a linear trend.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        header =
                "Calibrate a scenario on early years and score its trade shares out of sample, beside persistence and trend.",
        description = {
            "Run a yearly scenario from its base year with the events that happened as dated shocks; fit its",
            "uncertainties by least squares on the trade shares of the years up to --calibrate-until (seeded prior draws,",
            "then a compass search), and score every later year out of sample beside persistence (the last calibration",
            "year's share) and a linear trend (fitted on base year .. --calibrate-until). Mean absolute errors in share",
            "points per power, in and out of sample; the best --accept share of the draws is a rejection-ABC posterior."
        })
public final class BacktestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Parameters(
            index = "0",
            paramLabel = "SCENARIO.yaml",
            description = "A scenario with horizon.step: year and trade-share among its outcomes.")
    Path scenarioFile;

    @Option(
            names = "--calibrate-until",
            paramLabel = "YEAR",
            defaultValue = "2019",
            description = "Last in-sample year; later years are scored out of sample. Default: ${DEFAULT-VALUE}.")
    int calibrateUntil;

    @Option(
            names = "--draws",
            paramLabel = "N",
            defaultValue = "500",
            description =
                    "Seeded draws from the priors before the compass search (0: start from the medians). Default: ${DEFAULT-VALUE}.")
    int draws;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the draws. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--accept",
            paramLabel = "SHARE",
            defaultValue = "0.05",
            description = "Share of the draws kept as the ABC posterior. Default: ${DEFAULT-VALUE}.")
    double accept;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Override
    public void run() {
        ScenarioFiles.Loaded loaded = ScenarioFiles.read(scenarioFile);
        org.multivector.dataset.Dataset data = ScenarioFiles.dataset(loaded, dataset.directory);
        World world = data.world();
        ScenarioModel model;
        try {
            model = CalibratedBacktest.tradeOnly(
                    loaded.scenario(), world, data.corridors(), loaded.file().toString());
        } catch (InvalidScenarioException e) {
            throw new UserException(ScenarioFiles.describe(
                    "the scenario, read against dataset " + world.info().name() + ",", e.problems()));
        }
        CalibratedBacktest.Result result;
        try {
            result = CalibratedBacktest.run(
                    model, world, new CalibratedBacktest.Settings(calibrateUntil, draws, seed, accept));
        } catch (IllegalArgumentException e) {
            throw new UserException(scenarioFile + ": " + e.getMessage());
        }
        int base = model.scenario().baseYear();
        int last = base + model.periods();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", model.scenario().name());
        root.put("dataset", model.datasetVersion());
        root.put("baseYear", base);
        root.put("calibrateUntil", calibrateUntil);
        root.put("lastYear", last);
        root.put(
                "method",
                "least squares: " + draws + " seeded prior draws (seed " + seed
                        + ") then compass search; ABC rejection, best " + accept + " of the draws");
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int j = 0; j < result.parameterNames().size(); j++) {
            parameters.put(
                    result.parameterNames().get(j),
                    new CalibratedValue(
                            result.prior().get(j), result.calibrated().get(j)));
        }
        root.put("parameters", parameters);
        root.put("priorSse", result.priorSse());
        root.put("calibratedSse", result.calibratedSse());
        root.put("evaluations", result.evaluations());
        root.put("accepted", result.accepted());
        root.put("coverage", Double.isNaN(result.coverage()) ? null : result.coverage());
        root.put(
                "errors",
                result.errorList().stream()
                        .map(e -> map(
                                "power",
                                e.power(),
                                "inSample",
                                e.inSample(),
                                "points",
                                e.points(),
                                "model",
                                j(e.model()),
                                "persistence",
                                j(e.persistence()),
                                "trend",
                                j(e.trend())))
                        .toList());
        root.put(
                "points",
                result.pointList().stream()
                        .map(p -> map(
                                "power",
                                p.power(),
                                "year",
                                p.year(),
                                "inSample",
                                p.inSample(),
                                "observed",
                                j(p.observed()),
                                "model",
                                j(p.model()),
                                "persistence",
                                j(p.persistence()),
                                "trend",
                                j(p.trend()),
                                "abcP05",
                                j(p.abcLow()),
                                "abcP95",
                                j(p.abcHigh())))
                        .toList());
        root.put("missing", result.missingList());
        ReportOutput.print(out, format, root, () -> tables(model, result, base, last), () -> {
            Report.Builder csv = Report.builder("");
            for (String name : List.of(
                    "power", "year", "sample", "observed", "model", "persistence", "trend", "abc_p05", "abc_p95")) {
                csv.text(name);
            }
            for (CalibratedBacktest.Point p : result.pointList()) {
                csv.row(
                        p.power(),
                        p.year(),
                        p.inSample() ? "in" : "out",
                        j(p.observed()),
                        j(p.model()),
                        j(p.persistence()),
                        j(p.trend()),
                        j(p.abcLow()),
                        j(p.abcHigh()));
            }
            return List.of(csv.build());
        });
    }

    private List<Report> tables(ScenarioModel model, CalibratedBacktest.Result result, int base, int last) {
        List<Report> reports = new ArrayList<>();
        String heading = String.format(
                "Backtest of %s on dataset %s: from %d, calibrated on %d-%d, scored out of sample on %d-%d (trade shares)",
                model.scenario().name(),
                model.datasetVersion(),
                base,
                base + 1,
                calibrateUntil,
                calibrateUntil + 1,
                last);
        if (result.parameterNames().isEmpty()) {
            reports.add(Report.text(heading, "No uncertainties to calibrate: the model runs at its fixed values."));
        } else {
            Report.Builder parameters = Report.builder(heading
                            + String.format(
                                    "%nCalibration: least squares on the %d-%d shares; %d seeded draws from the priors (seed %d), then a compass search; %d model runs.",
                                    base + 1, calibrateUntil, draws, seed, result.evaluations()))
                    .text("parameter")
                    .text("prior median")
                    .text("calibrated");
            for (int j = 0; j < result.parameterNames().size(); j++) {
                parameters.row(
                        result.parameterNames().get(j),
                        g(result.prior().get(j)),
                        g(result.calibrated().get(j)));
            }
            parameters.note(String.format(
                    "Sum of squared share errors on the calibration years: %s at the medians, %s calibrated.",
                    g(result.priorSse()), g(result.calibratedSse())));
            reports.add(parameters.build());
        }
        String missing = String.format(
                "Years without an observed share: %d%s",
                result.missingList().size(),
                result.missingList().isEmpty()
                        ? ""
                        : " ("
                                + (result.missingList().size() > 12
                                        ? String.join(", ", result.missingList().subList(0, 12)) + ", ..."
                                        : String.join(", ", result.missingList()))
                                + ")");
        if (result.pointList().isEmpty()) {
            reports.add(Report.text(
                    "",
                    "No year after the base year has an observed trade share in the dataset (the partner's trade and the",
                    "focal country's world total in the same year), so there is nothing to compare.",
                    missing));
            return reports;
        }
        Report.Builder errors = Report.builder(
                        "Mean absolute error, share points (observed years only; nothing interpolated)")
                .text("power")
                .text("sample")
                .column("points", Column.Kind.INTEGER)
                .text("model")
                .text("persistence")
                .text("trend")
                .text("best");
        for (CalibratedBacktest.Error e : result.errorList()) {
            errors.row(
                    e.power(),
                    e.inSample()
                            ? "in " + (base + 1) + "-" + calibrateUntil
                            : "out " + (calibrateUntil + 1) + "-" + last,
                    e.points(),
                    pts(e.model()),
                    pts(e.persistence()),
                    pts(e.trend()),
                    best(e));
        }
        result.error("all", false)
                .ifPresent(e -> errors.note(String.format(
                        "Out of sample the model %s persistence and %s the linear trend (MAE %s vs %s and %s points).",
                        e.model() < e.persistence() ? "beats" : "does not beat",
                        e.model() < e.trend() ? "beats" : "does not beat",
                        pts(e.model()),
                        pts(e.persistence()),
                        pts(e.trend()))));
        if (result.accepted() > 0 && !Double.isNaN(result.coverage())) {
            errors.note(String.format(
                    Locale.ROOT,
                    "ABC posterior (best %d of %d draws): %.0f %% of the out-of-sample observations lie inside its 5-95 %% range.",
                    result.accepted(),
                    draws,
                    100 * result.coverage()));
        }
        reports.add(errors.build());
        Report.Builder points = Report.builder("")
                .text("power")
                .column("year", Column.Kind.INTEGER)
                .text("sample")
                .column("observed", Column.Kind.SHARE)
                .column("model", Column.Kind.SHARE)
                .column("persistence", Column.Kind.SHARE)
                .text("trend")
                .text("ABC 5-95 %");
        for (CalibratedBacktest.Point p : result.pointList()) {
            points.row(
                    p.power(),
                    p.year(),
                    p.inSample() ? "in" : "out",
                    p.observed(),
                    p.model(),
                    p.persistence(),
                    Double.isNaN(p.trend()) ? "-" : Numbers.percent(p.trend()),
                    Double.isNaN(p.abcLow())
                            ? "-"
                            : Numbers.percent(p.abcLow()) + " - " + Numbers.percent(p.abcHigh()));
        }
        reports.add(points.note(missing).build());
        return reports;
    }

    private static String best(CalibratedBacktest.Error e) {
        List<String> names = new ArrayList<>(List.of("model", "persistence", "trend"));
        double[] values = {e.model(), e.persistence(), e.trend()};
        int best = 0;
        for (int i = 1; i < 3; i++) {
            if (!Double.isNaN(values[i]) && values[i] < values[best]) {
                best = i;
            }
        }
        return names.get(best);
    }

    /** A calibrated uncertainty in the result document: its value under the prior and after calibration. */
    private record CalibratedValue(double prior, double calibrated) {}

    /** A JSON number, or null for NaN (JSON has no NaN). */
    private static Double j(double value) {
        return Double.isNaN(value) ? null : Numbers.round6(value);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String pts(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.2f", 100 * share);
    }

    private static String g(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
