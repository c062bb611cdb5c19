package org.multivector.app.cli;

import java.io.PrintWriter;
import java.util.List;

/** Writes tidy CSV (RFC 4180): a header, then one record per line, quoting only where needed. */
public final class CsvOutput {

    private final PrintWriter out;

    public CsvOutput(PrintWriter out, List<String> header) {
        this.out = out;
        row(header);
    }

    /** Writes one record; null cells are empty. */
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(cells.get(i) == null ? "" : cells.get(i).toString()));
        }
        out.print(line);
        out.print('\n');
    }

    /** The field quoted when it holds a comma, quote or line break. */
    public static String escape(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
