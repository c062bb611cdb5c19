package org.multivector.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model's essay-level claims as properties, other things equal, over seeded random parameter
 * draws (docs/model.md, "Claims tested").
 */
class ScenarioModelTest {

    /** A scenario on the Midland world with the draw's parameters, plus extra shocks. */
    private static String scenario(Draw d, String hedging, String shocks) {
        return String.format(
                Locale.ROOT,
                """
                name: property
                baseYear: 2024
                horizon: {years: 8, step: quarter}
                focal: MID
                powers:
                  - {code: NOR, group: north, position: %.1f, attention: %.3f, growth: %.4f}
                  - {code: EAS, group: east, position: %.1f, attention: %.3f, growth: %.4f}
                  - {code: WES, group: west, position: %.1f, attention: %.3f, growth: %.4f}
                shocks: [%s]
                corridors:
                  exports: %.2f
                  pricePerBarrel: %.2f
                  barrelsPerTonne: 7.5
                  routes:
                    - {id: north-pipe, capacity: %.2f, cost: 30, transit: [NOR]}
                    - {id: east-pipe, capacity: %.2f, cost: 25}
                    - {id: sea-route, capacity: %.2f, cost: 45}
                parameters:
                  tradeAdjustmentYears: %.3f
                  investmentAdjustmentYears: %.3f
                  capabilityExponent: %.3f
                  focalCapability: %.3f
                  focalSalience: %.3f
                levers:
                  hedging: %s
                """,
                d.position[0],
                d.attention[0],
                d.growth[0],
                d.position[1],
                d.attention[1],
                d.growth[1],
                d.position[2],
                d.attention[2],
                d.growth[2],
                shocks,
                d.exports,
                d.price,
                d.capacity[0],
                d.capacity[1],
                d.capacity[2],
                d.tradeYears,
                d.investmentYears,
                d.alpha,
                d.focalCapability,
                d.focalSalience,
                hedging);
    }

    private static final String NO_HEDGING = "{rule: none}";
    private static final String HEDGING =
            "{rule: equal-closeness, raiseSpeed: 0.5, cutSpeed: 0.05, minMultiplier: 0.7, maxMultiplier: 1.5}";

    /** One seeded draw of the model's inputs. */
    record Draw(
            long seed,
            double[] position,
            double[] attention,
            double[] growth,
            double exports,
            double price,
            double[] capacity,
            double tradeYears,
            double investmentYears,
            double alpha,
            double focalCapability,
            double focalSalience) {

        static Draw of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return new Draw(
                    seed,
                    new double[] {random.nextDouble(0, 25), random.nextDouble(20, 50), random.nextDouble(70, 100)},
                    new double[] {random.nextDouble(0.3, 1), random.nextDouble(0.3, 1), random.nextDouble(0.2, 1)},
                    new double[] {
                        random.nextDouble(-0.02, 0.03), random.nextDouble(-0.02, 0.05), random.nextDouble(-0.02, 0.03)
                    },
                    round2(random.nextDouble(40, 90)),
                    round2(random.nextDouble(40, 110)),
                    new double[] {
                        round2(random.nextDouble(30, 90)),
                        round2(random.nextDouble(0, 15)),
                        round2(random.nextDouble(0, 10))
                    },
                    random.nextDouble(0.5, 5),
                    random.nextDouble(1, 8),
                    random.nextDouble(0, 1),
                    random.nextDouble(0.05, 0.6),
                    random.nextDouble(0.55, 1));
        }

        private static double round2(double value) {
            return Math.round(value * 100) / 100.0;
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static List<Draw> draws() {
        return LongStream.range(1, 61).mapToObj(Draw::of).toList();
    }

    @Test
    void withoutShocksGrowthOrHedgingTiesStayAtTheirBaseShares() {
        Draw draw = new Draw(
                0,
                new double[] {10, 35, 90},
                new double[] {0.8, 0.6, 0.5},
                new double[] {0, 0, 0},
                50,
                70,
                new double[] {60, 5, 3},
                2,
                4,
                0.5,
                0.3,
                0.9);
        Run run = Run.of(scenario(draw, NO_HEDGING, ""));

        // fixture, 2024: trade NOR 22 800 / 118 000, EAS 33 500 / 118 000, WES 22 300 / 118 000
        assertThat(run.last("trade-share:NOR")).isCloseTo(22800.0 / 118000, within(1e-12));
        assertThat(run.last("trade-share:EAS")).isCloseTo(33500.0 / 118000, within(1e-12));
        assertThat(run.last("trade-share:WES")).isCloseTo(22300.0 / 118000, within(1e-12));
        assertThat(run.total("revenue-at-risk")).isZero();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("drawsWithHedging")
    void dependenceOnAPowerRisesWhenTheOthersDisengage(Draw draw, String hedging) {
        for (String power : List.of("NOR", "EAS", "WES")) {
            StringBuilder disengage = new StringBuilder();
            for (String other : List.of("NOR", "EAS", "WES")) {
                if (!other.equals(power)) {
                    disengage
                            .append(disengage.isEmpty() ? "" : ", ")
                            .append("{type: engagement-change, power: ")
                            .append(other)
                            .append(", start: 2025.5, factor: 0.6}");
                }
            }
            Run before = Run.of(scenario(draw, hedging, ""));
            Run after = Run.of(scenario(draw, hedging, disengage.toString()));

            for (int k = 2; k < before.periods(); k++) {
                assertThat(after.at("dependence:" + power, k))
                        .as("%s, period %d", power, k)
                        .isGreaterThan(before.at("dependence:" + power, k));
            }
        }
    }

    static List<Object[]> drawsWithHedging() {
        return draws().stream()
                .flatMap(d -> List.of(new Object[] {d, NO_HEDGING}, new Object[] {d, HEDGING}).stream())
                .toList();
    }

    /**
     * The essay's claim that room does not fall when Western engagement rises holds for most draws but
     * not all under the bargaining module's credible-challenge test (docs/model.md, "Claims tested"):
     * in 43 of these 60 draws the room never falls in any period in which the West is not already the
     * most influential power. The test pins that it holds in a clear majority, so a change to the model
     * that breaks the tendency fails it.
     */
    @Test
    void roomMostlyDoesNotFallWhenWesternEngagementRises() {
        int holds = 0;
        double gained = 0;
        for (Draw draw : draws()) {
            Run before = Run.of(scenario(draw, NO_HEDGING, ""));
            Run after = Run.of(
                    scenario(draw, NO_HEDGING, "{type: engagement-change, power: WES, start: 2025.5, factor: 1.5}"));
            boolean never = true;
            for (int k = 0; k < before.periods(); k++) {
                boolean westLeads = after.at("influence-share:WES", k)
                        > Math.max(after.at("influence-share:NOR", k), after.at("influence-share:EAS", k));
                if (!westLeads && after.at("room", k) < before.at("room", k) - 1e-9) {
                    never = false;
                }
                if (!westLeads) {
                    gained += after.at("room", k) - before.at("room", k);
                }
            }
            holds += never ? 1 : 0;
        }
        assertThat(holds).as("draws in which the room never falls").isGreaterThanOrEqualTo(40);
        assertThat(gained)
                .as("total change of room over the periods in which the West does not lead")
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draws")
    void aPipelineOutageCostsTheNonReroutableShareOfCrudeRevenue(Draw draw) {
        // the northern pipeline closes for exactly the third quarter of 2026
        Run run = Run.of(scenario(
                draw,
                NO_HEDGING,
                "{type: corridor-disruption, link: north-pipe, start: 2026-Q3, duration: 1q, capacityLoss: 1.0}"));
        double others = draw.capacity[1] + draw.capacity[2];
        double all = others + draw.capacity[0];
        double quarterRevenue = draw.exports * 0.25 * draw.price * 7.5 / 1000;
        double nonReroutable = Math.max(0, draw.exports - others) / draw.exports;
        double alreadyLost = Math.max(0, draw.exports - all) / draw.exports;

        int outage = 6; // 2026-Q3
        assertThat(run.at("revenue-at-risk", outage)).isCloseTo(nonReroutable * quarterRevenue, within(1e-6));
        assertThat(run.at("revenue-at-risk", outage - 1)).isCloseTo(alreadyLost * quarterRevenue, within(1e-6));
        assertThat(run.at("revenue-at-risk", outage + 1)).isCloseTo(alreadyLost * quarterRevenue, within(1e-6));
    }

    @Test
    void anOutageCoveringPartOfAPeriodCostsThatPart() {
        Draw draw = new Draw(
                0,
                new double[] {10, 35, 90},
                new double[] {0.8, 0.6, 0.5},
                new double[] {0, 0, 0},
                60,
                80,
                new double[] {60, 4, 2},
                2,
                4,
                0.5,
                0.3,
                0.9);
        Run run = Run.of(scenario(
                draw,
                NO_HEDGING,
                "{type: corridor-disruption, link: north-pipe, start: 2026-Q3, duration: 1m, capacityLoss: 1.0}"));

        // one month of 60 Mt/yr lost, 6 Mt/yr rerouted: (60 - 6) / 12 Mt at 80 USD/bbl × 7.5 bbl/t
        assertThat(run.at("revenue-at-risk", 6)).isCloseTo(54.0 / 12 * 80 * 7.5 / 1000, within(1e-6));
    }

    @Test
    void recurringOutagesArriveAtTheirRateOnAverage() {
        Draw draw = new Draw(
                0,
                new double[] {10, 35, 90},
                new double[] {0.8, 0.6, 0.5},
                new double[] {0, 0, 0},
                60,
                80,
                new double[] {60, 0, 0},
                2,
                4,
                0.5,
                0.3,
                0.9);
        ScenarioModel model = Fixtures.compile(Fixtures.parse(scenario(
                draw,
                NO_HEDGING,
                "{type: corridor-disruption, link: north-pipe, start: 2025, duration: 10d, ratePerYear: 2}")));
        double lostMt = 0;
        int runs = 400;
        double[] out = new double[model.outputSize()];
        int series = model.series().stream().map(Series::label).toList().indexOf("crude-undelivered");
        for (int run = 0; run < runs; run++) {
            model.run(model.parameters().medians(), run, out);
            for (int k = 0; k < model.periods(); k++) {
                lostMt += out[series * model.periods() + k];
            }
        }
        // 8 years × 2 outages a year × 10 days of 60 Mt/yr
        double expected = 8 * 2 * 10 / 365.25 * 60;
        assertThat(lostMt / runs).isCloseTo(expected, within(expected * 0.1));
    }

    @Test
    void theFocalCountryDoesNotCutTiesWithAPowerAbsorbedElsewhere() {
        Draw draw = new Draw(
                0,
                new double[] {10, 35, 90},
                new double[] {0.9, 0.5, 0.4},
                new double[] {0, 0, 0},
                50,
                70,
                new double[] {60, 5, 3},
                2,
                4,
                0.5,
                0.3,
                0.9);
        String absorbed = "{type: attention-shift, power: NOR, start: 2026, level: 0.1, rampYears: 0.5}, "
                + "{type: attention-shift, power: NOR, start: 2029, level: 0.9, rampYears: 1}";
        Run attentive = Run.of(scenario(draw, HEDGING, ""));
        Run away = Run.of(scenario(draw, HEDGING, absorbed));

        for (int k = 0; k < attentive.periods(); k++) {
            assertThat(away.at("trade-share:NOR", k))
                    .as("period %d", k)
                    .isGreaterThanOrEqualTo(attentive.at("trade-share:NOR", k));
        }
        assertThat(away.at("influence-share:NOR", 12)).isLessThan(attentive.at("influence-share:NOR", 12));
    }

    @Test
    void hedgingRaisesTiesFasterThanItCutsThemPerUnitOfImbalance() {
        Draw draw = new Draw(
                0,
                new double[] {10, 35, 90},
                new double[] {0.9, 0.5, 0.4},
                new double[] {0, 0, 0},
                50,
                70,
                new double[] {60, 5, 3},
                2,
                4,
                0.5,
                0.3,
                0.9);
        Run run = Run.of(scenario(draw, HEDGING, ""));

        double third = 1.0 / 3;
        double cutPerGap = -Math.log(run.at("hedging:NOR", 0)) / (run.at("influence-share:NOR", 0) - third);
        double raisePerGap = Math.log(run.at("hedging:WES", 0)) / (third - run.at("influence-share:WES", 0));
        assertThat(cutPerGap).isPositive();
        assertThat(raisePerGap).isCloseTo(cutPerGap * 10, within(1e-6));
    }

    /** One run of a scenario at its parameters' medians. */
    record Run(ScenarioModel model, double[] out) {
        static Run of(String yaml) {
            ScenarioModel model = Fixtures.compile(Fixtures.parse(yaml));
            double[] out = new double[model.outputSize()];
            model.run(model.parameters().medians(), 42, out);
            return new Run(model, out);
        }

        int periods() {
            return model.periods();
        }

        double at(String label, int k) {
            int s = model.series().stream().map(Series::label).toList().indexOf(label);
            assertThat(s).as("series " + label).isNotNegative();
            return out[s * model.periods() + k];
        }

        double last(String label) {
            return at(label, model.periods() - 1);
        }

        double total(String label) {
            double sum = 0;
            for (int k = 0; k < periods(); k++) {
                sum += at(label, k);
            }
            return sum;
        }
    }
}
