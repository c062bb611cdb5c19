package org.multivector.app.cli;

import org.multivector.report.Cell;
import org.multivector.report.Column;
import org.multivector.report.Report;
import org.multivector.report.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table view of {@link Report}s: for each report its title, an aligned table of the columns
 * {@linkplain Column.Shown#inTable() shown in tables} (a column whose cells all look numeric is
 * right-aligned), its numbered sources, its assumptions and its notes; a blank line between reports.
 */
public final class TableRenderer {

    private TableRenderer() {}

    /** The reports as text, each line ending with a newline. */
    public static String render(List<Report> reports) {
        StringBuilder text = new StringBuilder();
        for (Report report : reports) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            render(report, text);
        }
        return text.toString();
    }

    private static void render(Report report, StringBuilder text) {
        if (!report.title().isEmpty()) {
            text.append(report.title()).append('\n');
        }
        String indent = report.hasTable() ? "  " : "";
        if (report.hasTable()) {
            table(report, text);
        }
        List<SourceRef> sources = report.sources();
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            text.append("  [")
                    .append(i + 1)
                    .append("] ")
                    .append(s.citation())
                    .append(s.assumption() ? " (analyst assumption)" : "")
                    .append('\n');
        }
        if (!report.assumptions().isEmpty()) {
            text.append(indent).append("Analyst assumptions:\n");
            for (String assumption : report.assumptions()) {
                text.append(indent).append("  - ").append(assumption).append('\n');
            }
        }
        for (String note : report.notes()) {
            text.append(indent).append(note).append('\n');
        }
    }

    private static void table(Report report, StringBuilder text) {
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < report.columns().size(); c++) {
            if (report.columns().get(c).shown().inTable()) {
                shown.add(c);
            }
        }
        int columns = shown.size();
        List<String> header = new ArrayList<>();
        for (int c : shown) {
            Column column = report.columns().get(c);
            header.add(column.unit().isEmpty() ? column.label() : column.label() + " [" + column.unit() + "]");
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> row : report.rows()) {
            List<String> line = new ArrayList<>(columns);
            for (int c : shown) {
                line.add(cell(report.columns().get(c), row.get(c)));
            }
            rows.add(line);
        }
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
                if (!row.get(c).isEmpty() && !row.get(c).matches("[-+]?[0-9.,%]+[%]?")) {
                    numeric[c] = false;
                }
            }
        }
        line(text, header, width, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append("-".repeat(width[c])).append(c + 1 < columns ? "  " : "");
        }
        text.append(rule).append('\n');
        for (List<String> row : rows) {
            line(text, row, width, numeric);
        }
    }

    private static void line(StringBuilder text, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(numeric[c] ? pad + cell : cell + pad);
            if (c + 1 < cells.size()) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** A cell as a table writes it in this column. */
    static String cell(Column column, Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.text();
            case Cell.Whole w -> Long.toString(w.value());
            case Cell.Flag f -> Boolean.toString(f.value());
            case Cell.Missing m -> "";
            case Cell.Figure f -> figure(column, f.value());
        };
    }

    private static String figure(Column column, double value) {
        String text = switch (column.kind()) {
            case TEXT, INTEGER -> Numbers.plain(value);
            case NUMBER -> Numbers.grouped(value, column.decimals());
            case FIGURE -> Numbers.grouped(value, Math.abs(value) < 100 ? 3 : 1);
            case SHARE -> Numbers.percent(value);
            case CHANGE -> String.format(Locale.ROOT, "%+.1f %%", value);
        };
        return withoutNegativeZero(text);
    }

    /** {@code -0.0} and {@code -0.0%} print without the sign: a figure that rounds to zero is not negative. */
    static String withoutNegativeZero(String text) {
        return text.startsWith("-") && text.substring(1).matches("[0.,]*0(%|\\s.*)?") ? text.substring(1) : text;
    }
}
