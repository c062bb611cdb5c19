package org.multivector.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * The focal country's hedging rule: how it shifts effort between powers as their influence moves.
 * Under {@link Rule#EQUAL_CLOSENESS} it raises ties with powers whose influence share is below an
 * equal share and lowers ties with those above it; raising is quick ({@code raiseSpeed}) and cutting
 * slow ({@code cutSpeed}), within [{@code minMultiplier}, {@code maxMultiplier}] of the ties it
 * would otherwise have. See docs/model.md, "Hedging".
 */
public record HedgingPolicy(
        Rule rule, Quantity raiseSpeed, Quantity cutSpeed, Quantity minMultiplier, Quantity maxMultiplier) {

    public HedgingPolicy {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(raiseSpeed, "raiseSpeed");
        Objects.requireNonNull(cutSpeed, "cutSpeed");
        Objects.requireNonNull(minMultiplier, "minMultiplier");
        Objects.requireNonNull(maxMultiplier, "maxMultiplier");
    }

    /** No hedging: ties follow the powers' engagement alone. */
    public static HedgingPolicy none() {
        return new HedgingPolicy(Rule.NONE, Quantity.of(0), Quantity.of(0), Quantity.of(1), Quantity.of(1));
    }

    /** The kinds of rule. */
    public enum Rule {
        /** Ties follow the powers' engagement; the focal country does not steer. */
        NONE,
        /** Steer toward equal influence shares of all powers (equal closeness). */
        EQUAL_CLOSENESS;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Rule fromFileName(String text) {
            for (Rule rule : values()) {
                if (rule.fileName().equals(text)) {
                    return rule;
                }
            }
            return null;
        }
    }
}
