package org.multivector.scenario;

import org.multivector.world.io.Problem;

import java.util.List;

/** A scenario file that breaks one or more rules; carries every problem found, each with file, line and column. */
public final class InvalidScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problemList;

    public InvalidScenarioException(List<Problem> problems) {
        super(summary(problems));
        this.problemList = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problemList;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in the scenario:");
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
