package org.multivector.corridors.io;

import java.util.Locale;

/** The rules corridor files must follow; every {@link CorridorProblem} names the one it breaks. */
public enum CorridorRule {
    /** The file cannot be read: missing, not UTF-8, or broken CSV quoting or YAML syntax. */
    UNREADABLE_FILE("the file must exist and be valid UTF-8 CSV or YAML"),
    /** The CSV header lacks a required column or repeats one. */
    HEADER("the header must name every required column once"),
    /** A row has more or fewer fields than the header. */
    FIELD_COUNT("every row must have as many fields as the header"),
    /** A required field is empty or a required key missing. */
    MISSING_FIELD("required fields must be present and non-empty"),
    /** A value is not one of the allowed words or of the wrong form. */
    INVALID_VALUE("values must be of the documented kind"),
    /** A number is expected. */
    NOT_A_NUMBER("capacities, costs, volumes, years and coordinates must be numbers"),
    /** A capacity, cost, volume or price is negative. */
    NEGATIVE_VALUE("capacities, costs, volumes and prices must not be negative"),
    /** A capacity, volume, cost or price above {@link org.multivector.corridors.Commodity#MAX_QUANTITY}. */
    TOO_LARGE("capacities, volumes, costs and prices must not exceed 1e9, nor a commodity's supplies in a year sum above it"),
    /** Latitude or longitude out of range. */
    BAD_COORDINATE("latitude must lie in -90..90 and longitude in -180..180"),
    /** A node, commodity or link id is declared twice (for links: for overlapping years). */
    DUPLICATE("ids must be unique; a link id may repeat only for disjoint years"),
    /** A row names a node, link or commodity that is not declared. */
    UNKNOWN_REFERENCE("nodes, links and commodities must be declared before they are used"),
    /** A figure lacks publisher, title, source year or URL. */
    MISSING_SOURCE("every figure must carry publisher, title, source year and URL"),
    /** A jurisdiction is not an ISO 3166-1 alpha-3 code. */
    BAD_COUNTRY("countries must be ISO 3166-1 alpha-3 codes (three capital letters)"),
    /** A date is not an ISO date, or the end comes before the start. */
    BAD_DATE("dates must be YYYY-MM-DD with the end not before the start");

    private final String statement;

    CorridorRule(String statement) {
        this.statement = statement;
    }

    /** The rule's identifier as printed in messages, e.g. {@code unknown-reference}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The rule in one sentence. */
    public String statement() {
        return statement;
    }
}
