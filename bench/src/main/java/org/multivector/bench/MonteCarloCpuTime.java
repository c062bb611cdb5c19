package org.multivector.bench;

import org.multivector.bargaining.Issue;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.Variant;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The work of {@code BargainingBenchmark.monteCarlo100k} on one thread, timed by the thread's own CPU
 * time (what a shared machine's load does not inflate much): {@code RUNS} perturbed runs of the same
 * 12-actor ten-round issue, five times. Run:
 * {@code java -cp bench/target/benchmarks.jar org.multivector.bench.MonteCarloCpuTime [RUNS] [VARIANT]}
 * (VARIANT: a preset name, default scholz-code).
 */
public final class MonteCarloCpuTime {

    private MonteCarloCpuTime() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Variant variant = args.length > 1 ? Variant.named(args[1]) : Variant.SCHOLZ_CODE;
        Issue issue = BargainingBenchmark.randomIssue(12, 7);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int repeat = 0; repeat < 5; repeat++) {
            long start = threads.getCurrentThreadCpuTime();
            MonteCarlo.Result result = MonteCarlo.run(issue, variant, Perturbation.DEFAULT, runs, 11, false);
            long cpu = threads.getCurrentThreadCpuTime() - start;
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d runs: %.3f s thread CPU (%.1f us per run), mean final median %.9f, load average %.1f%n",
                    variant.name(),
                    runs,
                    cpu / 1e9,
                    cpu / 1e3 / runs,
                    result.finalMedian().mean(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
