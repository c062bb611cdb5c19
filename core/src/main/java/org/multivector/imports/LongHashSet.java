package org.multivector.imports;

import java.util.Arrays;

/** A set of longs in one open-addressing array: 8 bytes a key at most twice over, no boxing. */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = new long[1 << 10];
    private int size;

    LongHashSet() {
        Arrays.fill(slots, EMPTY);
    }

    /** Adds {@code key}; false when it was there already. {@code Long.MIN_VALUE} is not allowed. */
    boolean add(long key) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        return true;
    }

    boolean contains(long key) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
