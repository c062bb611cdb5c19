package org.multivector.app.cli;

import org.multivector.report.Report;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where every command prints its result in the format asked: {@code --format json} writes the command's
 * document (the record the API returns for the same question), {@code table} and {@code csv} render the
 * reports built from that document with {@link TableRenderer} and {@link CsvRenderer}. The reports are
 * built only for the format that needs them.
 */
public final class ReportOutput {

    private ReportOutput() {}

    /** Prints the document as JSON, or the reports as a table or CSV. */
    public static void print(PrintWriter out, OutputFormat format, Object document, Supplier<List<Report>> reports) {
        print(out, format, document, reports, reports);
    }

    /**
     * Prints the document as JSON, the table reports as a table or the CSV reports as CSV: for a result
     * whose tidy rows (one figure a row) are not the rows a person reads (a trend per series).
     */
    public static void print(
            PrintWriter out,
            OutputFormat format,
            Object document,
            Supplier<List<Report>> table,
            Supplier<List<Report>> csv) {
        switch (format) {
            case json -> out.println(Json.write(document));
            case table -> out.print(TableRenderer.render(table.get()));
            case csv -> out.print(CsvRenderer.render(csv.get()));
        }
        out.flush();
    }
}
