package org.multivector.scenario;

import java.util.Locale;

/** How an ensemble draws its uncertain parameters. */
public enum Design {
    /** Independent uniform draws per run, pushed through each parameter's quantile function. */
    MONTE_CARLO,
    /**
     * Latin hypercube sampling (McKay, Beckman and Conover, Technometrics 21(2), 1979,
     * doi:10.1080/00401706.1979.10489755): each parameter's range is cut into N equally likely
     * strata, and every stratum is used by exactly one run.
     */
    LATIN_HYPERCUBE;

    /** The spelling in files and on the command line, e.g. {@code latin-hypercube}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the file spelling ({@code monte-carlo}, {@code latin-hypercube}, or {@code mc}, {@code lhs}); null when unknown. */
    public static Design fromFileName(String text) {
        return switch (text) {
            case "monte-carlo", "mc" -> MONTE_CARLO;
            case "latin-hypercube", "lhs" -> LATIN_HYPERCUBE;
            default -> null;
        };
    }
}
