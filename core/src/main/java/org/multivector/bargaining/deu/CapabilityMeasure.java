package org.multivector.bargaining.deu;

import org.multivector.bargaining.Stakeholder;

import java.util.List;
import java.util.Map;

/**
 * How DEU III actors' capabilities are measured. The forecasts depend on it by a point or two of MAE,
 * so the validation reports each.
 */
public enum CapabilityMeasure {

    /** The weights on the data file's second line (relative GDP; Commission and Parliament 4.1). */
    DATASET,

    /**
     * Council votes under qualified majority as weighted by the Treaty of Nice (2001; Protocol on the
     * enlargement of the European Union, Art. 3, as amended by the 2003 and 2005 Acts of Accession and,
     * for Croatia, the 2012 Treaty of Accession): Germany, France, Italy, UK 29; Spain, Poland 27;
     * Romania 14; Netherlands 13; Belgium, Czechia, Greece, Hungary, Portugal 12; Austria, Bulgaria,
     * Sweden 10; Denmark, Ireland, Lithuania, Slovakia, Finland, Croatia 7; Cyprus, Estonia, Latvia,
     * Luxembourg, Slovenia 4; Malta 3. Commission and Parliament are given 29, the largest state's
     * weight (the convention used with the data set's published baselines).
     */
    COUNCIL_VOTES,

    /** Every actor the same capability. */
    EQUAL;

    private static final Map<String, Double> NICE_VOTES = Map.ofEntries(
            Map.entry("com", 29.0),
            Map.entry("ep", 29.0),
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

    /** The issue with its stakeholders' capabilities replaced by this measure's. */
    public DeuIssue apply(DeuIssue issue) {
        if (this == DATASET) {
            return issue;
        }
        List<Stakeholder> changed = issue.issue().stakeholderList().stream()
                .map(s -> s.withCapability(capability(s.name())))
                .toList();
        return new DeuIssue(
                issue.id(),
                issue.issue().withStakeholders(changed),
                issue.referencePoint(),
                issue.outcome(),
                issue.yesNo());
    }

    private double capability(String actor) {
        if (this == EQUAL) {
            return 1.0;
        }
        Double votes = NICE_VOTES.get(actor);
        if (votes == null) {
            throw new IllegalArgumentException("no Council vote weight for DEU actor '" + actor + "'");
        }
        return votes;
    }
}
