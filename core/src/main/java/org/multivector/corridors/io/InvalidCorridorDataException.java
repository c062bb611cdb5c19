package org.multivector.corridors.io;

import org.multivector.input.InvalidInputException;
import org.multivector.input.Problem;

import java.util.List;

/** Corridor files that break one or more rules ({@link CorridorRule} and the input rules); nothing of them is kept. */
public final class InvalidCorridorDataException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidCorridorDataException(List<Problem> problems) {
        super("the corridor data", problems);
    }
}
