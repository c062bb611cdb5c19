package org.multivector.bargaining.deu;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * The member states' Council votes under qualified majority as weighted by the Treaty of Nice (2001;
 * Protocol on the enlargement of the European Union, Art. 3, as amended by the 2003 and 2005 Acts of
 * Accession and, for Croatia, the 2012 Treaty of Accession), keyed by the DEU III actor codes. One
 * table for the two uses: the {@link CapabilityMeasure#COUNCIL_VOTES} capabilities and the Council
 * majority of the {@link ProceduralModel}. 345 votes in all for the 27 states of 2007; Croatia's 7
 * came with its accession in 2013.
 */
final class NiceVotes {

    private static final Map<String, Double> VOTES = Map.ofEntries(
            Map.entry("de", 29.0),
            Map.entry("fr", 29.0),
            Map.entry("it", 29.0),
            Map.entry("uk", 29.0),
            Map.entry("es", 27.0),
            Map.entry("pl", 27.0),
            Map.entry("ro", 14.0),
            Map.entry("nl", 13.0),
            Map.entry("be", 12.0),
            Map.entry("cz", 12.0),
            Map.entry("el", 12.0),
            Map.entry("hu", 12.0),
            Map.entry("pt", 12.0),
            Map.entry("at", 10.0),
            Map.entry("bu", 10.0),
            Map.entry("se", 10.0),
            Map.entry("dk", 7.0),
            Map.entry("ie", 7.0),
            Map.entry("lt", 7.0),
            Map.entry("sk", 7.0),
            Map.entry("fi", 7.0),
            Map.entry("cr", 7.0),
            Map.entry("cy", 4.0),
            Map.entry("ee", 4.0),
            Map.entry("lv", 4.0),
            Map.entry("lu", 4.0),
            Map.entry("si", 4.0),
            Map.entry("mt", 3.0));

    private NiceVotes() {}

    /** The member state's votes; empty for an actor that is not a member state (Commission, Parliament). */
    static OptionalDouble of(String actor) {
        Double votes = VOTES.get(actor);
        return votes == null ? OptionalDouble.empty() : OptionalDouble.of(votes);
    }

    /** The votes of the largest member states (Germany, France, Italy, the United Kingdom). */
    static double largest() {
        return 29.0;
    }
}
