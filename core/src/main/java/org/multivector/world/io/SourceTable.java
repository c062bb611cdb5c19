package org.multivector.world.io;

import org.multivector.input.CsvColumns;
import org.multivector.input.CsvRow;
import org.multivector.input.CsvTable;
import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.world.Basis;
import org.multivector.world.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dataset's source table, {@value DatasetFiles#SOURCES}: one row per source that compact figure
 * files name by {@code source_id} instead of repeating publisher, title, year and URL on every row.
 * The header is {@value #HEADER_TEXT}; every problem is reported with file, line, column and rule.
 */
final class SourceTable {

    static final String HEADER_TEXT = "source_id,publisher,title,source_year,url,basis,assumption,licence,note";

    private static final CsvColumns COLUMNS = CsvColumns.required(HEADER_TEXT.split(","));

    /** A source id: a short token of letters, digits, dot, dash or underscore. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /** One source with the note its figures inherit when they have none of their own. */
    record Entry(Source source, String note) {}

    private final Map<String, Entry> entryMap;

    private SourceTable(Map<String, Entry> entryMap) {
        this.entryMap = entryMap;
    }

    /** The source with this id, or null. */
    Entry get(String id) {
        return entryMap.get(id);
    }

    /** The ids, in file order. */
    Set<String> ids() {
        return entryMap.keySet();
    }

    /**
     * Reads the table when the dataset has one; problems go to {@code problems}. Returns null when the
     * dataset has no source table.
     */
    static SourceTable read(DatasetFiles files, List<Problem> problems) {
        if (!files.exists(DatasetFiles.SOURCES)) {
            return null;
        }
        String file = files.display(DatasetFiles.SOURCES);
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (InputStream in = files.open(DatasetFiles.SOURCES);
                CsvTable table = CsvTable.open(in, file, COLUMNS, problems)) {
            CsvRow row;
            while ((row = table.next()) != null) {
                readRow(row, entries, firstLine, problems);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            problems.add(
                    Problem.ofFile(file, InputRule.UNREADABLE_FILE, "cannot read the source table: " + e.getMessage()));
        }
        return new SourceTable(Collections.unmodifiableMap(entries));
    }

    private static void readRow(
            CsvRow row, Map<String, Entry> entries, Map<String, Integer> firstLine, List<Problem> problems) {
        int before = problems.size();
        String id = row.text("source_id");
        if (!ID.matcher(id).matches()) {
            row.problem(
                    "source_id",
                    InputRule.INVALID_VALUE,
                    "source_id '" + id
                            + "' must be a short token of letters, digits, '.', '-' or '_'\nMaybe imf-dots-kaz-x.");
        } else if (firstLine.containsKey(id)) {
            row.problem(
                    "source_id",
                    DatasetRule.DUPLICATE_DECLARATION,
                    "source_id '" + id + "' is already declared on line " + firstLine.get(id));
        }
        for (String column : List.of("publisher", "title", "source_year", "url")) {
            if (row.text(column).isEmpty()) {
                row.problem(
                        column,
                        DatasetRule.MISSING_SOURCE,
                        "the source's " + column.replace('_', ' ')
                                + " is empty\nMaybe the source is not known yet; a figure without a source cannot enter a dataset.");
            }
        }
        Integer year = null;
        if (!row.text("source_year").isEmpty()) {
            try {
                year = Integer.valueOf(row.text("source_year"));
            } catch (NumberFormatException e) {
                row.problem(
                        "source_year",
                        InputRule.NOT_A_NUMBER,
                        "source_year '" + row.text("source_year") + "' is not a whole number");
            }
        }
        Basis basis = Basis.fromFileName(row.text("basis"));
        if (basis == null) {
            row.problem(
                    "basis",
                    InputRule.INVALID_VALUE,
                    "basis '" + row.text("basis") + "' is not reporter, mirror or independent");
        }
        Boolean assumption = row.bool("assumption", null);
        if (problems.size() > before) {
            return;
        }
        firstLine.put(id, row.line());
        Source source = new Source(
                row.text("publisher"),
                row.text("title"),
                year,
                row.text("url"),
                basis,
                assumption,
                row.text("licence"),
                id);
        entries.put(id, new Entry(source, row.text("note")));
    }
}
