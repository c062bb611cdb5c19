package org.multivector.report;

import java.util.Objects;

/**
 * A column of a {@link Report}.
 *
 * @param name  the machine name, the CSV header ({@code partner_name}, {@code share})
 * @param label the heading a table prints ({@code partner}, {@code share}); may be empty
 * @param unit  the unit of the column's figures ({@code Mt}, {@code M USD}), empty when they have none
 *              or it varies by row (then the row says it); a table prints it after the label in brackets
 * @param kind  how a table writes the column's figures
 * @param decimals how many decimals a table writes for a {@link Kind#NUMBER} column (0 to 9; ignored otherwise)
 * @param shown in which views the column appears: a table shows what reads well, CSV what a program needs
 */
public record Column(String name, String label, String unit, Kind kind, int decimals, Shown shown) {

    /** How a table writes a column's cells; CSV always writes figures in plain decimal. */
    public enum Kind {
        /** Text as it is; numbers plainly. */
        TEXT,
        /** Whole numbers, no grouping (ranks, years, counts). */
        INTEGER,
        /** A figure with thousands grouped and {@code decimals} decimals. */
        NUMBER,
        /** A trade or other figure: three decimals below 100, one above, grouped. */
        FIGURE,
        /** A share in [0, 1] as a percentage with one decimal. */
        SHARE,
        /** A signed change in percent with one decimal ({@code +4.2 %}). */
        CHANGE
    }

    /** The views a column appears in. */
    public enum Shown {
        /** In the table and in CSV. */
        BOTH,
        /** Only in the table (a label or mark for people: {@code China (CHN) *}, {@code [2] e}). */
        TABLE,
        /** Only in CSV (a field a program needs and a table would repeat: the reporter, the URL). */
        CSV;

        /** Whether the column appears in a table. */
        public boolean inTable() {
            return this != CSV;
        }

        /** Whether the column appears in CSV. */
        public boolean inCsv() {
            return this != TABLE;
        }
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shown, "shown");
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("column " + name + ": decimals must lie in 0..9, not " + decimals);
        }
    }
}
