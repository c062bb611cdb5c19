package org.multivector.bench.mcf;

import org.multivector.corridors.flow.Dimacs;
import org.multivector.corridors.flow.FlowNetwork;
import org.multivector.corridors.flow.FlowSolution;
import org.multivector.corridors.flow.NetworkSimplex;
import org.multivector.corridors.flow.Reoptimizer;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Single-failure re-optimisation against a cold solve, in thread CPU time: solves a DIMACS file, then
 * closes K links drawn (seed 1, as {@link SideBySide} draws them) among those carrying flow, one at a
 * time with {@link Reoptimizer#undo()} between, three times over, then solves cold once more. Run:
 * {@code java -cp bench/target/benchmarks.jar org.multivector.bench.mcf.ReoptimizerCpuTime FILE [K]}.
 */
public final class ReoptimizerCpuTime {

    private ReoptimizerCpuTime() {}

    public static void main(String[] args) throws Exception {
        FlowNetwork network;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            network = Dimacs.read(in);
        }
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        FlowSolution base = NetworkSimplex.solve(network);
        System.out.printf(Locale.ROOT, "cold solve %.0f ms CPU%n", (threads.getCurrentThreadCpuTime() - start) / 1e6);
        int[] carrying = IntStream.range(0, network.arcCount())
                .filter(e -> base.flow(e) > 0)
                .toArray();
        Random random = new Random(1);
        for (int i = carrying.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = carrying[i];
            carrying[i] = carrying[j];
            carrying[j] = swap;
        }
        Reoptimizer re = base.reoptimizer();
        for (int repeat = 0; repeat < 3; repeat++) {
            long t = threads.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = 0; i < Math.min(k, carrying.length); i++) {
                sum += re.lower(carrying[i], 0) ? re.cost() : -1;
                re.undo();
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d failures: %.1f ms CPU each, cost sum %d%n",
                    k,
                    (threads.getCurrentThreadCpuTime() - t) / 1e6 / k,
                    sum);
        }
        long again = threads.getCurrentThreadCpuTime();
        NetworkSimplex.solve(network);
        System.out.printf(
                Locale.ROOT,
                "cold solve again %.0f ms CPU, load average %.1f%n",
                (threads.getCurrentThreadCpuTime() - again) / 1e6,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
