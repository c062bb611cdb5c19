package org.multivector.app.cli;

import org.multivector.report.Cell;
import org.multivector.report.Column;
import org.multivector.report.Report;

import java.util.List;

/**
 * The one CSV view of {@link Report}s (RFC 4180): one header of the columns
 * {@linkplain Column.Shown#inCsv() shown in CSV}, then the rows of every report that has them, figures in
 * plain decimal, missing cells empty, quoting only where needed. Reports without CSV columns (headings,
 * explanations) are left out; those with CSV columns must all have the same ones.
 */
public final class CsvRenderer {

    private CsvRenderer() {}

    /** The reports' rows as CSV, each record ending with a newline. */
    public static String render(List<Report> reports) {
        List<String> header = null;
        StringBuilder text = new StringBuilder();
        for (Report report : reports) {
            List<Column> columns = report.csvColumns();
            if (columns.isEmpty()) {
                continue;
            }
            List<String> names = columns.stream().map(Column::name).toList();
            if (header == null) {
                header = names;
                record(text, names);
            } else if (!header.equals(names)) {
                throw new IllegalStateException(
                        "report '" + report.title() + "' has CSV columns " + names + ", the first " + header);
            }
            for (List<Cell> row : report.rows()) {
                StringBuilder line = new StringBuilder();
                boolean first = true;
                for (int c = 0; c < report.columns().size(); c++) {
                    if (report.columns().get(c).shown().inCsv()) {
                        line.append(first ? "" : ",").append(escape(field(row.get(c))));
                        first = false;
                    }
                }
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    private static void record(StringBuilder text, List<String> fields) {
        text.append(String.join(",", fields.stream().map(CsvRenderer::escape).toList()))
                .append('\n');
    }

    /** A cell as a CSV field (before quoting). */
    static String field(Cell cell) {
        return switch (cell) {
            case Cell.Text t -> t.text();
            case Cell.Whole w -> Long.toString(w.value());
            case Cell.Figure f -> Numbers.plain(f.value());
            case Cell.Flag f -> Boolean.toString(f.value());
            case Cell.Missing m -> "";
        };
    }

    /** The field quoted when it holds a comma, quote or line break. */
    public static String escape(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
