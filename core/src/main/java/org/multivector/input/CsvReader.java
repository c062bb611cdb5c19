package org.multivector.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of RFC 4180 CSV (comma-separated, double-quoted fields, doubled quotes inside,
 * line breaks inside quotes) that remembers the line and column of every field, so that problems can
 * be reported where they are. Input must be UTF-8; a byte-order mark is skipped; CRLF and LF both end
 * records. Memory does not grow with the file. Unquoted fields are cut straight from the buffer, so
 * reading a million-row export takes seconds (see bench/import).
 */
public final class CsvReader implements Closeable {

    private final Reader reader;
    private final char delimiter;
    /** The buffer's first size; it grows (4 times at each step) up to {@link #MAX_BUFFER} while fills keep filling it. */
    static final int FIRST_BUFFER = 1 << 11;
    /** The largest buffer: 64 Ki characters, enough for the long rows of a wide export. */
    static final int MAX_BUFFER = 1 << 16;

    /**
     * Starts small, so that the many small texts (a request body, an issue file) do not each allocate
     * 128 KB: the fuzzing profile of the issue reader showed 58 % of all allocated bytes here.
     */
    private char[] buffer = new char[FIRST_BUFFER];

    private int length;
    private int position;
    private int line = 1;
    private int column = 1;
    private boolean first = true;
    private int lastSize = 16;
    private java.util.BitSet keptFields;

    /** A reader of comma-separated text. */
    public CsvReader(Reader reader) {
        this(reader, ',');
    }

    /** A reader of text separated by {@code delimiter} (a tab, a semicolon). */
    public CsvReader(Reader reader, char delimiter) {
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /** A reader of UTF-8 bytes that refuses malformed input rather than replacing it. */
    public static CsvReader utf8(InputStream in) {
        return utf8(in, ',');
    }

    /** A reader of UTF-8 bytes separated by {@code delimiter}, refusing malformed input and files above {@link ReadLimits#DEFAULT}. */
    public static CsvReader utf8(InputStream in, char delimiter) {
        return utf8(in, delimiter, ReadLimits.DEFAULT);
    }

    /** A reader of UTF-8 bytes separated by {@code delimiter}, refusing malformed input and files above {@code limits}. */
    public static CsvReader utf8(InputStream in, char delimiter, ReadLimits limits) {
        return new CsvReader(new Utf8Reader(in, limits.maxCsvBytes()), delimiter);
    }

    /**
     * The next record, or null at the end of the input. A blank line yields a record of one empty field.
     *
     * @throws CsvFormatException when quoting is broken or the bytes are not UTF-8, with the place
     */
    public CsvRecord next() throws IOException, CsvFormatException {
        if (first) {
            first = false;
            if (available() && buffer[position] == '\uFEFF') {
                position++;
            }
        }
        if (!available()) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>(lastSize);
        List<Integer> columns = new ArrayList<>(lastSize);
        while (true) {
            columns.add(column);
            boolean kept = keptFields == null || keptFields.get(fields.size());
            fields.add(available() && buffer[position] == '"' ? quoted() : kept ? unquoted() : skipUnquoted());
            if (!available()) {
                lastSize = fields.size();
                return new CsvRecord(recordLine, fields, columns);
            }
            char c = buffer[position];
            if (c == delimiter) {
                position++;
                column++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                position++;
                line++;
                column = 1;
                if (c == '\r' && available() && buffer[position] == '\n') {
                    position++;
                }
                lastSize = fields.size();
                return new CsvRecord(recordLine, fields, columns);
            }
            throw new CsvFormatException(
                    line,
                    column,
                    "unexpected character '" + c
                            + "' after a closing quote\nMaybe a quote inside the field should be doubled (\"\").");
        }
    }

    /** Reads an unquoted field up to (not including) the delimiter, line end or end of input. */
    private String unquoted() throws IOException, CsvFormatException {
        StringBuilder spill = null;
        while (true) {
            int start = position;
            while (position < length) {
                char c = buffer[position];
                if (c > '"' && c != delimiter) {
                    position++; // the common case: an ordinary character
                    continue;
                }
                if (c == delimiter || c == '\n' || c == '\r') {
                    column += position - start;
                    String tail = new String(buffer, start, position - start);
                    return spill == null ? tail : spill.append(tail).toString();
                }
                if (c == '"') {
                    column += position - start;
                    throw new CsvFormatException(
                            line,
                            column,
                            "a quote inside an unquoted field\nMaybe quote the whole field and double the quote (\"\").");
                }
                position++;
            }
            column += position - start;
            if (spill == null) {
                spill = new StringBuilder();
            }
            spill.append(buffer, start, position - start);
            if (!fill()) {
                return spill.toString();
            }
        }
    }

    /** Passes over an unquoted field as {@link #unquoted()} reads it, without copying it: the field reads as empty. */
    private String skipUnquoted() throws IOException, CsvFormatException {
        while (true) {
            int start = position;
            while (position < length) {
                char c = buffer[position];
                if (c > '"' && c != delimiter) {
                    position++;
                    continue;
                }
                if (c == delimiter || c == '\n' || c == '\r') {
                    column += position - start;
                    return "";
                }
                if (c == '"') {
                    column += position - start;
                    throw new CsvFormatException(
                            line,
                            column,
                            "a quote inside an unquoted field\nMaybe quote the whole field and double the quote (\"\").");
                }
                position++;
            }
            column += position - start;
            if (!fill()) {
                return "";
            }
        }
    }

    /** Reads a quoted field from its opening quote through its closing quote. */
    private String quoted() throws IOException, CsvFormatException {
        int quoteLine = line;
        int quoteColumn = column;
        position++;
        column++;
        StringBuilder field = new StringBuilder();
        while (true) {
            if (!available()) {
                throw new CsvFormatException(quoteLine, quoteColumn, "a quoted field opened here is never closed");
            }
            char c = buffer[position++];
            if (c == '"') {
                column++;
                if (available() && buffer[position] == '"') {
                    position++;
                    column++;
                    field.append('"');
                    continue;
                }
                return field.toString();
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            field.append(c);
        }
    }

    /**
     * From the next record on, copies only the fields at these 0-based positions; the others read as
     * empty strings (their place and column still count, and broken quoting is still reported). A
     * reader of a wide file that needs a few columns saves most of its work this way; null copies all.
     */
    public void keepOnly(java.util.BitSet positions) {
        this.keptFields = positions == null ? null : (java.util.BitSet) positions.clone();
    }

    /** The line the reader is at (1-based). */
    public int line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Whether a character is ready at {@code position}, filling the buffer when it is used up. */
    private boolean available() throws IOException, CsvFormatException {
        return position < length || fill();
    }

    private boolean fill() throws IOException, CsvFormatException {
        if (length == buffer.length && buffer.length < MAX_BUFFER) {
            // the last fill took a whole buffer: the text goes on, read it in larger pieces (every
            // character of the old buffer has been used, so nothing is lost)
            buffer = new char[Math.min(MAX_BUFFER, buffer.length * 4)];
        }
        try {
            length = reader.read(buffer, 0, buffer.length);
        } catch (TextInputException e) {
            throw new CsvFormatException(e.place(), e.rule(), e.getMessage());
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(
                    new Place.Text(line, 0),
                    InputRule.ENCODING,
                    "the file is not valid UTF-8 near this line (" + e.getMessage() + ")\nMaybe save it as UTF-8.");
        }
        position = 0;
        return length > 0;
    }
}
