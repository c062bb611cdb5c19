package org.multivector.strategy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A policy: a value for each lever it sets; levers it does not name stay at their status quo.
 *
 * @param name     how reports call it
 * @param leverMap lever name → value
 */
public record Policy(String name, Map<String, Double> leverMap) {

    public Policy {
        Objects.requireNonNull(name, "name");
        leverMap = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leverMap));
    }

    /** The status quo: every lever at its baseline. */
    public static Policy statusQuo() {
        return new Policy("status-quo", Map.of());
    }
}
