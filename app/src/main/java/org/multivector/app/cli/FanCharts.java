package org.multivector.app.cli;

import org.multivector.app.store.RunDocuments;
import org.multivector.app.store.RunStore.QuantileRow;
import org.multivector.report.Report;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fan-chart quantiles (per series and period) as a table report, JSON rows or a tidy CSV report. */
final class FanCharts {

    private FanCharts() {}

    /** The quantile rows of an in-memory ensemble, in series then period order. */
    static List<QuantileRow> rows(EnsembleResult result) {
        ScenarioModel model = result.model();
        List<QuantileRow> rows = new ArrayList<>();
        for (int s = 0; s < model.series().size(); s++) {
            Series series = model.series().get(s);
            for (int k = 0; k < model.periods(); k++) {
                double[] q = result.quantiles(s, k);
                rows.add(new QuantileRow(
                        series.label(),
                        series.outcome().fileName(),
                        series.power(),
                        series.outcome().unit(),
                        k,
                        model.periodLabel(k),
                        q[0],
                        q[1],
                        q[2],
                        q[3],
                        q[4],
                        q[5]));
            }
        }
        return rows;
    }

    /** The quantile rows as tidy CSV: one row per series and period, each quantile rounded as the table shows it. */
    static Report csv(List<QuantileRow> rows) {
        Report.Builder csv = Report.builder("");
        for (String name :
                List.of("series", "outcome", "power", "unit", "period", "p05", "p25", "p50", "p75", "p95", "mean")) {
            csv.text(name);
        }
        for (QuantileRow row : rows) {
            csv.row(
                    row.series(),
                    row.outcome(),
                    row.power(),
                    row.unit(),
                    row.period(),
                    rounded(row.p05()),
                    rounded(row.p25()),
                    rounded(row.p50()),
                    rounded(row.p75()),
                    rounded(row.p95()),
                    rounded(row.mean()));
        }
        return csv.build();
    }

    /** The fan-chart columns of the rows: the same series as {@code runs show --format json} and {@code GET /api/runs/{id}}. */
    static List<RunDocuments.FanSeries> json(List<QuantileRow> rows) {
        return RunDocuments.fanSeries(rows);
    }

    /** A table of medians with the 5–95 % band at up to five periods spread over the horizon (always the last). */
    static Report table(List<QuantileRow> rows) {
        Map<String, List<QuantileRow>> bySeries = new LinkedHashMap<>();
        for (QuantileRow row : rows) {
            bySeries.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
        }
        if (bySeries.isEmpty()) {
            return Report.text("No completed runs.");
        }
        List<QuantileRow> first = bySeries.values().iterator().next();
        List<Integer> shown =
                shownPeriods(first.size(), first.getFirst().period().contains("-Q") ? 4 : 1);
        Report.Builder table = Report.builder("").text("series").text("unit");
        for (int k : shown) {
            table.text(first.get(k).period());
        }
        for (List<QuantileRow> series : bySeries.values()) {
            List<Object> cells = new ArrayList<>(
                    List.of(series.getFirst().series(), series.getFirst().unit()));
            for (int k : shown) {
                QuantileRow row = series.get(k);
                cells.add(num(row.p50()) + " [" + num(row.p05()) + "–" + num(row.p95()) + "]");
            }
            table.row(cells);
        }
        return table.note("Each cell: median [5th–95th percentile] over the runs.")
                .build();
    }

    /** The scenario's analyst assumptions, each with its reference, or nothing when it states none. */
    static List<Report> assumptions(List<String[]> textAndReference) {
        if (textAndReference.isEmpty()) {
            return List.of();
        }
        Report.Builder report = Report.builder("");
        textAndReference.forEach(a -> report.assumption(a[0] + (a[1].isEmpty() ? "" : " [" + a[1] + "]")));
        return List.of(report.build());
    }

    /** Up to five year-end periods spread over the horizon, the last always included. */
    static List<Integer> shownPeriods(int periods, int perYear) {
        List<Integer> yearEnds = new ArrayList<>();
        for (int k = perYear - 1; k < periods; k += perYear) {
            yearEnds.add(k);
        }
        if (yearEnds.isEmpty()) {
            yearEnds.add(periods - 1);
        }
        if (yearEnds.size() <= 5) {
            return yearEnds;
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int index = (int) Math.round(i * (yearEnds.size() - 1) / 4.0);
            if (!shown.contains(yearEnds.get(index))) {
                shown.add(yearEnds.get(index));
            }
        }
        return shown;
    }

    /** The value rounded as {@link #num(double)} writes it, or NaN when there is none. */
    static double rounded(double value) {
        return Double.isNaN(value) ? Double.NaN : Double.parseDouble(num(value));
    }

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return Numbers.fixed(pattern, value);
    }
}
