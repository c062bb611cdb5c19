package org.multivector.scenario;

/**
 * Per-run seeds derived from a master seed and the run index by the SplitMix64 finaliser (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
 * doi:10.1145/2660193.2660195), so a run's random numbers never depend on which thread ran it or when.
 */
public final class RunSeeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private RunSeeds() {}

    /** The seed of run {@code run} of an ensemble with master seed {@code master}. */
    public static long runSeed(long master, int run) {
        return mix(mix(master) + GOLDEN * (run + 1L));
    }

    /**
     * The seed handed to {@link ScenarioModel#run} for run {@code run}: the run seed mixed once more, so
     * that the model's own random stream is decorrelated from the sampling streams. Every
     * {@link EnsembleRunner} uses exactly this.
     */
    public static long modelSeed(long master, int run) {
        return mix(runSeed(master, run) + 1);
    }

    /** A seed for stream {@code stream} (e.g. one Latin-hypercube dimension) of the master seed. */
    public static long streamSeed(long master, String purpose, int stream) {
        return mix(mix(master ^ purpose.hashCode() * 0xBF58476D1CE4E5B9L) + GOLDEN * (stream + 1L));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
