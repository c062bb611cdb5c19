package org.multivector.input;

import java.util.List;

/**
 * Input that breaks one or more rules: a dataset, a corridor network, a bargaining issue, a scenario.
 * It carries every {@link Problem} found in one pass, so that a user can mend them all at once; whatever
 * raised it kept nothing of the input. Subclasses name what was read; {@link ProblemRenderer} turns
 * the problems into text or JSON.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final transient List<Problem> problemList;

    /**
     * @param subject  what was read, for the summary line ("the dataset", "the scenario")
     * @param problems every problem found, in the order to show them
     */
    public InvalidInputException(String subject, List<Problem> problems) {
        super(ProblemRenderer.text(subject, problems));
        this.subject = subject;
        this.problemList = List.copyOf(problems);
    }

    /** What was read, e.g. "the dataset". */
    public String subject() {
        return subject;
    }

    /** Every problem found, in file and line order. */
    public List<Problem> problems() {
        return problemList;
    }
}
