package org.multivector.bargaining.io;

import org.multivector.input.InputRule;
import org.multivector.input.Rule;

/** The rules a bargaining-issue file must follow beyond those of every YAML or CSV file ({@link InputRule}). */
public enum IssueRule implements Rule {
    /** A stakeholder is listed twice. */
    DUPLICATE("each actor is listed once per issue");

    private final String statement;

    IssueRule(String statement) {
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
