package org.multivector.corridors;

/**
 * A capacity what-if listed in the network file: add {@code amount} to link {@code link} (or build it,
 * when the link is proposed).
 */
public record ExpansionOption(String id, String commodity, String link, double amount, String note) {

    /** The option as an expansion to allocate with. */
    public Expansion toExpansion() {
        return new Expansion.AddCapacity(link, amount);
    }
}
