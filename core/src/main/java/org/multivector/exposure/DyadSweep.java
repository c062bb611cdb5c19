package org.multivector.exposure;

import org.multivector.world.BasisChoice;
import org.multivector.world.World;

import java.util.List;
import java.util.Objects;

/**
 * Every exposure metric for every ordered pair of actors and every year of a world, computed on the
 * same code path as {@link ExposureAnalysis} but aggregated instead of kept: the bulk form used by
 * benchmarks and by analyses that rank many countries at once.
 */
public final class DyadSweep {

    private DyadSweep() {
    }

    /**
     * What a sweep computed.
     *
     * @param values   how many metric values were computed (gaps excluded)
     * @param balances how many (country, year) balances were classified
     * @param checksum the sum of every value, so that no computation can be skipped unseen
     */
    public record Result(long values, long balances, double checksum) {
    }

    /**
     * Computes every metric of every actor (as the focal country) with every other actor, in every
     * year of the world, and the balance among {@code powers}.
     */
    public static Result run(World world, List<String> powers, BasisChoice basis) {
        Objects.requireNonNull(world, "world");
        if (powers.size() > ExposureAnalysis.MAX_POWERS) {
            throw new IllegalArgumentException("at most " + ExposureAnalysis.MAX_POWERS + " powers, got " + powers.size());
        }
        TiePanel panel = TiePanel.of(world, basis);
        InfluenceScore influence = InfluenceScore.calibrate(panel);
        Counter counter = new Counter();
        ExposureKernel kernel = new ExposureKernel(panel, influence, BalanceThresholds.DEFAULT, counter);
        int[] everyone = new int[panel.actorCount];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        int[] powerIndex = powers.stream().mapToInt(code -> {
            int index = panel.actor(code);
            if (index < 0) {
                throw new IllegalArgumentException("unknown power " + code);
            }
            return index;
        }).toArray();
        for (int year = panel.firstYear; year < panel.firstYear + panel.yearCount; year++) {
            for (int focal = 0; focal < panel.actorCount; focal++) {
                if (focal != panel.worldActor) {
                    kernel.run(focal, year, everyone, powerIndex);
                }
            }
        }
        return new Result(counter.values, counter.balances, counter.checksum);
    }

    private static final class Counter implements ExposureKernel.Sink {
        long values;
        long balances;
        double checksum;

        @Override
        public boolean tracksInputs() {
            return false;
        }

        @Override
        public void input(int reporter, int partner, int dimension, boolean total) {
        }

        @Override
        public void clear() {
        }

        @Override
        public void emit(Metric metric, int dimension, int partner, int year, double value) {
            values++;
            checksum += value;
        }

        @Override
        public void balance(int year, int[] powers, int powerCount, double[] closeness, double[] weights, double level, double evenness,
                            Balance balance, int[] dimensions, int dimensionCount) {
            balances++;
            checksum += level + evenness;
        }
    }
}
