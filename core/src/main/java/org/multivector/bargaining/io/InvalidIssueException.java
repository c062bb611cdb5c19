package org.multivector.bargaining.io;

import org.multivector.input.InvalidInputException;
import org.multivector.input.Problem;

import java.util.List;

/** A bargaining-issue file that breaks one or more rules; carries every problem found, nothing is kept. */
public final class InvalidIssueException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidIssueException(List<Problem> problems) {
        super("the issue file", problems);
    }
}
