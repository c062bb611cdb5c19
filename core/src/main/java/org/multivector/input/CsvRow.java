package org.multivector.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row of a {@link CsvTable}, read by column name. Typed accessors return null after recording
 * a problem at the field's own line and column, so a reader checks every field of every row in one
 * pass and keeps a row only when {@link #problemCount()} did not grow.
 */
public final class CsvRow {

    private final CsvTable table;
    private final CsvRecord record;

    CsvRow(CsvTable table, CsvRecord record) {
        this.table = table;
        this.record = record;
    }

    /** 1-based line on which the row starts. */
    public int line() {
        return record.line();
    }

    /** 1-based column of {@code column}'s field, 1 when the header lacks it. */
    public int column(String column) {
        Integer at = table.position(column);
        return at == null ? 1 : record.column(at);
    }

    /** The stripped text of {@code column}; empty when the column is absent (an optional column). */
    public String text(String column) {
        Integer at = table.position(column);
        return at == null ? "" : record.field(at).strip();
    }

    /** The raw record, for readers that need fields by position. */
    public CsvRecord record() {
        return record;
    }

    /** Records a problem at {@code column}'s field. */
    public void problem(String column, Rule rule, String message) {
        table.add(new Problem(table.file(), line(), column(column), rule, message));
    }

    /** Records a problem about the whole row. */
    public void problem(Rule rule, String message) {
        table.add(new Problem(table.file(), line(), 1, rule, message));
    }

    /** The text of {@code column}, or null after reporting that it is empty. */
    public String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            problem(column, InputRule.MISSING_FIELD, "'" + column + "' is empty");
            return null;
        }
        return text;
    }

    /** The finite number in {@code column}, or null (reported when empty or not a number). */
    public Double number(String column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
            problem(column, InputRule.NOT_A_NUMBER, "'" + column + "' must be a finite number, got '" + text + "'");
        } catch (NumberFormatException e) {
            problem(
                    column,
                    InputRule.NOT_A_NUMBER,
                    "'" + column + "' must be a number, got '" + text + "'"
                            + (text.contains(",") ? "\nMaybe drop the thousands separator." : ""));
        }
        return null;
    }

    /** The number in {@code column} if it is not empty: null for an empty field, reported when malformed. */
    public Double optionalNumber(String column) {
        return text(column).isEmpty() ? null : number(column);
    }

    /** A number that must not be negative, or null (reported). */
    public Double nonNegative(String column) {
        Double value = number(column);
        if (value != null && value < 0) {
            problem(column, InputRule.NEGATIVE_VALUE, "'" + column + "' must not be negative, got " + text(column));
            return null;
        }
        return value;
    }

    /** The whole number in {@code column}, or null (reported when empty or malformed). */
    public Integer integer(String column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(column, InputRule.NOT_A_NUMBER, "'" + column + "' must be a whole number, got '" + text + "'");
            return null;
        }
    }

    /** {@code true} or {@code false}; empty reads as {@code whenEmpty}; anything else is reported (null). */
    public Boolean bool(String column, Boolean whenEmpty) {
        String text = text(column);
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "" -> {
                if (whenEmpty == null) {
                    problem(column, InputRule.MISSING_FIELD, "'" + column + "' is empty");
                }
                yield whenEmpty;
            }
            default -> {
                problem(column, InputRule.INVALID_VALUE, "'" + column + "' must be true or false, got '" + text + "'");
                yield null;
            }
        };
    }

    /** One of a closed set of words, or null after reporting the word and the nearest allowed one. */
    public <T> T choice(String column, Map<String, T> words) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        T value = words.get(text);
        if (value == null) {
            problem(
                    column,
                    InputRule.INVALID_VALUE,
                    "'" + column + "' must be one of " + String.join(", ", words.keySet()) + ", got '" + text + "'"
                            + Suggestions.closest(text, words.keySet())
                                    .map(w -> "\nMaybe " + w + "?")
                                    .orElse(""));
        }
        return value;
    }

    /**
     * The source columns {@code publisher}, {@code title}, {@code source_year} and {@code url}: every one
     * must be filled, the year a whole number; null after reporting what is missing.
     *
     * @param rule the format's rule for a figure without a source
     */
    public SourceFields source(Rule rule) {
        List<String> missing = new ArrayList<>();
        for (String column : SourceFields.COLUMNS) {
            if (text(column).isEmpty()) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            problem(
                    missing.getFirst(),
                    rule,
                    "no " + String.join(", ", missing).replace('_', ' ')
                            + "\nMaybe the figure has no source yet; a figure without a source cannot be used.");
            return null;
        }
        Integer year = integer("source_year");
        return year == null ? null : new SourceFields(text("publisher"), text("title"), year, text("url"));
    }

    /**
     * The four columns that say where a figure comes from.
     *
     * @param publisher who published it
     * @param title     the publication
     * @param year      the publication's year
     * @param url       where to find it
     */
    public record SourceFields(String publisher, String title, int year, String url) {
        /** The column names, in the order files give them. */
        public static final List<String> COLUMNS = List.of("publisher", "title", "source_year", "url");
    }
}
