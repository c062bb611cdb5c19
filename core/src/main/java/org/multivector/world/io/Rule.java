package org.multivector.world.io;

import java.util.Locale;

/** The rules a dataset must follow; every {@link Problem} names the one it breaks. */
public enum Rule {
    /** The file cannot be read: missing, not UTF-8, or broken CSV quoting or YAML syntax. */
    UNREADABLE_FILE("the file must exist and be valid UTF-8 CSV or YAML"),
    /** The CSV header lacks a required column or repeats one. */
    HEADER("the header must name every required column once"),
    /** A CSV row has more or fewer fields than the header. */
    FIELD_COUNT("every row must have as many fields as the header"),
    /** A required manifest key or field is missing or empty. */
    MISSING_FIELD("required fields must be present and non-empty"),
    /** A manifest value is of the wrong kind or not one of the allowed words. */
    INVALID_VALUE("values must be of the documented kind"),
    /** A code is declared twice in the manifest. */
    DUPLICATE_DECLARATION("actor codes and dimension ids must be declared once"),
    /** A figure names an actor the manifest does not declare. */
    UNKNOWN_ACTOR("reporter and partner must be actors declared in the manifest"),
    /** A figure names a dimension the manifest does not declare. */
    UNKNOWN_DIMENSION("the dimension must be declared in the manifest"),
    /** A value, year or source year is not a number. */
    NOT_A_NUMBER("values and years must be numbers"),
    /** A value is negative on a dimension the manifest does not declare signed. */
    NEGATIVE_VALUE("values must not be negative unless the dimension is signed"),
    /** The same reporter, partner, dimension, year and basis appear twice from the same publisher. */
    DUPLICATE_FIGURE("a figure may appear once per reporter, partner, dimension, year, basis and publisher"),
    /** A figure's unit differs from its dimension's unit. */
    UNIT_MISMATCH("every figure of a dimension must use the dimension's unit"),
    /** A figure lacks publisher, title, source year or URL. */
    MISSING_SOURCE("every figure must carry publisher, title, source year and URL"),
    /** A figure's year lies outside the manifest's years. */
    YEAR_OUT_OF_RANGE("years must lie within the manifest's years"),
    /** A monadic figure (GDP) names a partner other than its reporter. */
    MONADIC_PARTNER("monadic dimensions take the reporter as partner"),
    /** A compact figure names a source_id the dataset's sources.csv does not declare. */
    UNKNOWN_SOURCE("a figure's source_id must be declared in sources.csv");

    private final String statement;

    Rule(String statement) {
        this.statement = statement;
    }

    /** The rule's identifier as printed in messages, e.g. {@code unknown-actor}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule in one sentence. */
    public String statement() {
        return statement;
    }
}
