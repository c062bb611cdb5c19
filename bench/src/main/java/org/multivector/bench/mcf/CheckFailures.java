package org.multivector.bench.mcf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the sum of the first K warm failure costs written by {@link SideBySide} with the sum a
 * peer solver computed from scratch for the same arcs; prints whether they agree.
 * usage: CheckFailures FAILURE_COSTS_FILE K PEER_SUM
 */
public final class CheckFailures {

    private CheckFailures() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int k = Integer.parseInt(args[1]);
        long peer = Long.parseLong(args[2]);
        long sum = 0;
        for (int i = 0; i < Math.min(k, lines.size()); i++) {
            sum += Long.parseLong(lines.get(i).strip());
        }
        System.out.println("  failure costs of the first " + k + " links: multivector " + sum + ", peer " + peer
                + (sum == peer ? " (agree)" : " (DISAGREE)"));
    }
}
