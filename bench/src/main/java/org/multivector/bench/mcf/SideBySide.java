package org.multivector.bench.mcf;

import org.multivector.corridors.flow.Dimacs;
import org.multivector.corridors.flow.FlowNetwork;
import org.multivector.corridors.flow.FlowSolution;
import org.multivector.corridors.flow.NetworkSimplex;
import org.multivector.corridors.flow.Reoptimizer;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The multivector side of the min-cost-flow comparison ({@code bench/mcf/run.sh}): reads a DIMACS
 * file, solves it with the network simplex (best of {@code REPEATS} runs after one warm-up), then
 * measures single-failure criticality: for {@code K} arcs drawn (seed 1) among those carrying flow,
 * the optimal cost with that arc closed, by warm re-optimisation. Prints {@code key value} lines for the script.
 *
 * <p>Usage: {@code SideBySide FILE [K] [REPEATS] [CHECK]}; CHECK cold re-solves that many failures to
 * verify the warm costs.
 */
public final class SideBySide {

    private SideBySide() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int check = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long t0 = System.nanoTime();
        FlowNetwork network;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            network = Dimacs.read(in);
        }
        long t1 = System.nanoTime();
        print("read_ms", ms(t0, t1));
        FlowSolution solution = repeats > 1 ? NetworkSimplex.solve(network) : null; // warm-up (JIT) when repeating
        double best = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            long a = System.nanoTime();
            solution = NetworkSimplex.solve(network);
            best = Math.min(best, ms(a, System.nanoTime()));
        }
        print("network_simplex_ms", best);
        System.out.println(
                "cost " + solution.cost() + " feasible " + solution.feasible() + " pivots " + solution.pivots());

        FlowSolution base = solution;
        // a seeded sample of the links that carry flow (closing an idle link changes nothing)
        int[] carrying = IntStream.range(0, network.arcCount())
                .filter(e -> base.flow(e) > 0)
                .toArray();
        java.util.Random random = new java.util.Random(1);
        for (int i = carrying.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = carrying[i];
            carrying[i] = carrying[j];
            carrying[j] = swap;
        }
        int[] byFlow = Arrays.copyOf(carrying, Math.min(k, carrying.length));
        Files.writeString(
                Path.of(file + ".critical-arcs"),
                Arrays.stream(byFlow)
                                .mapToObj(e -> Integer.toString(e))
                                .reduce((x, y) -> x + "\n" + y)
                                .orElse("") + "\n");
        long c0 = System.nanoTime();
        Reoptimizer re = base.reoptimizer();
        long[] failureCost = new long[byFlow.length];
        int infeasible = 0;
        for (int i = 0; i < byFlow.length; i++) {
            boolean ok = re.lower(byFlow[i], 0);
            failureCost[i] = ok ? re.cost() : -1;
            if (!ok) {
                infeasible++;
            }
            re.undo();
        }
        long c1 = System.nanoTime();
        print("criticality_links", byFlow.length);
        print("criticality_ms", ms(c0, c1));
        System.out.println("criticality_infeasible " + infeasible);
        long worst = Arrays.stream(failureCost).max().orElse(0);
        System.out.println("criticality_worst_cost_increase " + (worst - base.cost()));
        long checkSum = 0;
        for (int i = 0; i < byFlow.length; i++) {
            checkSum += failureCost[i];
        }
        System.out.println("criticality_cost_sum " + checkSum);
        StringBuilder costs = new StringBuilder();
        for (long c : failureCost) {
            costs.append(c).append('\n');
        }
        Files.writeString(Path.of(file + ".failure-costs"), costs);
        // verify a few warm results against cold solves
        for (int i = 0; i < Math.min(check, byFlow.length); i++) {
            long[] caps = new long[network.arcCount()];
            for (int e = 0; e < caps.length; e++) {
                caps[e] = network.capacity(e);
            }
            caps[byFlow[i]] = 0;
            long a = System.nanoTime();
            FlowSolution cold = NetworkSimplex.solve(network.withCapacities(caps));
            double coldMs = ms(a, System.nanoTime());
            System.out.println("check arc " + byFlow[i] + " warm " + failureCost[i] + " cold "
                    + (cold.feasible() ? cold.cost() : -1) + " cold_ms " + String.format(Locale.ROOT, "%.1f", coldMs));
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void print(String key, double value) {
        System.out.println(key + " " + String.format(Locale.ROOT, "%.1f", value));
    }
}
