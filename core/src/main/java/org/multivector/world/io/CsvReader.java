package org.multivector.world.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of RFC 4180 CSV (comma-separated, double-quoted fields, doubled quotes inside,
 * line breaks inside quotes) that remembers the line and column of every field, so that problems can
 * be reported where they are. Input must be UTF-8; a byte-order mark is skipped; CRLF and LF both end
 * records. Memory does not grow with the file.
 */
public final class CsvReader implements Closeable {

    private final Reader reader;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private int line = 1;
    private int column = 1;
    private boolean first = true;

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

    /** A reader of UTF-8 bytes separated by {@code delimiter}, refusing malformed input. */
    public static CsvReader utf8(InputStream in, char delimiter) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new InputStreamReader(in, decoder), delimiter);
    }

    /**
     * The next record, or null at the end of the input. A blank line yields a record of one empty field.
     *
     * @throws CsvFormatException when quoting is broken or the bytes are not UTF-8, with the place
     */
    public CsvRecord next() throws IOException, CsvFormatException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                column = 1;
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            int fieldColumn = column - 1;
            field.setLength(0);
            if (c == '"') {
                int quoteLine = line;
                int quoteColumn = column - 1;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw new CsvFormatException(quoteLine, quoteColumn, "a quoted field opened here is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c == '"') {
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    field.append((char) c);
                }
                if (c != delimiter && c != '\n' && c != '\r' && c != -1) {
                    throw new CsvFormatException(line, column - 1, "unexpected character '" + (char) c
                            + "' after a closing quote\nMaybe a quote inside the field should be doubled (\"\").");
                }
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != -1) {
                    if (c == '"') {
                        throw new CsvFormatException(line, column - 1,
                                "a quote inside an unquoted field\nMaybe quote the whole field and double the quote (\"\").");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            columns.add(fieldColumn);
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = peekNewline();
            }
            return new CsvRecord(recordLine, fields, columns);
        }
    }

    /** The line the reader is at (1-based). */
    public int line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private int peekNewline() throws IOException, CsvFormatException {
        // after '\r': swallow a following '\n'
        if (position >= length && !fill()) {
            return -1;
        }
        if (buffer[position] == '\n') {
            read();
        } else {
            line++;
            column = 1;
        }
        return '\n';
    }

    private int read() throws IOException, CsvFormatException {
        if (position >= length && !fill()) {
            return -1;
        }
        char c = buffer[position++];
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private boolean fill() throws IOException, CsvFormatException {
        try {
            length = reader.read(buffer, 0, buffer.length);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(line, 0, "the file is not valid UTF-8 near this line (" + e.getMessage()
                    + ")\nMaybe save it as UTF-8.");
        }
        position = 0;
        return length > 0;
    }
}
