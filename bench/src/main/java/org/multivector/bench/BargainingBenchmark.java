package org.multivector.bench;

import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Variant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The expected-utility model (Scholz-code variant) on random issues: one round and a ten-round run for
 * 10, 12, 100 and 1,000 actors, and 100,000 Monte Carlo runs of a 12-actor ten-round issue.
 * Run: {@code java -jar bench/target/benchmarks.jar Bargaining -wi 2 -i 3 -f 1}.
 */
public class BargainingBenchmark {

    /** A random issue: capabilities in (0, 1), positions on 0–100 (half on a coarse grid), saliences in (0.05, 1). */
    public static Issue randomIssue(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double position = random.nextBoolean() ? random.nextInt(11) * 10.0 : random.nextDouble(0, 100);
            stakeholders.add(
                    new Stakeholder("A" + i, random.nextDouble(0.01, 1), position, random.nextDouble(0.05, 1)));
        }
        return Issue.of("random " + n, stakeholders);
    }

    @State(Scope.Thread)
    public static class Actors {
        @Param({"10", "12", "100", "1000"})
        public int n;

        double[] capability;
        double[] position;
        double[] salience;
        double[] out;
        final ExpectedUtilityModel oneRound = ExpectedUtilityModel.of(Variant.SCHOLZ_CODE.withRounds(1));
        final ExpectedUtilityModel tenRounds = ExpectedUtilityModel.of(Variant.SCHOLZ_CODE.withRounds(10));

        @Setup(Level.Trial)
        public void setUp() {
            Issue issue = randomIssue(n, 2026);
            capability = issue.stakeholderList().stream()
                    .mapToDouble(Stakeholder::capability)
                    .toArray();
            position = issue.stakeholderList().stream()
                    .mapToDouble(Stakeholder::position)
                    .toArray();
            salience = issue.stakeholderList().stream()
                    .mapToDouble(Stakeholder::salience)
                    .toArray();
            out = new double[n];
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public double[] oneRound(Actors state) {
        state.oneRound.finalPositions(state.capability, state.position, state.salience, state.out);
        return state.out;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    @Fork(1)
    public double[] tenRounds(Actors state) {
        state.tenRounds.finalPositions(state.capability, state.position, state.salience, state.out);
        return state.out;
    }

    @State(Scope.Benchmark)
    public static class Ensemble {
        final Issue issue = randomIssue(12, 7);
    }

    /** 100,000 perturbed runs of a 12-actor, 10-round issue on all cores (one generator per run). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    @Fork(1)
    public MonteCarlo.Result monteCarlo100k(Ensemble state) {
        return MonteCarlo.run(state.issue, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 100_000, 11, true);
    }
}
