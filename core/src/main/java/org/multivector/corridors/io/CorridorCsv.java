package org.multivector.corridors.io;

import org.jspecify.annotations.Nullable;
import org.multivector.input.CsvColumns;
import org.multivector.input.CsvRow;
import org.multivector.input.CsvTable;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.Source;
import org.multivector.world.io.DatasetFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the optional side files of a corridor network ({@code control.csv}, {@code schedules.csv}) read
 * alike: the table itself through {@link CsvTable} (header, blank lines, field counts, unreadable bytes),
 * four-digit years and the source columns every row carries with its {@code assumption} flag. A file that
 * is not there is not a problem: each of these files is optional.
 */
final class CorridorCsv {

    private CorridorCsv() {}

    /**
     * Hands every data row of {@code name} to {@code rows}, recording problems in {@code problems}.
     *
     * @return false when the dataset has no such file
     */
    static boolean read(
            DatasetFiles files, String name, CsvColumns columns, List<Problem> problems, Consumer<CsvRow> rows) {
        String file = files.display(name);
        try (InputStream in = files.open(name);
                CsvTable table = CsvTable.open(in, file, columns, problems)) {
            CsvRow row;
            while ((row = table.next()) != null) {
                rows.accept(row);
            }
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
        return true;
    }

    /** {@code text} as a four-digit year of {@code column}, or null after reporting it. */
    static @Nullable Integer year(CsvRow row, String column, String text) {
        if (text.matches("\\d{4}")) {
            return Integer.parseInt(text);
        }
        row.problem(column, InputRule.INVALID_VALUE, "'" + column + "' must be a year, got '" + text + "'");
        return null;
    }

    /**
     * The row's source: publisher, title, source_year (a year), url and assumption ({@code true} or
     * {@code false}) must all be filled; null after reporting each that is not.
     *
     * @param hint what to cite, on the "Maybe" line of a missing column
     */
    static @Nullable Source source(CsvRow row, String hint) {
        boolean complete = true;
        for (String column : CsvRow.SourceFields.COLUMNS) {
            if (row.text(column).isEmpty()) {
                row.problem(column, CorridorRule.MISSING_SOURCE, "no " + column + "\nMaybe cite " + hint + ".");
                complete = false;
            }
        }
        String yearText = row.text("source_year");
        Integer year = yearText.isEmpty() ? null : year(row, "source_year", yearText);
        Boolean assumption = row.bool("assumption", null);
        if (!complete || year == null || assumption == null) {
            return null;
        }
        return new Source(
                row.text("publisher"), row.text("title"), year, row.text("url"), Basis.INDEPENDENT, assumption);
    }
}
