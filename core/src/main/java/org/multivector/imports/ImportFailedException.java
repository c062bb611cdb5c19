package org.multivector.imports;

import org.multivector.input.Problem;

import java.util.List;

/** An import that changed nothing, with every problem found (file, line, column and rule). */
public final class ImportFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problemList;
    private final long problemCount;

    public ImportFailedException(String summary, List<Problem> problems, long problemCount) {
        super(summary);
        this.problemList = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The problems kept with their place (at most a few hundred). */
    public List<Problem> problems() {
        return problemList;
    }

    /** How many problems there were in all. */
    public long problemCount() {
        return problemCount;
    }
}
