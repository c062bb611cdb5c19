package org.multivector.bench.scenario;

import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The ensemble benchmark: a 10,000-run ensemble of the 10-year quarterly baseline on 1 and
 * then 2 threads, after a warm-up ensemble. Prints wall time, runs per second, runs per second per
 * core, the speed-up from 1 to 2 threads, peak heap and the size of the result arrays, and checks
 * that both thread counts gave bit-identical results. Run from the repository root with
 * {@code bench/ensemble.sh} (arguments: scenario, runs, repeats).
 */
public final class EnsembleMeasurement {

    private EnsembleMeasurement() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/scenarios/baseline.yaml");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ScenarioModel model = ScenarioModel.compile(
                ScenarioReader.read(file), org.multivector.dataset.Datasets.defaultDataset(), file.toString());
        LocalEnsembleRunner runner = new LocalEnsembleRunner();
        System.out.printf(
                Locale.ROOT,
                "scenario %s: %d periods, %d series, %d uncertain parameters; %d runs; %d cores available%n",
                file,
                model.periods(),
                model.series().size(),
                model.parameters().uncertainCount(),
                runs,
                Runtime.getRuntime().availableProcessors());

        runner.run(
                model,
                new EnsembleRequest(Math.min(runs, 3000), 1, Design.LATIN_HYPERCUBE, 2),
                EnsembleListener.NONE,
                () -> false);

        double[] best = new double[3];
        EnsembleResult[] results = new EnsembleResult[3];
        for (int threads = 1; threads <= 2; threads++) {
            best[threads] = Double.MAX_VALUE;
            for (int r = 0; r < repeats; r++) {
                System.gc();
                resetPeaks();
                long cpuStart = cpuNanos();
                long start = System.nanoTime();
                results[threads] = runner.run(
                        model,
                        new EnsembleRequest(runs, 20240101, Design.LATIN_HYPERCUBE, threads),
                        EnsembleListener.NONE,
                        () -> false);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                best[threads] = Math.min(best[threads], seconds);
                System.out.printf(
                        Locale.ROOT,
                        "threads %d, repeat %d: %.3f s wall, %.3f s CPU, %.0f runs/s, %.0f runs per CPU-second, "
                                + "peak heap %d MiB, load average %.1f%n",
                        threads,
                        r + 1,
                        seconds,
                        cpu,
                        runs / seconds,
                        runs / cpu,
                        peakHeap() >> 20,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        boolean identical = true;
        for (int run = 0; run < runs && identical; run++) {
            for (int s = 0; s < model.series().size() && identical; s++) {
                for (int k = 0; k < model.periods(); k++) {
                    if (Double.doubleToRawLongBits(results[1].value(run, s, k))
                            != Double.doubleToRawLongBits(results[2].value(run, s, k))) {
                        identical = false;
                        break;
                    }
                }
            }
        }
        long resultBytes = (long) runs * model.outputSize() * Double.BYTES;
        System.out.printf(
                Locale.ROOT,
                "%nbest of %d: 1 thread %.3f s = %.0f runs/s per core; 2 threads %.3f s = %.0f runs/s (%.0f per core); "
                        + "speed-up %.2fx; result arrays %d MiB; identical results on 1 and 2 threads: %s%n",
                repeats,
                best[1],
                runs / best[1],
                best[2],
                runs / best[2],
                runs / best[2] / 2,
                best[1] / best[2],
                resultBytes >> 20,
                identical);
    }

    /** CPU time of the whole process (all threads), nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
