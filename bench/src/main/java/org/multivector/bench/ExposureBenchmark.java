package org.multivector.bench;

import org.multivector.exposure.DyadSweep;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.exposure.ExposureReport;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;
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

import java.util.concurrent.TimeUnit;

/**
 * Exposure analytics on a synthetic world of 200 actors × 30 years × 10 dimensions.
 *
 * <ul>
 *   <li>{@code everyMetricEveryDyad}: every metric (shares, concentration, dependence, Barbieri,
 *       FBIC-style influence, balance) for every ordered pair of actors and every year, including
 *       indexing the world and calibrating the influence scale: {@link DyadSweep#run}.</li>
 *   <li>{@code oneCountryReport}: the full report of one country with the figures behind every value,
 *       what {@code multivector exposure} computes: {@link ExposureAnalysis#of}.</li>
 * </ul>
 * Run on one core: see bench/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx4g"})
public class ExposureBenchmark {

    @Param({"200"})
    int actors;

    @Param({"30"})
    int years;

    @Param({"40"})
    int partnersPerReporter;

    World world;

    @Setup(Level.Trial)
    public void setUp() {
        world = SyntheticWorld.of(actors, years, partnersPerReporter, 42);
    }

    @Benchmark
    public DyadSweep.Result everyMetricEveryDyad() {
        return DyadSweep.run(world, SyntheticWorld.POWERS, BasisChoice.REPORTER);
    }

    @Benchmark
    public ExposureReport oneCountryReport() {
        return ExposureAnalysis.of(world, "S10", world.years(), SyntheticWorld.POWERS, BasisChoice.REPORTER);
    }
}
