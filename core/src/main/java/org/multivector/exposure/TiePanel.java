package org.multivector.exposure;

import org.multivector.world.Actor;
import org.multivector.world.ActorKind;
import org.multivector.world.Basis;
import org.multivector.world.BasisChoice;
import org.multivector.world.BlocMember;
import org.multivector.world.Dimension;
import org.multivector.world.DimensionKind;
import org.multivector.world.Tie;
import org.multivector.world.World;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dense, index-based view of a {@link World} read under one {@link BasisChoice}, built in two
 * passes over its figures so that the analyses look values up by array index instead of by code.
 *
 * <p>It picks the figure of each pair exactly as {@link World#read} does: the chosen side's figure,
 * else the readable figure of lowest {@link Basis} ordinal. Reported world totals (partner
 * {@code WLD}) are always read on the reporter's basis, as the denominator of every share.
 * Memberships (dimensions of kind {@link DimensionKind#MEMBERSHIP}, and the member lists of blocs
 * and organisations) become one bit set of organisations per actor and year.
 */
final class TiePanel {

    final World world;
    final BasisChoice choice;
    final int actorCount;
    final String[] codes;
    final ActorKind[] kinds;
    final Map<String, Integer> actorIndex = new HashMap<>();
    final int worldActor;
    final Dimension[] dimensions;
    final Map<String, Integer> dimensionIndex = new HashMap<>();
    final int firstYear;
    final int yearCount;

    /** Per cell {@code (dimension, year, reporter)}: partners in ascending index order, and their values. */
    private final int[][] rowPartners;

    private final double[][] rowValues;
    /** Per cell: the reporter's reported world total (reporter basis), NaN when absent. */
    private final double[] totals;
    /** Per cell: the reporter's own (monadic) figure, NaN when absent. */
    private final double[] selfValues;
    /** Per {@code (year, actor)}: bit set of the organisations it belongs to; null when nothing is known. */
    private final long[][] memberships;

    private TiePanel(World world, BasisChoice choice) {
        this.world = world;
        this.choice = choice;
        List<Actor> actors = world.actors();
        actorCount = actors.size();
        codes = new String[actorCount];
        kinds = new ActorKind[actorCount];
        for (int i = 0; i < actorCount; i++) {
            codes[i] = actors.get(i).code();
            kinds[i] = actors.get(i).kind();
            actorIndex.put(codes[i], i);
        }
        worldActor = actorIndex.getOrDefault(Actor.WORLD, -1);
        dimensions = world.dimensions().toArray(new Dimension[0]);
        for (int d = 0; d < dimensions.length; d++) {
            dimensionIndex.put(dimensions[d].id(), d);
        }
        firstYear = world.years().from();
        yearCount = world.years().length();
        int cells = dimensions.length * yearCount * actorCount;
        totals = new double[cells];
        selfValues = new double[cells];
        Arrays.fill(totals, Double.NaN);
        Arrays.fill(selfValues, Double.NaN);
        byte[] totalRank = new byte[cells];
        byte[] selfRank = new byte[cells];
        memberships = new long[yearCount * actorCount][];

        List<Tie> ties = world.ties();
        int tieCount = ties.size();
        int[] tieCell = new int[tieCount];
        int[] tiePartner = new int[tieCount];
        int[] rowSize = new int[cells];
        int words = (actorCount + 63) / 64;
        // pass 1: index every figure, settle totals, own figures and memberships, count row entries
        String lastReporter = null;
        int reporter = -1;
        String lastDimension = null;
        int dimension = -1;
        for (int t = 0; t < tieCount; t++) {
            Tie tie = ties.get(t);
            if (tie.reporter() != lastReporter) {
                lastReporter = tie.reporter();
                reporter = actorIndex.get(lastReporter);
            }
            if (tie.dimension() != lastDimension) {
                lastDimension = tie.dimension();
                dimension = dimensionIndex.get(lastDimension);
            }
            int partner = actorIndex.get(tie.partner());
            int year = tie.year() - firstYear;
            DimensionKind kind = dimensions[dimension].kind();
            int cell = (dimension * yearCount + year) * actorCount + reporter;
            tieCell[t] = -1;
            if (kind == DimensionKind.MEMBERSHIP) {
                long[] bits = memberships[year * actorCount + reporter];
                if (bits == null) {
                    bits = memberships[year * actorCount + reporter] = new long[words];
                }
                if (tie.value() > 0) {
                    bits[partner >>> 6] |= 1L << partner;
                }
                continue;
            }
            if (partner == worldActor) {
                int rank = rank(tie.basis(), BasisChoice.REPORTER, kind);
                if (rank > 0 && (totalRank[cell] == 0 || rank < totalRank[cell])) {
                    totals[cell] = tie.value();
                    totalRank[cell] = (byte) rank;
                }
                continue;
            }
            int rank = rank(tie.basis(), choice, kind);
            if (rank <= 0) {
                continue;
            }
            if (partner == reporter) {
                if (selfRank[cell] == 0 || rank < selfRank[cell]) {
                    selfValues[cell] = tie.value();
                    selfRank[cell] = (byte) rank;
                }
                continue;
            }
            tieCell[t] = cell;
            tiePartner[t] = partner;
            rowSize[cell]++;
        }
        // pass 2: fill the rows, then order each by partner keeping the best-ranked figure of a pair
        long[][] rowKeys = new long[cells][];
        int[] filled = new int[cells];
        for (int t = 0; t < tieCount; t++) {
            int cell = tieCell[t];
            if (cell < 0) {
                continue;
            }
            long[] keys = rowKeys[cell];
            if (keys == null) {
                keys = rowKeys[cell] = new long[rowSize[cell]];
            }
            Tie tie = ties.get(t);
            int rank = rank(tie.basis(), choice, dimensions[cell / (yearCount * actorCount)].kind());
            keys[filled[cell]++] = ((long) tiePartner[t] << 40) | ((long) rank << 32) | t;
        }
        rowPartners = new int[cells][];
        rowValues = new double[cells][];
        for (int cell = 0; cell < cells; cell++) {
            long[] keys = rowKeys[cell];
            if (keys == null) {
                continue;
            }
            Arrays.sort(keys);
            int[] partners = new int[keys.length];
            double[] values = new double[keys.length];
            int size = 0;
            int previous = -1;
            for (long key : keys) {
                int partner = (int) (key >>> 40);
                if (partner == previous) {
                    continue;
                }
                previous = partner;
                partners[size] = partner;
                values[size++] = ties.get((int) (key & 0xFFFF_FFFFL)).value();
            }
            rowPartners[cell] = size == partners.length ? partners : Arrays.copyOf(partners, size);
            rowValues[cell] = size == values.length ? values : Arrays.copyOf(values, size);
        }
        // member lists of blocs and organisations
        for (int o = 0; o < actorCount; o++) {
            for (BlocMember member : actors.get(o).members()) {
                Integer m = actorIndex.get(member.code());
                if (m == null) {
                    continue;
                }
                for (int year = 0; year < yearCount; year++) {
                    if (member.holdsIn(firstYear + year)) {
                        long[] bits = memberships[year * actorCount + m];
                        if (bits == null) {
                            bits = memberships[year * actorCount + m] = new long[words];
                        }
                        bits[o >>> 6] |= 1L << o;
                    }
                }
            }
        }
    }

    /** The panel of {@code world} under {@code choice}. */
    static TiePanel of(World world, BasisChoice choice) {
        return new TiePanel(world, choice);
    }

    /** 1 for the chosen side, 2 + ordinal for another readable basis, 0 when not readable. */
    private static int rank(Basis basis, BasisChoice choice, DimensionKind kind) {
        if (!choice.reads(basis, kind)) {
            return 0;
        }
        Basis preferred = choice == BasisChoice.MIRROR ? Basis.MIRROR : Basis.REPORTER;
        return basis == preferred ? 1 : 2 + basis.ordinal();
    }

    int dimension(String id) {
        return dimensionIndex.getOrDefault(id, -1);
    }

    int actor(String code) {
        return actorIndex.getOrDefault(code, -1);
    }

    boolean hasYear(int year) {
        return year >= firstYear && year < firstYear + yearCount;
    }

    private int cell(int dimension, int year, int reporter) {
        return (dimension * yearCount + (year - firstYear)) * actorCount + reporter;
    }

    /** The partners of {@code reporter} with a figure, ascending; null when none. */
    int[] partners(int dimension, int year, int reporter) {
        return rowPartners[cell(dimension, year, reporter)];
    }

    /** The values matching {@link #partners}. */
    double[] values(int dimension, int year, int reporter) {
        return rowValues[cell(dimension, year, reporter)];
    }

    /** The figure of the pair, NaN when absent. */
    double value(int dimension, int year, int reporter, int partner) {
        int cell = cell(dimension, year, reporter);
        int[] partners = rowPartners[cell];
        if (partners == null) {
            return Double.NaN;
        }
        int at = Arrays.binarySearch(partners, partner);
        return at >= 0 ? rowValues[cell][at] : Double.NaN;
    }

    /** The reporter's reported world total, NaN when absent. */
    double total(int dimension, int year, int reporter) {
        return totals[cell(dimension, year, reporter)];
    }

    /** The reporter's own figure (GDP), NaN when absent. */
    double self(int dimension, int year, int reporter) {
        return selfValues[cell(dimension, year, reporter)];
    }

    /** The organisations {@code actor} belongs to in {@code year}, or null when the world says nothing about it. */
    long[] memberships(int year, int actor) {
        return memberships[(year - firstYear) * actorCount + actor];
    }

    /**
     * How many organisations both actors belong to in {@code year}, plus one when one of them is an
     * organisation the other belongs to; -1 when the memberships of either are unknown.
     */
    int sharedMemberships(int year, int a, int b) {
        long[] first = memberships(year, a);
        long[] second = memberships(year, b);
        boolean aInB = first != null && (first[b >>> 6] & (1L << b)) != 0;
        boolean bInA = second != null && (second[a >>> 6] & (1L << a)) != 0;
        if (first == null || second == null) {
            return aInB || bInA ? 1 : -1;
        }
        int shared = 0;
        for (int w = 0; w < first.length; w++) {
            shared += Long.bitCount(first[w] & second[w]);
        }
        return shared + (aInB || bInA ? 1 : 0);
    }
}
