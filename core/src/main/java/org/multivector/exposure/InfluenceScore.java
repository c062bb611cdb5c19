package org.multivector.exposure;

import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.World;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reconstruction of the Formal Bilateral Influence Capacity index (FBIC: J. D. Moyer, T. Sweijs,
 * M. J. Burrows and H. Van Manen, <i>Power and Influence in a Globalized World</i>, Atlantic
 * Council, 2018; J. D. Moyer et al., <i>China-US Competition: Measuring Global Influence</i>,
 * Atlantic Council and Pardee Center, 2021) from the dimensions of a multivector dataset.
 *
 * <p>For influencer {@code A} and target {@code B} in a year, seven raw indicators are read:
 * <ol>
 *   <li>economic bandwidth: bilateral goods trade {@code T(B,A)}; FDI stock held by A in B;</li>
 *   <li>political bandwidth: the number of organisations both belong to (plus one when one belongs to the other);</li>
 *   <li>security bandwidth: arms transfers from A to B (SIPRI TIV);</li>
 *   <li>economic dependence: {@code T(B,A) / GDP(B)}; A's share of B's inward FDI stock;</li>
 *   <li>security dependence: A's share of B's arms imports.</li>
 * </ol>
 * Each indicator is divided by its largest value over every ordered pair and year of a reference
 * world (FBIC scales by the largest value over all dyads since 1960) and capped at 1. A sub-index is
 * the mean of its available indicators; bandwidth is the mean of the available economic, political
 * and security bandwidths, dependence the mean of economic and security dependence, and the score the
 * mean of bandwidth and dependence. Missing figures are left out of the means, never taken as zero;
 * with none available the component is NaN. Every deviation from the published index (far fewer
 * indicators, a dataset-relative scale, the aggregation rule) is listed in {@code docs/metrics.md}.
 *
 * <p>An instance holds the reference maxima, so that evolved worlds (scenarios) are scored on the
 * scale of the world they started from: calibrate once, score many.
 */
public final class InfluenceScore {

    static final int TRADE = 0;
    static final int FDI = 1;
    static final int ORGANISATIONS = 2;
    static final int ARMS = 3;
    static final int TRADE_OVER_GDP = 4;
    static final int FDI_SHARE = 5;
    static final int ARMS_SHARE = 6;
    static final int INDICATORS = 7;

    private static final String[] INDICATOR_NAMES = {
        "trade",
        "fdi_stock",
        "shared_organisations",
        "arms_transfers",
        "trade_over_gdp",
        "fdi_stock_share",
        "arms_import_share"
    };

    private final double[] maxima;

    private InfluenceScore(double[] maxima) {
        this.maxima = maxima;
    }

    /** Scales indicators by the largest values found in {@code reference}, read under {@code choice}. */
    public static InfluenceScore calibrate(World reference, BasisChoice choice) {
        return calibrate(TiePanel.of(reference, choice));
    }

    static InfluenceScore calibrate(TiePanel panel) {
        double[] maxima = new double[INDICATORS];
        double[] raw = new double[INDICATORS];
        Indicators indicators = new Indicators(panel);
        for (int year = panel.firstYear; year < panel.firstYear + panel.yearCount; year++) {
            for (int target = 0; target < panel.actorCount; target++) {
                if (target == panel.worldActor) {
                    continue;
                }
                indicators.prepare(target, year);
                for (int influencer = 0; influencer < panel.actorCount; influencer++) {
                    if (influencer == target || influencer == panel.worldActor) {
                        continue;
                    }
                    indicators.read(influencer, raw, null);
                    for (int k = 0; k < INDICATORS; k++) {
                        if (raw[k] > maxima[k]) {
                            maxima[k] = raw[k];
                        }
                    }
                }
                indicators.release();
            }
        }
        return new InfluenceScore(maxima);
    }

    /** The reference maxima by indicator name, for reports and tests. */
    public Map<String, Double> maxima() {
        Map<String, Double> result = new LinkedHashMap<>();
        for (int k = 0; k < INDICATORS; k++) {
            result.put(INDICATOR_NAMES[k], maxima[k]);
        }
        return result;
    }

    /**
     * The influence of {@code influencer} over {@code target} in {@code year} in {@code world} (which
     * may be an evolved copy of the reference), read under {@code choice}. Builds an index of the
     * world first (linear in its figures); for many pairs of one world use {@link #influenceOn}.
     */
    public Influence score(World world, String influencer, String target, int year, BasisChoice choice) {
        return influenceOn(world, target, year, choice)
                .getOrDefault(
                        influencer,
                        new Influence(
                                influencer,
                                target,
                                year,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN,
                                Double.NaN));
    }

    /** The influence of every other actor of {@code world} over {@code target} in {@code year}. */
    public Map<String, Influence> influenceOn(World world, String target, int year, BasisChoice choice) {
        Objects.requireNonNull(world, "world");
        TiePanel panel = TiePanel.of(world, choice);
        int t = panel.actor(target);
        if (t < 0) {
            throw new IllegalArgumentException("unknown actor " + target);
        }
        if (!panel.hasYear(year)) {
            throw new IllegalArgumentException("year " + year + " lies outside the world's years " + world.years());
        }
        Indicators indicators = new Indicators(panel);
        indicators.prepare(t, year);
        double[] raw = new double[INDICATORS];
        double[] parts = new double[PARTS];
        Map<String, Influence> result = new LinkedHashMap<>();
        for (int a = 0; a < panel.actorCount; a++) {
            if (a == t || a == panel.worldActor) {
                continue;
            }
            indicators.read(a, raw, null);
            combine(raw, parts);
            result.put(
                    panel.codes[a],
                    new Influence(
                            panel.codes[a],
                            target,
                            year,
                            parts[ECONOMIC_BANDWIDTH],
                            parts[POLITICAL_BANDWIDTH],
                            parts[SECURITY_BANDWIDTH],
                            parts[BANDWIDTH],
                            parts[ECONOMIC_DEPENDENCE],
                            parts[SECURITY_DEPENDENCE],
                            parts[DEPENDENCE],
                            parts[SCORE]));
        }
        indicators.release();
        return result;
    }

    static final int ECONOMIC_BANDWIDTH = 0;
    static final int POLITICAL_BANDWIDTH = 1;
    static final int SECURITY_BANDWIDTH = 2;
    static final int BANDWIDTH = 3;
    static final int ECONOMIC_DEPENDENCE = 4;
    static final int SECURITY_DEPENDENCE = 5;
    static final int DEPENDENCE = 6;
    static final int SCORE = 7;
    static final int PARTS = 8;

    /** Normalises {@code raw} indicators and aggregates them into the components, written to {@code parts}. */
    void combine(double[] raw, double[] parts) {
        parts[ECONOMIC_BANDWIDTH] = mean(scaled(raw, TRADE), scaled(raw, FDI));
        parts[POLITICAL_BANDWIDTH] = scaled(raw, ORGANISATIONS);
        parts[SECURITY_BANDWIDTH] = scaled(raw, ARMS);
        parts[BANDWIDTH] = mean(parts[ECONOMIC_BANDWIDTH], parts[POLITICAL_BANDWIDTH], parts[SECURITY_BANDWIDTH]);
        parts[ECONOMIC_DEPENDENCE] = mean(scaled(raw, TRADE_OVER_GDP), scaled(raw, FDI_SHARE));
        parts[SECURITY_DEPENDENCE] = scaled(raw, ARMS_SHARE);
        parts[DEPENDENCE] = mean(parts[ECONOMIC_DEPENDENCE], parts[SECURITY_DEPENDENCE]);
        parts[SCORE] = Double.isNaN(parts[BANDWIDTH]) || Double.isNaN(parts[DEPENDENCE])
                ? Double.NaN
                : (parts[BANDWIDTH] + parts[DEPENDENCE]) / 2;
    }

    private double scaled(double[] raw, int k) {
        double value = raw[k];
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (maxima[k] > 0) {
            return Math.min(1, value / maxima[k]);
        }
        return value == 0 ? 0 : 1;
    }

    /** The mean of the values that are not NaN; NaN when both are. */
    private static double mean(double a, double b) {
        boolean hasA = !Double.isNaN(a);
        boolean hasB = !Double.isNaN(b);
        return hasA && hasB ? (a + b) / 2 : hasA ? a : b;
    }

    /** The mean of the values that are not NaN; NaN when all are. */
    private static double mean(double a, double b, double c) {
        double sum = 0;
        int count = 0;
        if (!Double.isNaN(a)) {
            sum += a;
            count++;
        }
        if (!Double.isNaN(b)) {
            sum += b;
            count++;
        }
        if (!Double.isNaN(c)) {
            sum += c;
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    @Override
    public String toString() {
        return "InfluenceScore" + Arrays.toString(maxima);
    }

    /**
     * Reads the raw indicators of every influencer over one target and year from a panel. The target's
     * rows are scattered into dense arrays once ({@link #prepare}), so each influencer costs a few array reads.
     */
    static final class Indicators {

        /** Where a raw indicator came from, for provenance: receives (reporter, partner, dimension, total?). */
        interface Inputs {
            void input(int reporter, int partner, int dimension, boolean total);
        }

        private final TiePanel panel;
        private final int trade;
        private final int exports;
        private final int imports;
        private final int gdp;
        private final int fdi;
        private final int arms;
        private final int membership;
        private final boolean tradeAndGdpComparable;
        private final double[] tradeRow;
        private final double[] exportsRow;
        private final double[] importsRow;
        private final double[] fdiRow;
        private final double[] armsRow;
        private int target = -1;
        private int year;
        private double gdpOfTarget;
        private double fdiTotal;
        private double armsTotal;

        Indicators(TiePanel panel) {
            this.panel = panel;
            trade = panel.dimension(Dimension.TRADE);
            exports = panel.dimension(Dimension.EXPORTS);
            imports = panel.dimension(Dimension.IMPORTS);
            gdp = panel.dimension(Dimension.GDP);
            fdi = panel.dimension(Dimension.FDI_STOCK);
            arms = panel.dimension(Dimension.ARMS_IMPORTS);
            int member = -1;
            for (int d = 0; d < panel.dimensions.length; d++) {
                if (panel.dimensions[d].kind() == org.multivector.world.DimensionKind.MEMBERSHIP) {
                    member = d;
                    break;
                }
            }
            membership = member;
            String tradeUnit = trade >= 0
                    ? panel.dimensions[trade].unit()
                    : exports >= 0
                                    && imports >= 0
                                    && panel.dimensions[exports].unit().equals(panel.dimensions[imports].unit())
                            ? panel.dimensions[exports].unit()
                            : null;
            tradeAndGdpComparable = tradeUnit != null && gdp >= 0 && tradeUnit.equals(panel.dimensions[gdp].unit());
            int n = panel.actorCount;
            tradeRow = nanRow(n);
            exportsRow = nanRow(n);
            importsRow = nanRow(n);
            fdiRow = nanRow(n);
            armsRow = nanRow(n);
        }

        private static double[] nanRow(int n) {
            double[] row = new double[n];
            Arrays.fill(row, Double.NaN);
            return row;
        }

        /** Scatters the target's rows of {@code year}. */
        void prepare(int target, int year) {
            this.target = target;
            this.year = year;
            scatter(trade, tradeRow, true);
            scatter(exports, exportsRow, true);
            scatter(imports, importsRow, true);
            scatter(fdi, fdiRow, true);
            scatter(arms, armsRow, true);
            gdpOfTarget = gdp >= 0 ? panel.self(gdp, year, target) : Double.NaN;
            fdiTotal = fdi >= 0 ? panel.total(fdi, year, target) : Double.NaN;
            armsTotal = arms >= 0 ? panel.total(arms, year, target) : Double.NaN;
        }

        /** Resets the dense arrays for the next target. */
        void release() {
            scatter(trade, tradeRow, false);
            scatter(exports, exportsRow, false);
            scatter(imports, importsRow, false);
            scatter(fdi, fdiRow, false);
            scatter(arms, armsRow, false);
        }

        private void scatter(int dimension, double[] row, boolean fill) {
            if (dimension < 0) {
                return;
            }
            int[] partners = panel.partners(dimension, year, target);
            if (partners == null) {
                return;
            }
            double[] values = panel.values(dimension, year, target);
            for (int i = 0; i < partners.length; i++) {
                row[partners[i]] = fill ? values[i] : Double.NaN;
            }
        }

        /** Bilateral trade of the target with {@code partner}: the trade figure, else exports + imports; NaN when missing. */
        double trade(int partner, Inputs inputs) {
            if (trade >= 0 && !Double.isNaN(tradeRow[partner])) {
                if (inputs != null) {
                    inputs.input(target, partner, trade, false);
                }
                return tradeRow[partner];
            }
            double sum = exports >= 0 && imports >= 0 ? exportsRow[partner] + importsRow[partner] : Double.NaN;
            if (inputs != null && !Double.isNaN(sum)) {
                inputs.input(target, partner, exports, false);
                inputs.input(target, partner, imports, false);
            }
            return sum;
        }

        private void membershipInputs(int actor, long[] organisations, Inputs inputs) {
            if (organisations == null) {
                return;
            }
            for (int w = 0; w < organisations.length; w++) {
                long bits = organisations[w];
                while (bits != 0) {
                    inputs.input(actor, (w << 6) + Long.numberOfTrailingZeros(bits), membership, false);
                    bits &= bits - 1;
                }
            }
        }

        /** Whether trade and GDP are in the same unit, so their ratio means something. */
        boolean tradeAndGdpComparable() {
            return tradeAndGdpComparable;
        }

        /** The raw indicators of {@code influencer} over the prepared target, NaN where missing. */
        void read(int influencer, double[] raw, Inputs inputs) {
            double bilateral = trade(influencer, null);
            raw[TRADE] = bilateral;
            raw[FDI] = fdiRow[influencer];
            int shared = panel.sharedMemberships(year, target, influencer);
            raw[ORGANISATIONS] = shared < 0 ? Double.NaN : shared;
            raw[ARMS] = armsRow[influencer];
            raw[TRADE_OVER_GDP] = tradeAndGdpComparable ? Dependence.ratio(bilateral, gdpOfTarget) : Double.NaN;
            raw[FDI_SHARE] = Dependence.ratio(fdiRow[influencer], fdiTotal);
            raw[ARMS_SHARE] = Dependence.ratio(armsRow[influencer], armsTotal);
            if (inputs != null) {
                if (!Double.isNaN(bilateral)) {
                    trade(influencer, inputs);
                }
                if (!Double.isNaN(raw[FDI])) {
                    inputs.input(target, influencer, fdi, false);
                    inputs.input(target, influencer, fdi, true);
                }
                if (!Double.isNaN(raw[ARMS])) {
                    inputs.input(target, influencer, arms, false);
                    inputs.input(target, influencer, arms, true);
                }
                if (!Double.isNaN(raw[TRADE_OVER_GDP])) {
                    inputs.input(target, target, gdp, false);
                }
                if (membership >= 0 && shared >= 0) {
                    // the memberships compared: every known membership of either side (figures only;
                    // member lists declared in the manifest have no figure behind them)
                    membershipInputs(target, panel.memberships(year, target), inputs);
                    membershipInputs(influencer, panel.memberships(year, influencer), inputs);
                }
            }
        }
    }
}
