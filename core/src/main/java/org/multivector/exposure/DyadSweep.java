package org.multivector.exposure;

import org.multivector.world.BasisChoice;
import org.multivector.world.World;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Every exposure metric for every ordered pair of actors and every year of a world, computed on the
 * same code path as {@link ExposureAnalysis} but aggregated instead of kept: the bulk form used by
 * benchmarks and by analyses that rank many countries at once; and, through {@link #prepare}, the
 * tables of {@code multivector sweep}, one per focal country, written by whichever engine runs it.
 */
public final class DyadSweep {

    private DyadSweep() {}

    /**
     * What a sweep computed.
     *
     * @param values   how many metric values were computed (gaps excluded)
     * @param balances how many (country, year) balances were classified
     * @param checksum the sum of every value, so that no computation can be skipped unseen
     */
    public record Result(long values, long balances, double checksum) {}

    /**
     * Computes every metric of every actor (as the focal country) with every other actor, in every
     * year of the world, and the balance among {@code powers}.
     */
    public static Result run(World world, List<String> powers, BasisChoice basis) {
        Objects.requireNonNull(world, "world");
        if (powers.size() > ExposureAnalysis.MAX_POWERS) {
            throw new IllegalArgumentException(
                    "at most " + ExposureAnalysis.MAX_POWERS + " powers, got " + powers.size());
        }
        TiePanel panel = TiePanel.of(world, basis);
        InfluenceScore influence = InfluenceScore.calibrate(panel);
        Counter counter = new Counter();
        ExposureKernel kernel = new ExposureKernel(panel, influence, BalanceThresholds.DEFAULT, counter);
        int[] everyone = new int[panel.actorCount];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        int[] powerIndex = powers.stream()
                .mapToInt(code -> {
                    int index = panel.actor(code);
                    if (index < 0) {
                        throw new IllegalArgumentException("unknown power " + code);
                    }
                    return index;
                })
                .toArray();
        for (int year = panel.firstYear; year < panel.firstYear + panel.yearCount; year++) {
            for (int focal = 0; focal < panel.actorCount; focal++) {
                if (focal != panel.worldActor) {
                    kernel.run(focal, year, everyone, powerIndex);
                }
            }
        }
        return new Result(counter.values, counter.balances, counter.checksum);
    }

    /** The columns of a country's sweep table ({@link Prepared#csv}). */
    public static final List<String> CSV_HEADER =
            List.of("country", "metric", "dimension", "partner", "year", "value", "label");

    /**
     * Indexes the world and calibrates the influence scale once, for tables of single countries:
     * {@link Prepared#country} gives the values {@link #run} would count for one focal country.
     */
    public static Prepared prepare(World world, List<String> powers, BasisChoice basis) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(basis, "basis");
        if (powers.size() > ExposureAnalysis.MAX_POWERS) {
            throw new IllegalArgumentException(
                    "at most " + ExposureAnalysis.MAX_POWERS + " powers, got " + powers.size());
        }
        TiePanel panel = TiePanel.of(world, basis);
        int[] powerIndex = powers.stream()
                .mapToInt(code -> {
                    int index = panel.actor(code);
                    if (index < 0) {
                        throw new IllegalArgumentException("unknown power " + code);
                    }
                    return index;
                })
                .toArray();
        return new Prepared(panel, InfluenceScore.calibrate(panel), powerIndex);
    }

    /** Receives one country's values in the order the kernel computes them (year by year). */
    public interface Rows {
        /** One metric value; {@code dimension} or {@code partner} is empty when the metric has none. */
        void value(Metric metric, String dimension, String partner, int year, double value);

        /** The balance among the powers in a year. */
        void balance(int year, Balance balance);
    }

    /**
     * A world indexed for the sweep, with its influence scale calibrated on every actor. Immutable
     * once built: {@link #country} may be called from many threads at once.
     */
    public static final class Prepared {
        private final TiePanel panel;
        private final InfluenceScore influence;
        private final int[] powerIndex;
        private final int[] everyone;

        private Prepared(TiePanel panel, InfluenceScore influence, int[] powerIndex) {
            this.panel = panel;
            this.influence = influence;
            this.powerIndex = powerIndex;
            this.everyone = new int[panel.actorCount];
            for (int i = 0; i < everyone.length; i++) {
                everyone[i] = i;
            }
        }

        /** The focal countries of the sweep: every actor of the world but the world total, in the dataset's order. */
        public List<String> countries() {
            List<String> result = new ArrayList<>();
            for (int i = 0; i < panel.actorCount; i++) {
                if (i != panel.worldActor) {
                    result.add(panel.codes[i]);
                }
            }
            return result;
        }

        /** The years covered. */
        public int firstYear() {
            return panel.firstYear;
        }

        public int lastYear() {
            return panel.firstYear + panel.yearCount - 1;
        }

        /** Every metric of {@code country} as the focal country, with every other actor, in every year. */
        public void country(String country, Rows rows) {
            int focal = panel.actor(country);
            if (focal < 0 || focal == panel.worldActor) {
                throw new IllegalArgumentException("unknown country " + country);
            }
            ExposureKernel kernel =
                    new ExposureKernel(panel, influence, BalanceThresholds.DEFAULT, new ExposureKernel.ValuesOnly() {
                        @Override
                        public void emit(Metric metric, int dimension, int partner, int year, double value) {
                            rows.value(
                                    metric,
                                    dimension < 0 ? "" : panel.dimensions[dimension].id(),
                                    partner < 0 ? "" : panel.codes[partner],
                                    year,
                                    value);
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
                                Balance balance,
                                int[] dimensions,
                                int dimensionCount) {
                            rows.balance(year, balance);
                        }
                    });
            for (int year = panel.firstYear; year < panel.firstYear + panel.yearCount; year++) {
                kernel.run(focal, year, everyone, powerIndex);
            }
        }

        /**
         * {@code country}'s table as gzip-compressed CSV ({@link #CSV_HEADER}): one row per value, then
         * one {@code balance} row per classified year (its label, the power it leans to as partner).
         * Values are written in full (the shortest decimal that reads back as the same double), so two
         * engines' tables are equal exactly when their numbers are. The bytes depend on the numbers alone.
         */
        public Table csv(String country) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            long[] count = new long[1];
            try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
                out.write(String.join(",", CSV_HEADER));
                out.write('\n');
                StringBuilder line = new StringBuilder(96);
                List<String> balances = new ArrayList<>();
                IOException[] failure = new IOException[1];
                country(country, new Rows() {
                    @Override
                    public void value(Metric metric, String dimension, String partner, int year, double value) {
                        line.setLength(0);
                        line.append(country)
                                .append(',')
                                .append(metric.id())
                                .append(',')
                                .append(dimension)
                                .append(',')
                                .append(partner)
                                .append(',')
                                .append(year)
                                .append(',')
                                .append(plain(value))
                                .append(",\n");
                        try {
                            out.write(line.toString());
                        } catch (IOException e) {
                            failure[0] = e;
                        }
                        count[0]++;
                    }

                    @Override
                    public void balance(int year, Balance balance) {
                        balances.add(
                                country + ",balance,," + balance.power() + "," + year + ",," + balance.label() + "\n");
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                for (String row : balances) {
                    out.write(row);
                }
                count[0] += balances.size();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compress the sweep table of " + country, e);
            }
            return new Table(country, count[0], bytes.toByteArray());
        }
    }

    /**
     * One country's sweep table.
     *
     * @param rows    how many rows it holds (header excluded)
     * @param csvGzip the gzip-compressed CSV
     */
    public record Table(String country, long rows, byte[] csvGzip) implements java.io.Serializable {}

    /** The shortest plain decimal that reads back as {@code value} (no exponent). */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static final class Counter implements ExposureKernel.ValuesOnly {
        long values;
        long balances;
        double checksum;

        @Override
        public void emit(Metric metric, int dimension, int partner, int year, double value) {
            values++;
            checksum += value;
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
                Balance balance,
                int[] dimensions,
                int dimensionCount) {
            balances++;
            checksum += level + evenness;
        }
    }
}
