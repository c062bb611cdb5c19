package org.multivector.scenario;

import org.multivector.input.InputRule;
import org.multivector.input.Rule;

/**
 * The rules a scenario file must follow beyond those of every YAML file ({@link InputRule}): its JSON
 * Schema ({@code docs/scenario.schema.json}, checked by {@link ScenarioSchema}), then the
 * cross-references between its parts and against the dataset it is read with.
 */
public enum ScenarioRule implements Rule {
    /** The file breaks its JSON Schema (docs/scenario.schema.json): an unknown key, a missing one, a value of the wrong kind or out of range. */
    SCHEMA(
            "a scenario file follows docs/scenario.schema.json: known keys, required keys present, values of their type and range"),
    /** A power, outcome, uncertainty or route is listed twice. */
    DUPLICATE("powers, outcomes, uncertainties and routes are listed once"),
    /** A name refers to a power, actor or route that is not declared. */
    UNKNOWN_REFERENCE("a power, actor or route must be declared (in the scenario or its dataset) before it is used"),
    /** The scenario's years or figures fall outside what its dataset holds. */
    OUTSIDE_DATASET("the base year must lie within the dataset's years"),
    /** A route's links are not a path of the dataset's corridor network in its year, or a route without links lacks its own figures. */
    ROUTE(
            "a route names links of the dataset's corridor network that carry crude in the network year and follow one another, or gives its own capacity and cost");

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
