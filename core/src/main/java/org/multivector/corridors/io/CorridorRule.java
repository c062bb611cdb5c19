package org.multivector.corridors.io;

import org.multivector.input.InputRule;
import org.multivector.input.Rule;

/**
 * The rules corridor files must follow beyond those of every text file ({@link InputRule}); every
 * {@link org.multivector.input.Problem} names the one it breaks.
 */
public enum CorridorRule implements Rule {
    /** A capacity, volume, cost or price above {@link org.multivector.corridors.Commodity#MAX_QUANTITY}. */
    QUANTITY_TOO_LARGE(
            "capacities, volumes, costs and prices must not exceed 1e9, nor a commodity's supplies in a year sum above it"),
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

    @Override
    public String id() {
        return Rule.idOf(this);
    }

    @Override
    public String statement() {
        return statement;
    }
}
