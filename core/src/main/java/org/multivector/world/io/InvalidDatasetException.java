package org.multivector.world.io;

import org.multivector.input.InvalidInputException;
import org.multivector.input.Problem;
import org.multivector.input.Rule;

import java.util.List;

/**
 * A dataset that breaks one or more {@link Rule rules}. It carries every problem found in one pass;
 * nothing of the dataset is kept.
 */
public final class InvalidDatasetException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidDatasetException(List<Problem> problems) {
        super("the dataset", problems);
    }
}
