package org.multivector.bargaining.deu;

import org.multivector.bargaining.Stakeholder;

import java.util.List;

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
        if (actor.equals("com") || actor.equals("ep")) {
            return NiceVotes.largest();
        }
        return NiceVotes.of(actor)
                .orElseThrow(
                        () -> new IllegalArgumentException("no Council vote weight for DEU actor '" + actor + "'"));
    }
}
