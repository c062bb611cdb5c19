package org.multivector.bargaining;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

/**
 * Robustness of a forecast: the model run many times on inputs perturbed by {@link Perturbation}, giving
 * the distribution of the final weighted median, weighted mean and every actor's final position.
 *
 * <p>Reproducible: run k draws from its own L64X128MixRandom generator seeded from (master seed, k)
 * by a SplitMix64 finaliser, so results are identical whatever the number of threads.
 */
public final class MonteCarlo {

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    /**
     * The outcome distribution.
     *
     * @param runs          number of runs
     * @param seed          the master seed
     * @param perturbation  the noise applied
     * @param finalMedian   distribution of the last round's weighted median
     * @param finalMean     distribution of the last round's weighted mean
     * @param actorList     stakeholder names, in issue order
     * @param finalPositionList distribution of each stakeholder's final position
     */
    public record Result(
            int runs,
            long seed,
            Perturbation perturbation,
            Summary finalMedian,
            Summary finalMean,
            List<String> actorList,
            List<Summary> finalPositionList) {
        public Result {
            actorList = List.copyOf(actorList);
            finalPositionList = List.copyOf(finalPositionList);
        }
    }

    private MonteCarlo() {}

    /** The generator for run {@code run} under master seed {@code seed}. */
    public static RandomGenerator generator(long seed, int run) {
        return FACTORY.create(mix(seed + 0x9E3779B97F4A7C15L * (run + 1L)));
    }

    /**
     * Runs the model {@code runs} times on perturbed copies of {@code issue}, in parallel.
     *
     * @param parallel whether to use the common fork-join pool (results are the same either way)
     */
    public static Result run(Issue issue, Variant variant, Perturbation noise, int runs, long seed, boolean parallel) {
        return run(issue, variant, noise, runs, seed, parallel, () -> false);
    }

    /**
     * {@link #run(Issue, Variant, Perturbation, int, long, boolean)} that gives up when {@code stop}
     * turns true (a deadline passed, the client left), checked before each run.
     *
     * @throws java.util.concurrent.CancellationException when stopped
     */
    public static Result run(
            Issue issue,
            Variant variant,
            Perturbation noise,
            int runs,
            long seed,
            boolean parallel,
            java.util.function.BooleanSupplier stop) {
        Objects.requireNonNull(issue, "issue");
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        int n = issue.size();
        double[] c = issue.capabilities();
        double[] x = issue.positions();
        double[] s = issue.saliences();
        double lo = issue.lowerBound();
        double hi = issue.upperBound();
        double range = hi - lo;
        ExpectedUtilityModel model = ExpectedUtilityModel.of(variant);
        double[] medians = new double[runs];
        double[] means = new double[runs];
        double[][] finals = new double[n][runs];
        IntStream indices = IntStream.range(0, runs);
        (parallel ? indices.parallel() : indices).forEach(run -> {
            if (stop.getAsBoolean()) {
                throw new org.multivector.work.ComputationCancelledException(
                        stop instanceof org.multivector.work.Cancellation signal
                                ? signal.reason()
                                : "the Monte Carlo was stopped after fewer than " + runs + " runs");
            }
            RandomGenerator random = generator(seed, run);
            double[] cr = new double[n];
            double[] xr = new double[n];
            double[] sr = new double[n];
            for (int i = 0; i < n; i++) {
                cr[i] = c[i] * Math.max(0.0, 1 + noise.capability() * random.nextGaussian());
                sr[i] = clamp(s[i] + noise.salience() * random.nextGaussian(), 0, 1);
                xr[i] = clamp(x[i] + noise.position() * range * random.nextGaussian(), lo, hi);
            }
            RoundEngine engine = model.engine(cr, xr, sr);
            model.runToEnd(engine);
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = cr[i] * sr[i];
                finals[i][run] = engine.position[i];
            }
            medians[run] = WeightedStatistics.median(engine.position, weights);
            means[run] = WeightedStatistics.mean(engine.position, weights);
        });
        List<Summary> perActor = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perActor.add(Summary.of(finals[i]));
        }
        return new Result(
                runs,
                seed,
                noise,
                Summary.of(medians),
                Summary.of(means),
                issue.stakeholderList().stream().map(Stakeholder::name).toList(),
                perActor);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood 2014): spreads nearby seeds over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
