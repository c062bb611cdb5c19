package org.multivector.corridors;

import java.util.OptionalDouble;

/**
 * The flow on one link over the year.
 *
 * @param capacity        annual capacity as built (before disruptions), empty when not binding
 * @param availableCapacity capacity left over the year once disruptions are counted for their duration
 */
public record LinkFlow(
        String link, double flow, double baselineFlow, OptionalDouble capacity, OptionalDouble availableCapacity) {

    /** Share of the available capacity used, when there is one. */
    public OptionalDouble utilisation() {
        return availableCapacity.isPresent() && availableCapacity.getAsDouble() > 0
                ? OptionalDouble.of(flow / availableCapacity.getAsDouble())
                : OptionalDouble.empty();
    }
}
