package org.multivector.bench.scenario;

import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One run of the 10-year quarterly Kazakhstan baseline (examples/scenarios/baseline.yaml: 4 powers,
 * 6 routes, recurring CPC outages, hedging, every outcome), and a 1,000-run ensemble on 1 and 2
 * threads. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar ScenarioRunBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
public class ScenarioRunBenchmark {

    @Param("examples/scenarios/baseline.yaml")
    public String scenario;

    @Param({"1", "2"})
    public int threads;

    private ScenarioModel model;
    private double[] values;
    private double[] out;
    private long seed;

    @Setup
    public void setUp() throws Exception {
        Path file = Path.of(scenario);
        model = ScenarioModel.compile(
                ScenarioReader.read(file), org.multivector.dataset.Datasets.defaultDataset(), file.toString());
        values = model.parameters().medians();
        out = new double[model.outputSize()];
    }

    /** One model run (a single thread; the threads parameter does not apply). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double oneRun() {
        model.run(values, seed++, out);
        return out[out.length - 1];
    }

    /** A 1,000-run Latin-hypercube ensemble on {@code threads} threads. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int ensembleOf1000() {
        return new LocalEnsembleRunner()
                .run(
                        model,
                        new EnsembleRequest(1000, 42, Design.LATIN_HYPERCUBE, threads),
                        EnsembleListener.NONE,
                        () -> false)
                .completedCount();
    }
}
