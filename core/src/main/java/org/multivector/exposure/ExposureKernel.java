package org.multivector.exposure;

import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;

import java.util.List;

/**
 * Computes every metric of one focal country and year on a {@link TiePanel} and hands each value
 * to a {@link Sink}: the one code path behind {@link ExposureAnalysis} (which turns values into
 * records with their figures) and {@link DyadSweep} (which only aggregates them).
 */
final class ExposureKernel {

    /** Receives the values; {@link #input} calls since the last {@link #clear} are the figures behind the next values. */
    interface Sink extends InfluenceScore.Indicators.Inputs {
        /** Forgets the inputs gathered so far. */
        void clear();

        /** One value; {@code dimension} or {@code partner} is -1 when the metric has none. */
        void emit(Metric metric, int dimension, int partner, int year, double value);

        /** Whether {@link #input} calls matter; when false the kernel skips gathering provenance. */
        default boolean tracksInputs() {
            return true;
        }

        /**
         * The balance among the powers in a year: each power's closeness (the mean over the channels of its
         * material share and its UN voting agreement) and its weight (the mean over the channels of its share
         * of the powers' total in that channel), which is what the classification and the evenness use.
         */
        void balance(
                int year,
                int[] powers,
                int powerCount,
                double[] closeness,
                double[] weights,
                double level,
                double evenness,
                Balance balance,
                int[] dimensions,
                int dimensionCount);
    }

    /**
     * A sink that keeps only the values and balances, not where they came from: the kernel then skips
     * gathering provenance (the dyad sweep, which writes millions of rows).
     */
    interface ValuesOnly extends Sink {
        @Override
        default boolean tracksInputs() {
            return false;
        }

        @Override
        default void input(int reporter, int partner, int dimension, boolean total) {}

        @Override
        default void clear() {}
    }

    private final TiePanel panel;
    private final InfluenceScore influence;
    private final BalanceThresholds thresholds;
    private final Sink sink;
    private final int[] shareDimensions;
    private final int gdp;
    private final boolean tracksInputs;
    private final int tradeDimension;
    private final int exports;
    private final int imports;
    /** UN General Assembly vote agreement (share 0–1) with each power: the diplomatic channel of the balance; -1 when absent. */
    private final int agreement;

    private final InfluenceScore.Indicators indicators;
    private final double[] scratch;
    private final double[] raw = new double[InfluenceScore.INDICATORS];
    private final double[] parts = new double[InfluenceScore.PARTS];

    ExposureKernel(TiePanel panel, InfluenceScore influence, BalanceThresholds thresholds, Sink sink) {
        this.panel = panel;
        this.influence = influence;
        this.thresholds = thresholds;
        this.sink = sink;
        int shares = 0;
        for (Dimension dimension : panel.dimensions) {
            if (hasShares(dimension)) {
                shares++;
            }
        }
        shareDimensions = new int[shares];
        tradeDimension = panel.dimension(Dimension.TRADE);
        exports = panel.dimension(Dimension.EXPORTS);
        imports = panel.dimension(Dimension.IMPORTS);
        int s = 0;
        for (int d = 0; d < panel.dimensions.length; d++) {
            if (hasShares(panel.dimensions[d])) {
                shareDimensions[s++] = d;
            }
        }
        eligible = new int[shares + 1];
        agreement = panel.dimension(Dimension.UNGA_AGREEMENT);
        gdp = panel.dimension(Dimension.GDP);
        tracksInputs = sink.tracksInputs();
        indicators = new InfluenceScore.Indicators(panel);
        scratch = new double[panel.actorCount];
    }

    /** Flows and stocks have shares of a reported total; GDP and memberships do not. */
    static boolean hasShares(Dimension dimension) {
        return (dimension.kind() == DimensionKind.FLOW || dimension.kind() == DimensionKind.STOCK)
                && !isVoting(dimension.id());
    }

    /** Whether a dimension measures UN General Assembly voting, a channel of its own rather than a share of ties. */
    static boolean isVoting(String dimensionId) {
        return dimensionId.equals(Dimension.UNGA_AGREEMENT)
                || dimensionId.equals(Dimension.UNGA_IDEAL_DISTANCE)
                || dimensionId.equals(Dimension.UNGA_IDEAL_POINT);
    }

    /**
     * Every metric of {@code focal} in {@code year}: shares and concentration per dimension, dyadic
     * metrics with each of {@code dyadPartners}, and the balance among {@code powers}.
     */
    void run(int focal, int year, int[] dyadPartners, int[] powers) {
        sharesAndConcentration(focal, year);
        indicators.prepare(focal, year);
        for (int partner : dyadPartners) {
            if (partner != focal && partner != panel.worldActor) {
                dyad(focal, partner, year);
            }
        }
        indicators.release();
        balance(focal, year, powers);
    }

    private void sharesAndConcentration(int focal, int year) {
        for (int d : shareDimensions) {
            int[] partners = panel.partners(d, year, focal);
            double total = panel.total(d, year, focal);
            if (partners == null || !(total > 0)) {
                continue;
            }
            double[] values = panel.values(d, year, focal);
            int states = 0;
            for (int i = 0; i < partners.length; i++) {
                int partner = partners[i];
                sink.clear();
                sink.input(focal, partner, d, false);
                sink.input(focal, focal, d, true);
                sink.emit(Metric.SHARE, d, partner, year, values[i] / total);
                if (panel.kinds[partner].isState()) {
                    scratch[states++] = values[i];
                }
            }
            if (states == 0) {
                continue;
            }
            double hhi = Concentration.ofCoverage(scratch, states, total);
            sink.clear();
            for (int partner : partners) {
                if (panel.kinds[partner].isState()) {
                    sink.input(focal, partner, d, false);
                }
            }
            sink.input(focal, focal, d, true);
            sink.emit(Metric.HHI, d, -1, year, hhi);
            sink.emit(Metric.HIRSCHMAN, d, -1, year, Concentration.hirschman(hhi));
            sink.emit(Metric.EFFECTIVE_PARTNERS, d, -1, year, Concentration.effectivePartners(hhi));
        }
    }

    private void dyad(int focal, int partner, int year) {
        double bilateral = indicators.trade(partner, null);
        int tradeId = tradeDimension >= 0 ? tradeDimension : exports;
        if (!Double.isNaN(bilateral)) {
            double gdpFocal = gdp >= 0 ? panel.self(gdp, year, focal) : Double.NaN;
            double gdpPartner = gdp >= 0 ? panel.self(gdp, year, partner) : Double.NaN;
            double on = indicators.tradeAndGdpComparable() ? Dependence.ratio(bilateral, gdpFocal) : Double.NaN;
            double of = indicators.tradeAndGdpComparable() ? Dependence.ratio(bilateral, gdpPartner) : Double.NaN;
            if (!Double.isNaN(on)) {
                sink.clear();
                indicators.trade(partner, sink);
                sink.input(focal, focal, gdp, false);
                sink.emit(Metric.DEPENDENCE_ON_PARTNER, tradeId, partner, year, on);
            }
            if (!Double.isNaN(of)) {
                sink.clear();
                indicators.trade(partner, sink);
                sink.input(partner, partner, gdp, false);
                sink.emit(Metric.DEPENDENCE_OF_PARTNER, tradeId, partner, year, of);
            }
            if (!Double.isNaN(on) && !Double.isNaN(of)) {
                sink.clear();
                indicators.trade(partner, sink);
                sink.input(focal, focal, gdp, false);
                sink.input(partner, partner, gdp, false);
                sink.emit(Metric.ASYMMETRY, tradeId, partner, year, Dependence.asymmetry(on, of));
            }
            double shareFocal = Dependence.ratio(bilateral, totalTrade(focal, year));
            double sharePartner = Dependence.ratio(bilateral, totalTrade(partner, year));
            if (!Double.isNaN(shareFocal) && !Double.isNaN(sharePartner)) {
                sink.clear();
                indicators.trade(partner, sink);
                totalTradeInputs(focal);
                totalTradeInputs(partner);
                sink.emit(Metric.SALIENCE, tradeId, partner, year, Dependence.salience(shareFocal, sharePartner));
                sink.emit(Metric.SYMMETRY, tradeId, partner, year, Dependence.symmetry(shareFocal, sharePartner));
                sink.emit(
                        Metric.INTERDEPENDENCE,
                        tradeId,
                        partner,
                        year,
                        Dependence.interdependence(shareFocal, sharePartner));
            }
        }
        sink.clear();
        indicators.read(partner, raw, tracksInputs ? sink : null);
        influence.combine(raw, parts);
        emitPart(Metric.BANDWIDTH_ECONOMIC, InfluenceScore.ECONOMIC_BANDWIDTH, partner, year);
        emitPart(Metric.BANDWIDTH_POLITICAL, InfluenceScore.POLITICAL_BANDWIDTH, partner, year);
        emitPart(Metric.BANDWIDTH_SECURITY, InfluenceScore.SECURITY_BANDWIDTH, partner, year);
        emitPart(Metric.BANDWIDTH, InfluenceScore.BANDWIDTH, partner, year);
        emitPart(Metric.DEPENDENCE_ECONOMIC, InfluenceScore.ECONOMIC_DEPENDENCE, partner, year);
        emitPart(Metric.DEPENDENCE_SECURITY, InfluenceScore.SECURITY_DEPENDENCE, partner, year);
        emitPart(Metric.DEPENDENCE, InfluenceScore.DEPENDENCE, partner, year);
        emitPart(Metric.INFLUENCE, InfluenceScore.SCORE, partner, year);
    }

    private void emitPart(Metric metric, int part, int partner, int year) {
        if (!Double.isNaN(parts[part])) {
            sink.emit(metric, -1, partner, year, parts[part]);
        }
    }

    /** The actor's reported total trade: the trade total, else the exports total plus the imports total. */
    private double totalTrade(int actor, int year) {
        if (tradeDimension >= 0) {
            return panel.total(tradeDimension, year, actor);
        }
        if (exports >= 0 && imports >= 0) {
            return panel.total(exports, year, actor) + panel.total(imports, year, actor);
        }
        return Double.NaN;
    }

    private void totalTradeInputs(int actor) {
        if (tradeDimension >= 0) {
            sink.input(actor, actor, tradeDimension, true);
        } else {
            sink.input(actor, actor, exports, true);
            sink.input(actor, actor, imports, true);
        }
    }

    /** A power's weight within one channel; the powers weigh alike when the channel's total is zero. */
    private static double weight(double[] values, int i, double sum) {
        return sum > 0 ? values[i] / sum : 1.0 / values.length;
    }

    /** Whether every power has a figure on {@code dimension} in {@code year} (no world total needed). */
    private boolean allPowers(int focal, int year, int dimension, int powerCount) {
        for (int i = 0; i < powerCount; i++) {
            if (Double.isNaN(panel.value(dimension, year, focal, powerScratch[i]))) {
                return false;
            }
        }
        return true;
    }

    private boolean eligible(int focal, int year, int dimension, int powerCount) {
        if (!(panel.total(dimension, year, focal) > 0)) {
            return false;
        }
        for (int i = 0; i < powerCount; i++) {
            if (Double.isNaN(panel.value(dimension, year, focal, powerScratch[i]))) {
                return false;
            }
        }
        return true;
    }

    private final double[] closeness = new double[64];
    private final int[] eligible;
    private final int[] powerScratch = new int[64];

    private void balance(int focal, int year, int[] powers) {
        int count = 0;
        for (int power : powers) {
            if (power != focal) {
                powerScratch[count++] = power;
            }
        }
        if (count < 2) {
            return;
        }
        // eligible: a positive reported total and a figure for every power; trade, when eligible, stands for exports
        // and imports
        int dimensions = 0;
        boolean tradeEligible = false;
        for (int d : shareDimensions) {
            if (eligible(focal, year, d, count)) {
                eligible[dimensions++] = d;
                tradeEligible |= d == tradeDimension;
            }
        }
        if (tradeEligible) {
            int kept = 0;
            for (int k = 0; k < dimensions; k++) {
                if (eligible[k] != exports && eligible[k] != imports) {
                    eligible[kept++] = eligible[k];
                }
            }
            dimensions = kept;
        }
        int materialCount = dimensions;
        boolean voting = agreement >= 0 && allPowers(focal, year, agreement, count);
        if (materialCount == 0 && !voting) {
            return;
        }
        // channel 1, material ties: each power's mean share of the reported totals
        double[] material = new double[count];
        double materialLevel = 0;
        if (materialCount > 0) {
            for (int i = 0; i < count; i++) {
                double sum = 0;
                for (int k = 0; k < materialCount; k++) {
                    int d = eligible[k];
                    sum += panel.value(d, year, focal, powerScratch[i]) / panel.total(d, year, focal);
                }
                material[i] = sum / materialCount;
                materialLevel += material[i];
            }
        }
        // channel 2, UN voting: the share of votes agreeing with each power
        double[] votes = new double[count];
        double votingLevel = 0;
        if (voting) {
            for (int i = 0; i < count; i++) {
                votes[i] = panel.value(agreement, year, focal, powerScratch[i]);
                votingLevel += votes[i] / count;
            }
            eligible[dimensions++] = agreement;
        }
        int channels = (materialCount > 0 ? 1 : 0) + (voting ? 1 : 0);
        double[] values = new double[count];
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            sink.clear();
            for (int k = 0; k < materialCount; k++) {
                sink.input(focal, powerScratch[i], eligible[k], false);
                sink.input(focal, focal, eligible[k], true);
            }
            if (voting) {
                sink.input(focal, powerScratch[i], agreement, false);
            }
            values[i] = ((materialCount > 0 ? material[i] : 0) + (voting ? votes[i] : 0)) / channels;
            weights[i] = ((materialCount > 0 ? weight(material, i, materialLevel) : 0)
                            + (voting ? weight(votes, i, votingLevel * count) : 0))
                    / channels;
            sink.emit(Metric.CLOSENESS, -1, powerScratch[i], year, values[i]);
        }
        double level = ((materialCount > 0 ? materialLevel : 0) + (voting ? votingLevel : 0)) / channels;
        double evenness = PowerBalance.evenness(weights);
        sink.clear();
        for (int k = 0; k < dimensions; k++) {
            for (int i = 0; i < count; i++) {
                sink.input(focal, powerScratch[i], eligible[k], false);
            }
            if (eligible[k] != agreement) {
                sink.input(focal, focal, eligible[k], true);
            }
        }
        sink.emit(Metric.CLOSENESS_LEVEL, -1, -1, year, level);
        sink.emit(Metric.EVENNESS, -1, -1, year, evenness);
        List<String> names = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(panel.codes[powerScratch[i]]);
        }
        Balance balance = PowerBalance.classifyWeights(names, weights, level, thresholds);
        System.arraycopy(values, 0, closeness, 0, count);
        sink.balance(year, powerScratch, count, closeness, weights, level, evenness, balance, eligible, dimensions);
    }
}
