package org.multivector.input;

/**
 * Where in a file a {@link Problem} stands: a line and column of text, a byte offset (for bytes that
 * cannot be decoded), or a spreadsheet cell. A closed set, so a renderer handles every case.
 */
public sealed interface Place {

    /** The whole file. */
    Place WHOLE_FILE = new Text(0, 0);

    /** The 1-based line, 0 when the place is not a line of text (used to order problems). */
    int line();

    /** The 1-based column, 0 when unknown. */
    int column();

    /** What follows the file name in {@code file:line:column}, e.g. {@code :12:3}, {@code :Exports!C12}. */
    String suffix();

    /** A line and column of text; line 0 means the whole file, column 0 the whole line. */
    record Text(int line, int column) implements Place {
        public Text {
            if (line < 0 || column < 0) {
                throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
            }
        }

        @Override
        public String suffix() {
            if (line == 0) {
                return "";
            }
            return column == 0 ? ":" + line : ":" + line + ":" + column;
        }
    }

    /**
     * A byte offset from the start of the file, with the line it falls on when known (0 if not).
     *
     * @param offset 0-based offset of the first offending byte
     * @param line   1-based line holding the byte, 0 when unknown
     */
    record Bytes(long offset, int line) implements Place {
        public Bytes {
            if (offset < 0 || line < 0) {
                throw new IllegalArgumentException("offset and line must not be negative");
            }
        }

        @Override
        public int column() {
            return 0;
        }

        @Override
        public String suffix() {
            return (line > 0 ? ":" + line : "") + " (byte " + offset + ")";
        }
    }

    /**
     * A spreadsheet cell.
     *
     * @param sheet  the sheet's name as shown in the workbook
     * @param row    1-based row, as the spreadsheet numbers it
     * @param column 1-based column (1 is A)
     */
    record Cell(String sheet, int row, int column) implements Place {
        public Cell {
            java.util.Objects.requireNonNull(sheet, "sheet");
            if (row < 1 || column < 1) {
                throw new IllegalArgumentException("row and column are 1-based: " + row + ", " + column);
            }
        }

        @Override
        public int line() {
            return row;
        }

        /** The cell as a spreadsheet names it, e.g. {@code Exports!C12}. */
        public String reference() {
            return sheet + "!" + columnLetters(column) + row;
        }

        @Override
        public String suffix() {
            return ":" + reference();
        }

        /** Spreadsheet column letters: 1 is A, 26 is Z, 27 is AA. */
        public static String columnLetters(int column) {
            StringBuilder letters = new StringBuilder();
            for (int c = column; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString();
        }
    }
}
