package org.multivector.corridors.io;

import java.util.List;

/** Corridor files that break one or more {@link CorridorRule rules}; nothing of them is kept. */
public final class InvalidCorridorDataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CorridorProblem> problemList;

    public InvalidCorridorDataException(List<CorridorProblem> problems) {
        super(summary(problems));
        this.problemList = List.copyOf(problems);
    }

    /** Every problem found, in file and line order. */
    public List<CorridorProblem> problems() {
        return problemList;
    }

    private static String summary(List<CorridorProblem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the corridor data:");
        for (CorridorProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
