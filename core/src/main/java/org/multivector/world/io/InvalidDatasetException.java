package org.multivector.world.io;

import java.util.List;

/**
 * A dataset that breaks one or more {@link Rule rules}. It carries every problem found in one pass;
 * nothing of the dataset is kept.
 */
public final class InvalidDatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problemList;

    public InvalidDatasetException(List<Problem> problems) {
        super(summary(problems));
        this.problemList = List.copyOf(problems);
    }

    /** Every problem found, in file and line order. */
    public List<Problem> problems() {
        return problemList;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the dataset:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
