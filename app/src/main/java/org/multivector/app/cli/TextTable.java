package org.multivector.app.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numeric-looking columns are right-aligned. */
public final class TextTable {

    private final List<String> headerList;
    private final List<List<String>> rowList = new ArrayList<>();

    public TextTable(List<String> header) {
        this.headerList = List.copyOf(header);
    }

    /** Adds a row; null cells print empty. */
    public TextTable row(List<String> cells) {
        if (cells.size() != headerList.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + headerList.size());
        }
        rowList.add(cells.stream().map(c -> c == null ? "" : c).toList());
        return this;
    }

    /** Whether the table has no rows. */
    public boolean isEmpty() {
        return rowList.isEmpty();
    }

    /** The table as text, each line ending with a newline. */
    public String render() {
        int columns = headerList.size();
        int[] width = new int[columns];
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            width[c] = headerList.get(c).length();
            numeric[c] = !rowList.isEmpty();
            for (List<String> row : rowList) {
                width[c] = Math.max(width[c], row.get(c).length());
                if (!row.get(c).isEmpty() && !row.get(c).matches("[-+]?[0-9.,%]+[%]?")) {
                    numeric[c] = false;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headerList, width, numeric);
        for (int c = 0; c < columns; c++) {
            text.append("-".repeat(width[c])).append(c + 1 < columns ? "  " : "");
        }
        text.append('\n');
        for (List<String> row : rowList) {
            line(text, row, width, numeric);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(numeric[c] ? pad + cell : cell + pad);
            if (c + 1 < cells.size()) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
