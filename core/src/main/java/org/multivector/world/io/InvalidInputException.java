package org.multivector.world.io;

import java.util.List;

/**
 * Input that breaks one or more rules: a dataset, a bargaining issue, a scenario. It carries every
 * {@link Problem} found in one pass (file, line, column and rule), so that a user can mend them all at
 * once; whatever raised it kept nothing of the input.
 */
public abstract class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problemList;

    /**
     * @param subject  what was read, for the summary line ("the dataset", "the scenario")
     * @param problems every problem found, in the order to show them
     */
    protected InvalidInputException(String subject, List<Problem> problems) {
        super(summary(subject, problems));
        this.problemList = List.copyOf(problems);
    }

    /** Every problem found, in file and line order. */
    public List<Problem> problems() {
        return problemList;
    }

    private static String summary(String subject, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ").append(subject).append(':');
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
