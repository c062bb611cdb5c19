package org.multivector.bargaining.deu;

import org.multivector.bargaining.Stakeholder;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A procedural (agenda-setting) model of EU legislation in the spirit of Steunenberg (1994, "Decision
 * making under different institutional arrangements", JITE 150) and Tsebelis &amp; Garrett (2000), as
 * tested on DEU data by Steunenberg &amp; Selck (ch. 3 of Thomson et al., <i>The European Union Decides</i>,
 * 2006): the Commission proposes the point closest to its own position that the decisive actors prefer to
 * the reference point (status quo), and that proposal is adopted. Decisive: a qualified majority of the
 * Council (Treaty of Nice vote weights, 255 of 345 ≈ 73.9 %, taken among the member states that stated a
 * position) under QMV, every member state under unanimity, and under co-decision also the Parliament.
 * An actor prefers x to the status quo when x is no farther from its position (single-peaked, symmetric
 * preferences). No forecast without a reference point or a Commission position.
 *
 * <p>Simplifications, stated: no population or member-count clause of the Nice majority, the Parliament
 * is one actor at its stated position, no conciliation stage, and the scale is searched in steps of 0.5.
 */
public final class ProceduralModel {

    /** Nice qualified-majority threshold as a share of the votes: 255 of 345. */
    public static final double QMV_SHARE = 255.0 / 345.0;

    private ProceduralModel() {}

    /** The adopted proposal, or empty without a reference point or a Commission position. */
    public static OptionalDouble forecast(DeuIssue issue, DeuProcedure procedure) {
        if (issue.referencePoint().isEmpty()) {
            return OptionalDouble.empty();
        }
        double rp = issue.referencePoint().getAsDouble();
        List<Stakeholder> stakeholders = issue.issue().stakeholderList();
        Stakeholder commission = null;
        Stakeholder parliament = null;
        double councilVotes = 0;
        for (Stakeholder s : stakeholders) {
            switch (s.name()) {
                case "com" -> commission = s;
                case "ep" -> parliament = s;
                default -> councilVotes += NiceVotes.of(s.name()).orElse(0.0);
            }
        }
        if (commission == null) {
            return OptionalDouble.empty();
        }
        boolean unanimity = procedure.rule() == DeuProcedure.VotingRule.UNANIMITY;
        boolean codecision = procedure.procedure() == DeuProcedure.Procedure.CODECISION;
        double lo = Math.min(0, Math.min(rp, issue.issue().lowerBound())); // DEU scales run 0-100
        double hi = Math.max(100, Math.max(rp, issue.issue().upperBound()));
        double best = rp;
        double bestDistance = Math.abs(rp - commission.position());
        for (double x = lo; x <= hi + 1e-9; x += 0.5) {
            double distance = Math.abs(x - commission.position());
            if (distance >= bestDistance) {
                continue;
            }
            if (codecision && parliament != null && !prefers(parliament, x, rp)) {
                continue;
            }
            double support = 0;
            boolean everyone = true;
            for (Stakeholder s : stakeholders) {
                if (s == commission || s == parliament) {
                    continue;
                }
                if (prefers(s, x, rp)) {
                    support += NiceVotes.of(s.name()).orElse(0.0);
                } else {
                    everyone = false;
                }
            }
            if (unanimity ? everyone : support >= QMV_SHARE * councilVotes - 1e-9) {
                best = x;
                bestDistance = distance;
            }
        }
        return OptionalDouble.of(best);
    }

    private static boolean prefers(Stakeholder s, double x, double statusQuo) {
        return Math.abs(x - s.position()) <= Math.abs(statusQuo - s.position()) + 1e-9;
    }
}
