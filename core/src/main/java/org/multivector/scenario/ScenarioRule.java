package org.multivector.scenario;

import org.multivector.input.InputRule;
import org.multivector.input.Rule;

/**
 * The rules a scenario file must follow beyond those of every YAML file ({@link InputRule}) and the
 * ranges its JSON Schema ({@code docs/scenario.schema.json}) states: cross-references between its
 * parts and against the dataset it is read with.
 */
public enum ScenarioRule implements Rule {
    /** A power, outcome, uncertainty or route is listed twice. */
    DUPLICATE("powers, outcomes, uncertainties and routes are listed once"),
    /** A name refers to a power, actor or route that is not declared. */
    UNKNOWN_REFERENCE("a power, actor or route must be declared (in the scenario or its dataset) before it is used"),
    /** The scenario's years or figures fall outside what its dataset holds. */
    OUTSIDE_DATASET("the base year must lie within the dataset's years");

    private final String statement;

    ScenarioRule(String statement) {
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
