package org.multivector.world.io;

import org.multivector.world.Basis;
import org.multivector.world.Source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's source table, {@value DatasetFiles#SOURCES}: one row per source that compact figure
 * files name by {@code source_id} instead of repeating publisher, title, year and URL on every row.
 * The header is {@value #HEADER_TEXT}; every problem is reported with file, line, column and rule.
 */
final class SourceTable {

    /** The columns of the source table, in any order. */
    static final List<String> COLUMNS = List.of("source_id", "publisher", "title", "source_year", "url", "basis",
            "assumption", "licence", "note");

    static final String HEADER_TEXT = "source_id,publisher,title,source_year,url,basis,assumption,licence,note";

    /** A source id: a short token of letters, digits, dot, dash or underscore. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    /** One source with the note its figures inherit when they have none of their own. */
    record Entry(Source source, String note) {
    }

    private final Map<String, Entry> entryMap;

    private SourceTable(Map<String, Entry> entryMap) {
        this.entryMap = entryMap;
    }

    /** An empty table, for datasets without {@value DatasetFiles#SOURCES}. */
    static SourceTable none() {
        return new SourceTable(Map.of());
    }

    /** The source with this id, or null. */
    Entry get(String id) {
        return entryMap.get(id);
    }

    /** The ids, in file order. */
    java.util.Set<String> ids() {
        return entryMap.keySet();
    }

    boolean isEmpty() {
        return entryMap.isEmpty();
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
        Map<String, Integer> firstLine = new java.util.HashMap<>();
        try (InputStream in = files.open(DatasetFiles.SOURCES); CsvReader reader = CsvReader.utf8(in)) {
            CsvRecord header = reader.next();
            if (header == null) {
                problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "the source table is empty; it needs the header " + HEADER_TEXT));
                return none();
            }
            int[] at = new int[COLUMNS.size()];
            Arrays.fill(at, -1);
            boolean headerOk = true;
            for (int i = 0; i < header.size(); i++) {
                int c = COLUMNS.indexOf(header.field(i).strip());
                if (c >= 0) {
                    if (at[c] >= 0) {
                        problems.add(new Problem(file, header.line(), header.column(i), Rule.HEADER, "column '" + COLUMNS.get(c) + "' appears twice"));
                        headerOk = false;
                    }
                    at[c] = i;
                }
            }
            for (int c = 0; c < at.length; c++) {
                if (at[c] < 0) {
                    problems.add(new Problem(file, header.line(), 0, Rule.HEADER, "the source table lacks the column '" + COLUMNS.get(c)
                            + "'\nMaybe the header should read: " + HEADER_TEXT));
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return none();
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                if (row.size() == 1 && row.field(0).isBlank()) {
                    continue;
                }
                if (row.size() != header.size()) {
                    problems.add(new Problem(file, row.line(), 1, Rule.FIELD_COUNT, "the row has " + row.size()
                            + " fields but the header has " + header.size() + "\nMaybe a field containing a comma needs quotes."));
                    continue;
                }
                readRow(row, at, file, entries, firstLine, problems);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (CsvFormatException e) {
            problems.add(new Problem(file, e.line(), e.column(), Rule.UNREADABLE_FILE, e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, 0, Rule.UNREADABLE_FILE, "cannot read the source table: " + e.getMessage()));
        }
        return new SourceTable(Collections.unmodifiableMap(entries));
    }

    private static void readRow(CsvRecord row, int[] at, String file, Map<String, Entry> entries, Map<String, Integer> firstLine,
                                List<Problem> problems) {
        int before = problems.size();
        String id = row.field(at[0]).strip();
        if (!ID.matcher(id).matches()) {
            problems.add(new Problem(file, row.line(), row.column(at[0]), Rule.INVALID_VALUE, "source_id '" + id
                    + "' must be a short token of letters, digits, '.', '-' or '_'\nMaybe imf-dots-kaz-x."));
        } else if (firstLine.containsKey(id)) {
            problems.add(new Problem(file, row.line(), row.column(at[0]), Rule.DUPLICATE_DECLARATION, "source_id '" + id
                    + "' is already declared on line " + firstLine.get(id)));
        }
        for (int c : new int[] {1, 2, 3, 4}) {
            if (row.field(at[c]).isBlank()) {
                problems.add(new Problem(file, row.line(), row.column(at[c]), Rule.MISSING_SOURCE, "the source's "
                        + COLUMNS.get(c).replace('_', ' ') + " is empty\nMaybe the source is not known yet; a figure without a source cannot enter a dataset."));
            }
        }
        Integer year = null;
        String yearText = row.field(at[3]).strip();
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, row.line(), row.column(at[3]), Rule.NOT_A_NUMBER, "source_year '" + yearText + "' is not a whole number"));
            }
        }
        Basis basis = Basis.fromFileName(row.field(at[5]).strip());
        if (basis == null) {
            problems.add(new Problem(file, row.line(), row.column(at[5]), Rule.INVALID_VALUE, "basis '" + row.field(at[5]).strip()
                    + "' is not reporter, mirror or independent"));
        }
        String assumptionText = row.field(at[6]).strip();
        if (!assumptionText.equals("true") && !assumptionText.equals("false")) {
            problems.add(new Problem(file, row.line(), row.column(at[6]), Rule.INVALID_VALUE, "assumption '" + assumptionText + "' must be true or false"));
        }
        if (problems.size() > before) {
            return;
        }
        firstLine.put(id, row.line());
        Source source = new Source(row.field(at[1]).strip(), row.field(at[2]).strip(), year, row.field(at[4]).strip(), basis,
                assumptionText.equals("true"), row.field(at[7]).strip(), id);
        entries.put(id, new Entry(source, row.field(at[8]).strip()));
    }

    /** The ids closest in spelling to {@code id}, for a did-you-mean hint. */
    List<String> closest(String id) {
        List<String> result = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String known : entryMap.keySet()) {
            int distance = distance(id, known);
            if (distance < best) {
                best = distance;
                result.clear();
            }
            if (distance == best) {
                result.add(known);
            }
        }
        return best <= Math.max(2, id.length() / 3) ? result.subList(0, Math.min(3, result.size())) : List.of();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
