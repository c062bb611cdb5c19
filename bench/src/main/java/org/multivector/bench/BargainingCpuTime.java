package org.multivector.bench;

import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Variant;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * CPU time beside wall time for the work of {@link BargainingBenchmark}: one round of a 1,000-actor
 * issue and 100,000 Monte Carlo runs of a 12-actor ten-round issue, best of {@code repeats}. On a
 * shared machine the wall time includes waiting for a core; process CPU time does not. Run:
 * {@code java -cp bench/target/benchmarks.jar org.multivector.bench.BargainingCpuTime [repeats]}.
 */
public final class BargainingCpuTime {

    private BargainingCpuTime() {}

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Issue big = BargainingBenchmark.randomIssue(1000, 2026);
        double[] c = big.stakeholderList().stream()
                .mapToDouble(Stakeholder::capability)
                .toArray();
        double[] x = big.stakeholderList().stream()
                .mapToDouble(Stakeholder::position)
                .toArray();
        double[] s = big.stakeholderList().stream()
                .mapToDouble(Stakeholder::salience)
                .toArray();
        double[] out = new double[1000];
        ExpectedUtilityModel oneRound = ExpectedUtilityModel.of(Variant.SCHOLZ_CODE.withRounds(1));
        Issue small = BargainingBenchmark.randomIssue(12, 7);
        System.out.printf(
                Locale.ROOT, "%d cores available%n", Runtime.getRuntime().availableProcessors());
        for (int r = 0; r < repeats + 1; r++) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            oneRound.finalPositions(c, x, s, out);
            report(r == 0 ? "oneRound n=1000 (warm-up)" : "oneRound n=1000", start, cpu);
        }
        for (int r = 0; r < repeats + 1; r++) {
            long cpu = cpuNanos();
            long start = System.nanoTime();
            MonteCarlo.run(small, Variant.SCHOLZ_CODE, Perturbation.DEFAULT, 100_000, 11, true);
            report(r == 0 ? "monteCarlo100k (warm-up)" : "monteCarlo100k", start, cpu);
        }
    }

    private static void report(String what, long start, long cpuStart) {
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-28s %8.3f s wall %8.3f s CPU  load average %.1f%n",
                what,
                wall,
                cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
