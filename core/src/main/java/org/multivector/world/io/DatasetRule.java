package org.multivector.world.io;

import org.multivector.input.InputRule;
import org.multivector.input.Problem;
import org.multivector.input.Rule;

/**
 * The rules a dataset (manifest and figures) must follow beyond those of every text file
 * ({@link InputRule}); every {@link Problem} names the one it breaks.
 */
public enum DatasetRule implements Rule {
    /** A code is declared twice in the manifest. */
    DUPLICATE_DECLARATION("actor codes and dimension ids must be declared once"),
    /** A figure names an actor the manifest does not declare. */
    UNKNOWN_ACTOR("reporter and partner must be actors declared in the manifest"),
    /** A figure names a dimension the manifest does not declare. */
    UNKNOWN_DIMENSION("the dimension must be declared in the manifest"),
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

    DatasetRule(String statement) {
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
