package org.multivector.bench.world;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.DatasetInfo;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Source;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Look-ups in a synthetic world: building the index, point look-ups by pair and year, and whole
 * cross-sections. Run: {@code java -jar bench/target/benchmarks.jar WorldLookup -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorldLookupBenchmark {

    @Param({"200"})
    int actorCount;

    List<Actor> actors;
    List<Dimension> dimensions;
    List<Tie> ties;
    World world;
    String[] codes;
    int cursor;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        actors = new ArrayList<>();
        codes = new String[actorCount];
        for (int i = 0; i < actorCount; i++) {
            codes[i] = "A" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            actors.add(Actor.of(codes[i], "Actor " + i, ActorKind.SMALL_STATE));
        }
        actors.add(Actor.of(Actor.WORLD, "World", ActorKind.AGGREGATE));
        dimensions = List.of(
                new Dimension("exports", "Exports", "USD_M", DimensionKind.FLOW, ""),
                new Dimension("imports", "Imports", "USD_M", DimensionKind.FLOW, ""));
        Source reporter = new Source("p", "t", 2024, "https://example.org", Basis.REPORTER, true);
        Source mirror = new Source("p", "t", 2024, "https://example.org", Basis.MIRROR, true);
        ties = new ArrayList<>();
        for (int r = 0; r < actorCount; r++) {
            for (int p = 0; p < actorCount; p++) {
                if (r == p || random.nextInt(4) != 0) {
                    continue;
                }
                for (int year = 2000; year < 2030; year++) {
                    for (Dimension d : dimensions) {
                        ties.add(new Tie(
                                codes[r],
                                codes[p],
                                d.id(),
                                year,
                                random.nextDouble(1000),
                                "USD_M",
                                random.nextBoolean() ? reporter : mirror,
                                ""));
                    }
                }
            }
        }
        world = build();
    }

    World build() {
        DatasetInfo info = new DatasetInfo(
                "synthetic", "synthetic", "1", "", codes[0], new YearRange(2000, 2029), BasisChoice.REPORTER);
        return World.of(info, actors, dimensions, ties);
    }

    /** Indexing every figure of the synthetic world (about 600,000 figures for 200 actors). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public World index() {
        return build();
    }

    /** One pair, dimension and year under a basis choice. */
    @Benchmark
    public double pointLookup() {
        int i = cursor++;
        String reporter = codes[i % actorCount];
        String partner = codes[(i * 7 + 3) % actorCount];
        return world.value(reporter, partner, "exports", 2000 + i % 30, BasisChoice.REPORTER)
                .orElse(0);
    }

    /** Every partner of one reporter for a dimension and year. */
    @Benchmark
    public int crossSection() {
        int i = cursor++;
        return world.crossSection(codes[i % actorCount], "imports", 2000 + i % 30, BasisChoice.MIRROR)
                .size();
    }
}
