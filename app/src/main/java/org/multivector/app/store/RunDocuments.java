package org.multivector.app.store;

import org.multivector.report.ResultJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored ensembles as result documents, the same for {@code runs list|show --format json} (and the
 * series of {@code simulate --format json}) and the API's {@code GET /api/runs} and {@code /api/runs/{id}}.
 * Fan-chart series are columns: one list per quantile, aligned with {@code periods}, so that a chart reads
 * them directly; a quantile that is not a number is null.
 */
public final class RunDocuments {

    private RunDocuments() {}

    /**
     * A stored ensemble's metadata. {@code scenarioFile} is the file's name without its folder (no local
     * path leaves the machine through the API, and both doors say the same).
     */
    public record RunSummary(
            int id,
            String createdAt,
            String scenarioName,
            String scenarioFile,
            String scenarioHash,
            String datasetVersion,
            String codeVersion,
            long seed,
            String design,
            int runsRequested,
            int runsCompleted,
            int threads,
            String status,
            double elapsedSeconds) {

        /** The summary of a stored ensemble. */
        public static RunSummary of(RunStore.Summary s) {
            return new RunSummary(
                    s.id(),
                    s.createdAt().toString(),
                    s.scenarioName(),
                    fileName(s.scenarioFile()),
                    s.scenarioHash(),
                    s.datasetVersion(),
                    s.codeVersion(),
                    s.seed(),
                    s.design(),
                    s.runsRequested(),
                    s.runsCompleted(),
                    s.threads(),
                    s.status(),
                    ResultJson.round6(s.elapsedSeconds()));
        }
    }

    /** One outcome series of a fan chart: per period the 5, 25, 50, 75 and 95 % quantiles and the mean. */
    public record FanSeries(
            String name,
            String outcome,
            String power,
            String unit,
            List<String> periods,
            List<Double> p05,
            List<Double> p25,
            List<Double> p50,
            List<Double> p75,
            List<Double> p95,
            List<Double> mean) {}

    /** An analyst assumption of the scenario, with its reference when it has one. */
    public record Assumption(String text, String reference) {}

    /** A stored ensemble: its summary, its fan-chart series and the scenario's assumptions. */
    public record StoredRun(RunSummary summary, List<FanSeries> series, List<Assumption> assumptions) {}

    /** The document of a stored ensemble. */
    public static StoredRun storedRun(
            RunStore.Summary summary, List<RunStore.QuantileRow> rows, List<String[]> assumptions) {
        return new StoredRun(
                RunSummary.of(summary),
                fanSeries(rows),
                assumptions.stream()
                        .map(a -> new Assumption(a[0], a[1] == null ? "" : a[1]))
                        .toList());
    }

    /** Quantile rows (series by series, period by period) as fan-chart columns. */
    public static List<FanSeries> fanSeries(List<RunStore.QuantileRow> rows) {
        Map<String, List<RunStore.QuantileRow>> bySeries = new LinkedHashMap<>();
        for (RunStore.QuantileRow row : rows) {
            bySeries.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
        }
        List<FanSeries> series = new ArrayList<>();
        bySeries.forEach((name, list) -> {
            RunStore.QuantileRow first = list.getFirst();
            series.add(new FanSeries(
                    name,
                    first.outcome(),
                    first.power().isEmpty() ? null : first.power(),
                    first.unit(),
                    list.stream().map(RunStore.QuantileRow::period).toList(),
                    column(list, RunStore.QuantileRow::p05),
                    column(list, RunStore.QuantileRow::p25),
                    column(list, RunStore.QuantileRow::p50),
                    column(list, RunStore.QuantileRow::p75),
                    column(list, RunStore.QuantileRow::p95),
                    column(list, RunStore.QuantileRow::mean)));
        });
        return series;
    }

    private static List<Double> column(
            List<RunStore.QuantileRow> rows, java.util.function.ToDoubleFunction<RunStore.QuantileRow> quantile) {
        List<Double> values = new ArrayList<>();
        for (RunStore.QuantileRow row : rows) {
            values.add(ResultJson.round6OrNull(quantile.applyAsDouble(row)));
        }
        return values;
    }

    /** The file name of a path, without its folders. */
    public static String fileName(String path) {
        if (path == null) {
            return null;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
