package org.multivector.bench;

import org.multivector.exposure.DyadSweep;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The same work as {@link ExposureBenchmark}, measured in CPU time and allocated bytes of the
 * measuring thread rather than wall-clock time: a figure that other processes on a shared machine
 * do not inflate (GC work on other threads is not counted; the JMH run with {@code -prof gc} gives
 * it). Run: {@code java -XX:ActiveProcessorCount=1 -cp bench/target/benchmarks.jar org.multivector.bench.ExposureCpuTime [rounds]}.
 */
public final class ExposureCpuTime {

    private ExposureCpuTime() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        World world = SyntheticWorld.of(200, 30, 40, 42);
        System.out.println(world);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        double bestSweep = Double.MAX_VALUE;
        double bestReport = Double.MAX_VALUE;
        long sweepBytes = 0;
        long reportBytes = 0;
        long values = 0;
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getThreadCpuTime(id);
            long bytes0 = threads.getThreadAllocatedBytes(id);
            DyadSweep.Result result = DyadSweep.run(world, SyntheticWorld.POWERS, BasisChoice.REPORTER);
            long cpu1 = threads.getThreadCpuTime(id);
            long bytes1 = threads.getThreadAllocatedBytes(id);
            int size = ExposureAnalysis.of(world, "S10", world.years(), SyntheticWorld.POWERS, BasisChoice.REPORTER)
                    .values()
                    .size();
            long cpu2 = threads.getThreadCpuTime(id);
            long bytes2 = threads.getThreadAllocatedBytes(id);
            bestSweep = Math.min(bestSweep, (cpu1 - cpu0) / 1e6);
            bestReport = Math.min(bestReport, (cpu2 - cpu1) / 1e6);
            sweepBytes = bytes1 - bytes0;
            reportBytes = bytes2 - bytes1;
            values = result.values() + size * 0L;
        }
        System.out.printf(
                Locale.ROOT,
                "every metric, every dyad: %.0f ms CPU (best of %d), %.1f MB allocated, %,d values%n",
                bestSweep,
                rounds,
                sweepBytes / 1e6,
                values);
        System.out.printf(
                Locale.ROOT,
                "one country report:       %.0f ms CPU (best of %d), %.1f MB allocated%n",
                bestReport,
                rounds,
                reportBytes / 1e6);
    }
}
