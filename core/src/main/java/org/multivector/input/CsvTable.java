package org.multivector.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read against its {@link CsvColumns}: the header is checked once (a missing required
 * column is reported with the misspelt header field it probably is, a repeated one at its column),
 * then {@link #next()} yields each data row as a {@link CsvRow} whose typed fields report problems at
 * their own line and column. Blank lines are skipped; a row with the wrong number of fields is
 * reported and skipped. Reading problems (broken quoting, bytes that are not UTF-8, a file above the
 * size limit) end the table with one problem. Problems go to the list given; nothing is thrown.
 */
public final class CsvTable implements AutoCloseable {

    private final CsvReader reader;
    private final String file;
    private final List<Problem> problems;
    private final Map<String, Integer> positionMap = new HashMap<>();
    private CsvRecord header;
    private boolean ended;
    private boolean sound;

    private CsvTable(CsvReader reader, String file, List<Problem> problems) {
        this.reader = reader;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Opens a table on UTF-8 bytes and reads its header. When the header is unusable the problems are
     * recorded and {@link #ok()} is false.
     */
    public static CsvTable open(InputStream in, String file, CsvColumns columns, List<Problem> problems) {
        return open(CsvReader.utf8(in), file, columns, problems);
    }

    /** Opens a table on a reader (a tab or semicolon delimiter) and reads its header. */
    public static CsvTable open(CsvReader reader, String file, CsvColumns columns, List<Problem> problems) {
        CsvTable table = new CsvTable(reader, file, problems);
        table.readHeader(columns);
        return table;
    }

    private void readHeader(CsvColumns columns) {
        CsvRecord first = read();
        if (first == null) {
            if (!ended) {
                problems.add(Problem.ofFile(
                        file,
                        InputRule.UNREADABLE_FILE,
                        "the file is empty; it needs the header " + columns.headerText()));
            }
            ended = true;
            return;
        }
        boolean sound = true;
        List<String> known = columns.all();
        for (int i = 0; i < first.size(); i++) {
            String name = first.field(i).strip();
            if (!known.contains(name)) {
                continue;
            }
            if (positionMap.containsKey(name)) {
                problems.add(new Problem(
                        file, first.line(), first.column(i), InputRule.HEADER, "column '" + name + "' appears twice"));
                sound = false;
            } else {
                positionMap.put(name, i);
            }
        }
        for (String required : columns.requiredList()) {
            if (!positionMap.containsKey(required)) {
                List<String> unused = new java.util.ArrayList<>();
                for (int i = 0; i < first.size(); i++) {
                    String name = first.field(i).strip();
                    if (!known.contains(name)) {
                        unused.add(name);
                    }
                }
                String near = Suggestions.closest(required, unused)
                        .map(n -> "\nMaybe '" + n + "' should read '" + required + "'.")
                        .orElse("\nMaybe the header should read: " + columns.headerText());
                problems.add(new Problem(
                        file,
                        first.line(),
                        0,
                        InputRule.HEADER,
                        "the header lacks the column '" + required + "'" + near));
                sound = false;
            }
        }
        header = first;
        this.sound = sound;
        if (!sound) {
            ended = true;
        }
    }

    /** Whether the header is sound and rows can be read. */
    public boolean ok() {
        return sound;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Whether the header has {@code column}. */
    public boolean has(String column) {
        return positionMap.containsKey(column);
    }

    /** The next data row, or null at the end (or after a problem that stops reading). */
    public CsvRow next() {
        if (ended || header == null) {
            return null;
        }
        while (true) {
            CsvRecord record = read();
            if (record == null) {
                ended = true;
                return null;
            }
            if (record.size() == 1 && record.field(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new Problem(
                        file,
                        record.line(),
                        1,
                        InputRule.FIELD_COUNT,
                        "the row has " + record.size() + " fields but the header has " + header.size()
                                + "\nMaybe a field containing a comma needs quotes."));
                continue;
            }
            return new CsvRow(this, record);
        }
    }

    Integer position(String column) {
        return positionMap.get(column);
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    private CsvRecord read() {
        try {
            return reader.next();
        } catch (CsvFormatException e) {
            problems.add(e.problem(file));
        } catch (IOException e) {
            TextInputException text = TextInputException.in(e);
            problems.add(
                    text != null
                            ? text.problem(file)
                            : Problem.ofFile(
                                    file, InputRule.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
        }
        ended = true;
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
