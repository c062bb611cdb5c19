package org.multivector.scenario;

import org.multivector.input.InvalidInputException;
import org.multivector.input.Problem;

import java.util.List;

/** A scenario file that breaks one or more rules; carries every problem found, each with file, line and column. */
public final class InvalidScenarioException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidScenarioException(List<Problem> problems) {
        super("the scenario", problems);
    }
}
