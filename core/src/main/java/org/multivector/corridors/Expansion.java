package org.multivector.corridors;

/** New capacity to test: more on an existing link, a proposed link built, or a link not in the data. */
public sealed interface Expansion {

    /** A short description for reports. */
    String label();

    /**
     * Adds {@code amount} (in the commodity's unit per year) to link {@code link}; a proposed link is
     * built with capacity {@code amount}. A link without a binding capacity stays without one.
     */
    record AddCapacity(String link, double amount) implements Expansion {
        public AddCapacity {
            if (!(amount > 0)) {
                throw new IllegalArgumentException("added capacity must be positive, got " + amount);
            }
            if (amount > Commodity.MAX_QUANTITY) {
                throw new IllegalArgumentException("added capacity must not exceed 1e9, got " + amount);
            }
        }

        @Override
        public String label() {
            return "add " + amount + " to " + link;
        }
    }

    /** A link that is not in the data at all (its nodes must be). */
    record NewLink(CorridorLink link) implements Expansion {
        @Override
        public String label() {
            return "new link " + link.id();
        }
    }
}
