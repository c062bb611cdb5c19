package org.multivector.exposure;

import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.Tie;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The exposure of one country: shares and concentration per dimension, dependence and asymmetry
 * with each power, FBIC-style influence of each power over it, and the balance among the powers, as
 * yearly series with the figures behind every value. {@code docs/metrics.md} has the equations.
 *
 * <p>Dyadic metrics (dependence, Barbieri, influence) are computed with each of the powers; shares
 * with every partner. Influence is scaled against the largest values in the whole world analysed
 * ({@link InfluenceScore#calibrate}).
 */
public final class ExposureAnalysis {

    /** The powers balanced by default: Russia, China, the United States and the European Union. */
    public static final List<String> DEFAULT_POWERS = List.of("RUS", "CHN", "USA", "EU");

    /** The most powers a balance can take. */
    public static final int MAX_POWERS = 64;

    private ExposureAnalysis() {}

    /** The report under the default {@link BalanceThresholds}. */
    public static ExposureReport of(
            World world, String focal, YearRange years, List<String> powers, BasisChoice basis) {
        return of(world, focal, years, powers, basis, BalanceThresholds.DEFAULT);
    }

    /**
     * The exposure report of {@code focal}.
     *
     * @param years  the years to cover; must lie within the world's years
     * @param powers the powers to balance among and to compute dyadic metrics with (the focal country is left out)
     * @throws IllegalArgumentException when the focal country or a power is not in the world, a power
     *                                  is given twice, or the years lie outside the world's
     */
    public static ExposureReport of(
            World world,
            String focal,
            YearRange years,
            List<String> powers,
            BasisChoice basis,
            BalanceThresholds thresholds) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(thresholds, "thresholds");
        if (world.actor(focal).isEmpty()) {
            throw new IllegalArgumentException("unknown actor " + focal);
        }
        if (!world.years().contains(years.from()) || !world.years().contains(years.to())) {
            throw new IllegalArgumentException("years " + years + " lie outside the dataset's years " + world.years());
        }
        List<String> chosen = new ArrayList<>();
        for (String power : powers) {
            if (world.actor(power).isEmpty()) {
                throw new IllegalArgumentException("unknown power " + power);
            }
            if (chosen.contains(power)) {
                throw new IllegalArgumentException("power " + power + " is given twice");
            }
            if (!power.equals(focal)) {
                chosen.add(power);
            }
        }
        if (chosen.size() > MAX_POWERS) {
            throw new IllegalArgumentException("at most " + MAX_POWERS + " powers, got " + chosen.size());
        }
        TiePanel panel = TiePanel.of(world, basis);
        InfluenceScore influence = InfluenceScore.calibrate(panel);
        Collector collector = new Collector(panel);
        ExposureKernel kernel = new ExposureKernel(panel, influence, thresholds, collector);
        int focalIndex = panel.actor(focal);
        int[] powerIndex = chosen.stream().mapToInt(panel::actor).toArray();
        for (int year = years.from(); year <= years.to(); year++) {
            kernel.run(focalIndex, year, powerIndex, powerIndex);
        }
        return new ExposureReport(
                focal, years, chosen, basis, thresholds, collector.ordered(chosen), collector.balance);
    }

    /** Turns kernel output into records, reading back the figure behind every input. */
    private static final class Collector implements ExposureKernel.Sink {
        private final TiePanel panel;
        private final List<int[]> inputList = new ArrayList<>();
        private final List<MetricValue> valueList = new ArrayList<>();
        private final List<BalanceYear> balance = new ArrayList<>();
        private final Map<Long, Optional<Tie>> tieCache = new HashMap<>();

        Collector(TiePanel panel) {
            this.panel = panel;
        }

        @Override
        public void input(int reporter, int partner, int dimension, boolean total) {
            inputList.add(new int[] {reporter, total ? -1 : partner, dimension});
        }

        @Override
        public void clear() {
            inputList.clear();
        }

        @Override
        public void emit(Metric metric, int dimension, int partner, int year, double value) {
            List<Tie> ties = new ArrayList<>(inputList.size());
            for (int[] in : inputList) {
                tie(in[0], in[1], in[2], year).ifPresent(tie -> {
                    if (!ties.contains(tie)) {
                        ties.add(tie);
                    }
                });
            }
            valueList.add(new MetricValue(
                    metric,
                    dimension < 0 ? "" : panel.dimensions[dimension].id(),
                    partner < 0 ? "" : panel.codes[partner],
                    year,
                    value,
                    ties));
        }

        private Optional<Tie> tie(int reporter, int partner, int dimension, int year) {
            long key = (((long) reporter * (panel.actorCount + 1) + partner + 1) * panel.dimensions.length + dimension)
                            * 10_000L
                    + year;
            return tieCache.computeIfAbsent(key, k -> {
                String code = panel.codes[reporter];
                String dimensionId = panel.dimensions[dimension].id();
                return partner < 0
                        ? panel.world.read(code, Actor.WORLD, dimensionId, year, BasisChoice.REPORTER)
                        : panel.world.read(code, panel.codes[partner], dimensionId, year, panel.choice);
            });
        }

        @Override
        public void balance(
                int year,
                int[] powers,
                int powerCount,
                double[] closeness,
                double[] weights,
                double level,
                double evenness,
                Balance classification,
                int[] dimensions,
                int dimensionCount) {
            Map<String, Double> byPower = new LinkedHashMap<>();
            Map<String, Double> weightOf = new LinkedHashMap<>();
            for (int i = 0; i < powerCount; i++) {
                byPower.put(panel.codes[powers[i]], closeness[i]);
                weightOf.put(panel.codes[powers[i]], weights[i]);
            }
            List<String> used = new ArrayList<>();
            for (int k = 0; k < dimensionCount; k++) {
                used.add(panel.dimensions[dimensions[k]].id());
            }
            boolean material = used.stream().anyMatch(d -> !ExposureKernel.isVoting(d));
            boolean voting = used.contains(Dimension.UNGA_AGREEMENT);
            String note = "";
            if (!voting && panel.world.dimension(Dimension.UNGA_AGREEMENT).isPresent()) {
                note = "no UN voting agreement with every power in " + year + ": classified from material ties alone";
            } else if (!material) {
                note = "no material ties with a reported world total and every power in " + year
                        + ": classified from UN voting alone";
            }
            balance.add(new BalanceYear(year, byPower, weightOf, level, evenness, classification, used, note));
        }

        /** Values grouped into series: by metric, then dimension order, then partner (powers first), then year. */
        List<MetricValue> ordered(List<String> powers) {
            Map<String, Integer> dimensionOrder = new HashMap<>();
            for (int d = 0; d < panel.dimensions.length; d++) {
                dimensionOrder.put(panel.dimensions[d].id(), d);
            }
            dimensionOrder.put("", -1);
            Comparator<MetricValue> order = Comparator.comparing(MetricValue::metric)
                    .thenComparing(v -> dimensionOrder.get(v.dimension()))
                    .thenComparing(v -> partnerRank(powers, v.partner()))
                    .thenComparing(MetricValue::partner)
                    .thenComparingInt(MetricValue::year);
            MetricValue[] sorted = valueList.toArray(new MetricValue[0]);
            Arrays.sort(sorted, order);
            return List.of(sorted);
        }

        private static int partnerRank(List<String> powers, String partner) {
            if (partner.isEmpty()) {
                return -1;
            }
            int at = powers.indexOf(partner);
            return at >= 0 ? at : powers.size();
        }
    }
}
