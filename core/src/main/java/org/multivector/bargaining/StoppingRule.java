package org.multivector.bargaining;

/**
 * When the round-by-round bargaining stops. BDM (1997, p. 238, as quoted by Scholz et al. 2011) says only
 * that the steps repeat "until the issue is resolved"; the open implementations either run a fixed number
 * of rounds (jmckib, ten in its published log) or stop when positions converge (minimalgeek).
 */
public sealed interface StoppingRule {

    /** The most rounds that will be run. */
    int maxRounds();

    /** Whether to stop after a round in which no position moved more than this (in scale units). */
    boolean converged(double largestMove, double spread);

    /** Exactly {@code rounds} rounds, whatever happens (the Scholz-code / jmckib behaviour). */
    record FixedRounds(int rounds) implements StoppingRule {
        public FixedRounds {
            if (rounds < 0) {
                throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
            }
        }

        @Override
        public int maxRounds() {
            return rounds;
        }

        @Override
        public boolean converged(double largestMove, double spread) {
            return false;
        }
    }

    /**
     * Stop once no actor moves by more than {@code tolerance} in a round, or the spread of positions
     * falls to {@code tolerance} (minimalgeek's threshold rule), or after {@code maxRounds}.
     */
    record Converged(int maxRounds, double tolerance) implements StoppingRule {
        public Converged {
            if (maxRounds < 0 || !(tolerance >= 0)) {
                throw new IllegalArgumentException("need maxRounds >= 0 and tolerance >= 0");
            }
        }

        @Override
        public boolean converged(double largestMove, double spread) {
            return largestMove <= tolerance || spread <= tolerance;
        }
    }
}
