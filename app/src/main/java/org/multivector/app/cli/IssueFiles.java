package org.multivector.app.cli;

import org.multivector.bargaining.Issue;
import org.multivector.bargaining.Variant;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.bargaining.io.IssueReader;
import org.multivector.input.ProblemRenderer;

import java.nio.file.Path;

/** Shared by the bargaining commands: reading an issue file and naming a variant, with user-facing errors. */
final class IssueFiles {

    private IssueFiles() {}

    static Issue read(Path file) {
        try {
            return IssueReader.read(file);
        } catch (InvalidIssueException e) {
            throw new UserException(ProblemRenderer.text(file.toString(), e.problems()));
        }
    }

    static Variant variant(String name, Integer rounds) {
        Variant variant;
        try {
            variant = Variant.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--variant: " + e.getMessage());
        }
        if (rounds != null) {
            if (rounds < 0) {
                throw new UsageException("--rounds must be >= 0, got " + rounds);
            }
            variant = variant.withRounds(rounds);
        }
        return variant;
    }

    static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
