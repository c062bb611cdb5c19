package org.multivector.scenario;

import java.util.Objects;

/**
 * What an ensemble run asks for.
 *
 * @param runs    how many runs
 * @param seed    the master seed; run i uses a seed derived from (seed, i) alone
 * @param design  how uncertain parameters are drawn
 * @param threads how many worker threads (results do not depend on it)
 */
public record EnsembleRequest(int runs, long seed, Design design, int threads) {

    public EnsembleRequest {
        Objects.requireNonNull(design, "design");
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }
}
