package org.multivector.spark;

import org.apache.spark.api.java.JavaRDD;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Collects an RDD's partitions to the driver in waves of as many partitions as the cluster has cores,
 * in partition order: the driver hears results while the job goes on (a store keeps them as they
 * come), and a stop request is honoured between waves. A partition that fails is recomputed by
 * Spark; since every task here is a pure function of its inputs, a retry changes nothing.
 */
final class Waves {

    private Waves() {}

    /** Hands every element of the first waves' partitions to {@code each}, until done or {@code stop} turns true. */
    static <T> void collect(JavaRDD<T> rdd, int partitions, int cores, BooleanSupplier stop, Consumer<T> each) {
        int wave = Math.max(1, cores);
        for (int first = 0; first < partitions && !stop.getAsBoolean(); first += wave) {
            int[] ids = new int[Math.min(wave, partitions - first)];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = first + k;
            }
            List<T>[] collected = rdd.collectPartitions(ids);
            for (List<T> partition : collected) {
                partition.forEach(each);
            }
        }
    }

    /** Cuts {@code items} into {@code count} contiguous slices of near-equal size. */
    static int[][] slices(int[] items, int count) {
        int[][] result = new int[count][];
        for (int s = 0; s < count; s++) {
            int from = (int) ((long) items.length * s / count);
            int to = (int) ((long) items.length * (s + 1) / count);
            result[s] = java.util.Arrays.copyOfRange(items, from, to);
        }
        return result;
    }
}
