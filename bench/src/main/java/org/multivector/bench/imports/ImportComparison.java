package org.multivector.bench.imports;

import org.multivector.imports.DatasetImporter;
import org.multivector.imports.ImportFormat;
import org.multivector.imports.ImportOptions;
import org.multivector.imports.ImportReport;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times {@code multivector import comtrade} on a large file against DuckDB's own {@code read_csv} on the
 * same file, in one run, and prints rows per second side by side. DuckDB is reached through JDBC only
 * when its driver is on the class path (bench/import/run.sh puts it there), so nothing of DuckDB enters
 * the build.
 *
 * <p>Usage: {@code ImportComparison FILE WORKDIR REPEATS}
 */
public final class ImportComparison {

    private ImportComparison() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(work);
        long bytes = Files.size(file);
        System.out.printf(
                "file: %s (%.1f MB), JVM max heap %d MB, %d cores%n",
                file,
                bytes / 1e6,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        double[] seconds = new double[repeats];
        double[] cpu = new double[repeats];
        ImportReport last = null;
        long peakHeap = 0;
        for (int i = 0; i < repeats; i++) {
            Path dir = work.resolve("multivector-" + i);
            delete(dir);
            resetPeaks();
            long c0 = processCpu();
            long t0 = System.nanoTime();
            last = DatasetImporter.standard()
                    .run(
                            ImportFormat.COMTRADE,
                            List.of(file),
                            dir,
                            ImportOptions.defaults("KAZ", LocalDate.of(2024, 1, 1))
                                    .withCheck(false));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpu() - c0) / 1e9;
            peakHeap = Math.max(peakHeap, peakHeap());
            delete(dir);
        }
        long rows = last.rowsRead();
        double best = Arrays.stream(seconds).min().orElseThrow();
        double bestCpu = Arrays.stream(cpu).min().orElseThrow();
        System.out.printf(
                "multivector import: %d rows read, %d figures written; best of %d: %.2f s = %,.0f rows/s (runs: %s); "
                        + "CPU %.2f s = %,.0f rows per CPU-second; peak heap %d MB%n",
                rows,
                last.figuresWritten(),
                repeats,
                best,
                rows / best,
                fmt(seconds),
                bestCpu,
                rows / bestCpu,
                peakHeap >> 20);

        Connection duck;
        try {
            duck = DriverManager.getConnection("jdbc:duckdb:");
        } catch (java.sql.SQLException e) {
            System.out.println("DuckDB: driver not on the class path, comparison skipped (" + e.getMessage() + ")");
            return;
        }
        try (duck;
                Statement st = duck.createStatement()) {
            String path = file.toAbsolutePath().toString().replace("'", "''");
            double[] scan = new double[repeats];
            double[] transform = new double[repeats];
            double[] scanCpu = new double[repeats];
            double[] transformCpu = new double[repeats];
            long counted = 0;
            for (int i = 0; i < repeats; i++) {
                long c0 = processCpu();
                long t0 = System.nanoTime();
                try (ResultSet rs = st.executeQuery(
                        "SELECT count(*), sum(primaryValue) FROM read_csv('" + path + "', header = true)")) {
                    rs.next();
                    counted = rs.getLong(1);
                }
                scan[i] = (System.nanoTime() - t0) / 1e9;
                scanCpu[i] = (processCpu() - c0) / 1e9;
                Path out = work.resolve("duckdb-" + i + ".csv");
                c0 = processCpu();
                t0 = System.nanoTime();
                st.execute(
                        "COPY (SELECT reporterISO AS reporter, CASE WHEN partnerCode = 0 THEN 'WLD' ELSE partnerISO END AS partner, "
                                + "CASE flowCode WHEN 'X' THEN 'exports' ELSE 'imports' END AS dimension, refYear AS year, primaryValue / 1e6 AS value "
                                + "FROM read_csv('" + path
                                + "', header = true) WHERE cmdCode = 'TOTAL' AND freqCode = 'A' AND flowCode IN ('X', 'M')) "
                                + "TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' (HEADER)");
                transform[i] = (System.nanoTime() - t0) / 1e9;
                transformCpu[i] = (processCpu() - c0) / 1e9;
                Files.deleteIfExists(out);
            }
            double bestScan = Arrays.stream(scan).min().orElseThrow();
            double bestTransform = Arrays.stream(transform).min().orElseThrow();
            double bestScanCpu = Arrays.stream(scanCpu).min().orElseThrow();
            double bestTransformCpu = Arrays.stream(transformCpu).min().orElseThrow();
            System.out.printf(
                    "DuckDB read_csv count+sum: %d rows; best of %d: %.2f s = %,.0f rows/s (runs: %s); CPU %.2f s = %,.0f rows per CPU-second%n",
                    counted, repeats, bestScan, counted / bestScan, fmt(scan), bestScanCpu, counted / bestScanCpu);
            System.out.printf(
                    "DuckDB read_csv filter+COPY to CSV: best of %d: %.2f s = %,.0f rows/s (runs: %s); CPU %.2f s = %,.0f rows per CPU-second%n",
                    repeats,
                    bestTransform,
                    counted / bestTransform,
                    fmt(transform),
                    bestTransformCpu,
                    counted / bestTransformCpu);
            System.out.printf(
                    "ratio (wall): multivector import takes %.1fx DuckDB's scan and %.1fx its filter+copy (DuckDB may use %d threads)%n",
                    best / bestScan, best / bestTransform, Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "ratio (CPU):  multivector import takes %.1fx DuckDB's scan and %.1fx its filter+copy%n",
                    bestCpu / bestScanCpu, bestCpu / bestTransformCpu);
        }
    }

    /** CPU time of the whole process (all threads, DuckDB's native ones included), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String fmt(double[] seconds) {
        return String.join(
                ", ",
                Arrays.stream(seconds).mapToObj(s -> String.format("%.2f", s)).toList());
    }

    private static void resetPeaks() {
        System.gc();
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

    private static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
