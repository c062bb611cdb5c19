package org.multivector.app.cli;

import org.multivector.app.store.RunDocuments;
import org.multivector.app.store.RunStore.QuantileRow;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.Series;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints fan-chart quantiles (per series and period) as a table, JSON rows or tidy CSV. */
final class FanCharts {

    static final List<String> CSV_HEADER = List.of("series", "outcome", "power", "unit", "period", "p05", "p25", "p50", "p75", "p95", "mean");

    private FanCharts() {
    }

    /** The quantile rows of an in-memory ensemble, in series then period order. */
    static List<QuantileRow> rows(EnsembleResult result) {
        ScenarioModel model = result.model();
        List<QuantileRow> rows = new ArrayList<>();
        for (int s = 0; s < model.series().size(); s++) {
            Series series = model.series().get(s);
            for (int k = 0; k < model.periods(); k++) {
                double[] q = result.quantiles(s, k);
                rows.add(new QuantileRow(series.label(), series.outcome().fileName(), series.power(), series.outcome().unit(),
                        k, model.periodLabel(k), q[0], q[1], q[2], q[3], q[4], q[5]));
            }
        }
        return rows;
    }

    static void csv(PrintWriter out, List<QuantileRow> rows) {
        CsvOutput csv = new CsvOutput(out, CSV_HEADER);
        for (QuantileRow row : rows) {
            csv.row(List.of(row.series(), row.outcome(), row.power(), row.unit(), row.period(), num(row.p05()), num(row.p25()),
                    num(row.p50()), num(row.p75()), num(row.p95()), num(row.mean())));
        }
    }

    /** The fan-chart columns of the rows: the same series as {@code runs show --format json} and {@code GET /api/runs/{id}}. */
    static List<RunDocuments.FanSeries> json(List<QuantileRow> rows) {
        return RunDocuments.fanSeries(rows);
    }

    /** A table of medians with the 5–95 % band at up to five periods spread over the horizon (always the last). */
    static void table(PrintWriter out, List<QuantileRow> rows) {
        Map<String, List<QuantileRow>> bySeries = new LinkedHashMap<>();
        for (QuantileRow row : rows) {
            bySeries.computeIfAbsent(row.series(), k -> new ArrayList<>()).add(row);
        }
        if (bySeries.isEmpty()) {
            out.println("No completed runs.");
            return;
        }
        List<QuantileRow> first = bySeries.values().iterator().next();
        List<Integer> shown = shownPeriods(first.size(), first.getFirst().period().contains("-Q") ? 4 : 1);
        List<String> header = new ArrayList<>(List.of("series", "unit"));
        for (int k : shown) {
            header.add(first.get(k).period());
        }
        TextTable table = new TextTable(header);
        for (List<QuantileRow> series : bySeries.values()) {
            List<String> cells = new ArrayList<>(List.of(series.getFirst().series(), series.getFirst().unit()));
            for (int k : shown) {
                QuantileRow row = series.get(k);
                cells.add(num(row.p50()) + " [" + num(row.p05()) + "–" + num(row.p95()) + "]");
            }
            table.row(cells);
        }
        out.print(table.render());
        out.println("Each cell: median [5th–95th percentile] over the runs.");
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

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return Numbers.fixed(pattern, value);
    }
}
