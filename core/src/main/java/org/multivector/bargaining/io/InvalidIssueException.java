package org.multivector.bargaining.io;

import org.multivector.world.io.Problem;

import java.util.List;

/** A bargaining-issue file that breaks one or more rules; carries every problem found, nothing is kept. */
public final class InvalidIssueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problemList;

    public InvalidIssueException(List<Problem> problems) {
        super(summary(problems));
        this.problemList = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problemList;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the issue file:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
