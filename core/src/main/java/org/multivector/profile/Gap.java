package org.multivector.profile;

import java.util.OptionalDouble;

/** The relative difference of two figures, in percent of the first; used for source and mirror gaps. */
final class Gap {

    private Gap() {}

    /** {@code (other − base) / |base| × 100}, empty when {@code base} is zero (the gap has no size then). */
    static OptionalDouble percent(double base, double other) {
        if (base == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((other - base) / Math.abs(base) * 100);
    }
}
