package org.multivector.strategy;

import org.multivector.input.InvalidInputException;
import org.multivector.input.Problem;

import java.util.List;

/** A strategy study that breaks one or more rules; every problem names file, line and column. */
public final class InvalidStudyException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidStudyException(List<Problem> problems) {
        super("the strategy study", problems);
    }
}
