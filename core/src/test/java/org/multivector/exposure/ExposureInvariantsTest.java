package org.multivector.exposure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties that hold in every world, checked over many seeded random worlds. */
class ExposureInvariantsTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    private static ExposureReport report(World world, List<String> powers, BasisChoice basis) {
        return ExposureAnalysis.of(world, "FOC", world.years(), powers, basis);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void hhiLiesBetweenOneOverTheNumberOfPartnersAndOne(long seed) {
        World world = RandomWorlds.of(seed);
        for (BasisChoice basis : BasisChoice.values()) {
            ExposureReport report = report(world, RandomWorlds.powers(world), basis);
            assertThat(report.valuesOf(Metric.HHI)).isNotEmpty().allSatisfy(hhi -> {
                double total = hhi.ties().stream()
                        .filter(t -> t.partner().equals(Actor.WORLD))
                        .findFirst()
                        .orElseThrow()
                        .value();
                List<Tie> states = hhi.ties().stream()
                        .filter(t -> !t.partner().equals(Actor.WORLD))
                        .toList();
                double listed = states.stream().mapToDouble(Tie::value).sum();
                long positive = states.stream().filter(t -> t.value() > 0).count() + (listed < total ? 1 : 0);
                assertThat(hhi.value()).isBetween(1.0 / positive - 1e-12, 1.0 + 1e-12);
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void evennessAndLevelDoNotDependOnTheOrderOfThePowers(long seed) {
        World world = RandomWorlds.of(seed);
        List<String> powers = RandomWorlds.powers(world);
        List<String> shuffled = new ArrayList<>(powers);
        Collections.shuffle(shuffled, new Random(seed));
        ExposureReport original = report(world, powers, BasisChoice.REPORTER);
        ExposureReport permuted = report(world, shuffled, BasisChoice.REPORTER);
        assertThat(original.balance()).isNotEmpty().hasSameSizeAs(permuted.balance());
        for (BalanceYear year : original.balance()) {
            BalanceYear other = permuted.balanceIn(year.year()).orElseThrow();
            assertThat(other.evenness()).isCloseTo(year.evenness(), within(1e-12));
            assertThat(other.level()).isCloseTo(year.level(), within(1e-12));
            assertThat(other.balance()).isEqualTo(year.balance());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMetricIsUnchangedWhenEveryFigureIsScaled(long seed) {
        World world = RandomWorlds.of(seed);
        double factor = 0.001 + new Random(seed).nextDouble() * 1000;
        World scaled = RandomWorlds.map(
                world,
                t -> t.dimension().equals(Dimension.MEMBERSHIP)
                        ? t
                        : new Tie(
                                t.reporter(),
                                t.partner(),
                                t.dimension(),
                                t.year(),
                                t.value() * factor,
                                t.unit(),
                                t.source(),
                                t.note()));
        ExposureReport before = report(world, RandomWorlds.powers(world), BasisChoice.REPORTER);
        ExposureReport after = report(scaled, RandomWorlds.powers(world), BasisChoice.REPORTER);
        assertThat(after.values()).hasSameSizeAs(before.values());
        for (int i = 0; i < before.values().size(); i++) {
            MetricValue expected = before.values().get(i);
            MetricValue actual = after.values().get(i);
            assertThat(actual.key()).isEqualTo(expected.key());
            assertThat(actual.value())
                    .as(() -> expected.key() + " " + expected.year())
                    .isCloseTo(expected.value(), within(1e-9 * Math.max(1, Math.abs(expected.value()))));
        }
        assertThat(before.valuesOf(Metric.SHARE)).isNotEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void closenessNeverFallsWhenOneTieDeepens(long seed) {
        World world = RandomWorlds.of(seed);
        List<String> powers = RandomWorlds.powers(world);
        ExposureReport before = report(world, powers, BasisChoice.REPORTER);
        Random random = new Random(seed);
        BalanceYear year = before.balance().get(random.nextInt(before.balance().size()));
        String power = powers.get(random.nextInt(powers.size()));
        String dimension =
                year.dimensions().get(random.nextInt(year.dimensions().size()));
        double extra = 1 + random.nextDouble() * 500;
        boolean totalGrowsToo = random.nextBoolean();
        World deeper = RandomWorlds.map(world, t -> {
            boolean same = t.reporter().equals("FOC") && t.dimension().equals(dimension) && t.year() == year.year();
            if (same
                    && (t.partner().equals(power)
                            || (totalGrowsToo && t.partner().equals(Actor.WORLD)))) {
                return new Tie(
                        t.reporter(),
                        t.partner(),
                        t.dimension(),
                        t.year(),
                        t.value() + extra,
                        t.unit(),
                        t.source(),
                        t.note());
            }
            return t;
        });
        BalanceYear after = report(deeper, powers, BasisChoice.REPORTER)
                .balanceIn(year.year())
                .orElseThrow();
        assertThat(after.closeness().get(power))
                .isGreaterThanOrEqualTo(year.closeness().get(power));
        assertThat(after.level()).isGreaterThanOrEqualTo(year.level() - 1e-15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePanelReadsExactlyWhatTheWorldReads(long seed) {
        World world = RandomWorlds.of(seed);
        for (BasisChoice choice : BasisChoice.values()) {
            TiePanel panel = TiePanel.of(world, choice);
            for (Tie tie : world.ties()) {
                int d = panel.dimension(tie.dimension());
                int r = panel.actor(tie.reporter());
                int p = panel.actor(tie.partner());
                if (world.dimension(tie.dimension()).orElseThrow().kind()
                        == org.multivector.world.DimensionKind.MEMBERSHIP) {
                    continue;
                }
                if (tie.partner().equals(Actor.WORLD)) {
                    double expected = world.value(
                                    tie.reporter(), Actor.WORLD, tie.dimension(), tie.year(), BasisChoice.REPORTER)
                            .orElse(Double.NaN);
                    assertThat(Double.compare(panel.total(d, tie.year(), r), expected))
                            .as(() -> "total of " + tie)
                            .isZero();
                } else {
                    double expected = world.value(tie.reporter(), tie.partner(), tie.dimension(), tie.year(), choice)
                            .orElse(Double.NaN);
                    double actual = r == p ? panel.self(d, tie.year(), r) : panel.value(d, tie.year(), r, p);
                    assertThat(Double.compare(actual, expected))
                            .as(() -> choice + " reading of " + tie)
                            .isZero();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSweepComputesWhatTheReportComputesForTheFocalCountry(long seed) {
        World world = RandomWorlds.of(seed);
        DyadSweep.Result sweep = DyadSweep.run(world, RandomWorlds.powers(world), BasisChoice.REPORTER);
        ExposureReport report = report(world, RandomWorlds.powers(world), BasisChoice.REPORTER);
        assertThat(sweep.values()).isGreaterThan(report.values().size());
        assertThat(sweep.balances()).isGreaterThanOrEqualTo(report.balance().size());
        assertThat(sweep.checksum()).isFinite();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyActorCanBeTheFocalCountryUnderEitherBasis(long seed) {
        World world = RandomWorlds.of(seed);
        List<String> everyone = world.actors().stream().map(Actor::code).toList();
        List<String> powers = RandomWorlds.powers(world);
        for (String focal : everyone) {
            for (BasisChoice basis : BasisChoice.values()) {
                ExposureReport report = ExposureAnalysis.of(world, focal, world.years(), powers, basis);
                assertThat(report.powers()).doesNotContain(focal);
                // only political bandwidth (and the bandwidth it alone makes) may rest on member lists of the manifest,
                // without figures
                assertThat(report.values())
                        .filteredOn(value ->
                                value.metric() != Metric.BANDWIDTH_POLITICAL && value.metric() != Metric.BANDWIDTH)
                        .allSatisfy(value ->
                                assertThat(value.ties()).as(value::toString).isNotEmpty());
                assertThat(report.balance()).allSatisfy(year -> {
                    assertThat(year.evenness()).isBetween(0.0, 1.0);
                    assertThat(year.closeness().values())
                            .allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
                });
            }
        }
    }
}
