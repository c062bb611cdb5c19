package org.multivector.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A result as people and spreadsheets see it: a title, typed columns, rows of typed cells, the sources of
 * the figures, the analyst assumptions they rest on, and notes. One report renders as an aligned table and
 * as CSV (each column says in which of the two it is {@linkplain Column.Shown shown}); the JSON of the same
 * result is its {@code *Document} record, from which the report is built, so the three views never disagree
 * about a figure.
 *
 * <p>A report without columns is a paragraph: a title and notes (a command's heading, an explanation
 * between two tables). A command's output is a list of reports; its CSV is the rows of those that have CSV
 * columns, which must then all have the same ones.
 *
 * @param title       the heading, one or more lines; may be empty
 * @param columns     the columns, in order
 * @param rows        the rows, each with one cell per column
 * @param sources     the sources of the figures in the rows, numbered from 1 in a table
 * @param assumptions the analyst assumptions the figures rest on, each said in words
 * @param notes       what a reader needs to read the rows right (marks, definitions, gaps)
 */
public record Report(
        String title,
        List<Column> columns,
        List<List<Cell>> rows,
        List<SourceRef> sources,
        List<String> assumptions,
        List<String> notes) {

    public Report {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
        notes = List.copyOf(notes);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("report '" + title + "': row " + (r + 1) + " has "
                        + rows.get(r).size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A report of text only: a heading and notes, no table. */
    public static Report text(String title, String... notes) {
        return new Report(title, List.of(), List.of(), List.of(), List.of(), Arrays.asList(notes));
    }

    /** A builder of a report with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Whether the report has a table (any column). */
    public boolean hasTable() {
        return !columns.isEmpty();
    }

    /** The columns shown in CSV. */
    public List<Column> csvColumns() {
        return columns.stream().filter(c -> c.shown().inCsv()).toList();
    }

    /** The columns shown in a table. */
    public List<Column> tableColumns() {
        return columns.stream().filter(c -> c.shown().inTable()).toList();
    }

    /** The sources that are analyst assumptions rather than published figures. */
    public List<SourceRef> assumedSources() {
        return sources.stream().filter(SourceRef::assumption).toList();
    }

    /** Builds a {@link Report} column by column and row by row. */
    public static final class Builder {

        private final String title;
        private final List<Column> columnList = new ArrayList<>();
        private final List<List<Cell>> rowList = new ArrayList<>();
        private final List<SourceRef> sourceList = new ArrayList<>();
        private final List<String> assumptionList = new ArrayList<>();
        private final List<String> noteList = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** Adds a column. */
        public Builder column(Column column) {
            columnList.add(column);
            return this;
        }

        /** Adds a text column shown in both views, named and labelled alike. */
        public Builder text(String name) {
            return column(new Column(name, name, "", Column.Kind.TEXT, 0, Column.Shown.BOTH));
        }

        /** Adds a column of this kind shown in both views, named and labelled alike. */
        public Builder column(String name, Column.Kind kind) {
            return column(new Column(name, name, "", kind, 0, Column.Shown.BOTH));
        }

        /** Adds a {@link Column.Kind#NUMBER} column with this many decimals in a table, shown in both views. */
        public Builder number(String name, int decimals) {
            return column(new Column(name, name, "", Column.Kind.NUMBER, decimals, Column.Shown.BOTH));
        }

        /** Adds a column shown only in a table. */
        public Builder tableOnly(String label, Column.Kind kind) {
            return column(new Column(label, label, "", kind, 0, Column.Shown.TABLE));
        }

        /** Adds a {@link Column.Kind#NUMBER} column shown only in a table. */
        public Builder tableNumber(String label, int decimals) {
            return column(new Column(label, label, "", Column.Kind.NUMBER, decimals, Column.Shown.TABLE));
        }

        /** Adds columns shown only in CSV, one per name, written plainly. */
        public Builder csvOnly(String... names) {
            for (String name : names) {
                column(new Column(name, name, "", Column.Kind.TEXT, 0, Column.Shown.CSV));
            }
            return this;
        }

        /** Adds a row of cells, given as cells or plain values ({@link Cell#of(Object)}). */
        public Builder row(Object... cells) {
            return row(Arrays.asList(cells));
        }

        /** Adds a row of cells, given as cells or plain values ({@link Cell#of(Object)}). */
        public Builder row(List<?> cells) {
            rowList.add(cells.stream().map(Cell::of).toList());
            return this;
        }

        /** Adds a source (once: a source already listed is not repeated) and returns its number from 1. */
        public int source(SourceRef source) {
            int at = sourceList.indexOf(source);
            if (at < 0) {
                sourceList.add(source);
                at = sourceList.size() - 1;
            }
            return at + 1;
        }

        /** Adds an analyst assumption, said in words. */
        public Builder assumption(String assumption) {
            assumptionList.add(assumption);
            return this;
        }

        /** Adds a note. */
        public Builder note(String note) {
            noteList.add(note);
            return this;
        }

        /** Whether no row was added yet. */
        public boolean isEmpty() {
            return rowList.isEmpty();
        }

        /** The report. */
        public Report build() {
            return new Report(title, columnList, rowList, sourceList, assumptionList, noteList);
        }
    }
}
