package org.multivector.bargaining.deu;

/**
 * How the EU decided a DEU III issue: the proposal it belongs to (several issues share one legislative
 * proposal, so a fair out-of-sample split keeps them together), the legislative procedure and the
 * Council's voting rule (columns {@code prnr}, {@code proc}, {@code counvte} of Arregui &amp; Perarnaud 2021).
 *
 * @param proposal  the proposal identifier ({@code prnr}); the issue's own identifier where the column is absent
 * @param procedure co-decision, consultation, or unrecorded
 * @param rule      qualified majority, unanimity, or unrecorded
 */
public record DeuProcedure(String proposal, Procedure procedure, VotingRule rule) {

    /** The legislative procedure. */
    public enum Procedure {
        /** Ordinary legislative procedure (co-decision, {@code COD}): the Parliament is a co-legislator. */
        CODECISION,
        /** Consultation ({@code CNS}): the Parliament gives an opinion, the Council decides. */
        CONSULTATION,
        /** Not recorded in the file, or another code. */
        UNRECORDED;

        static Procedure parse(String code) {
            return switch (code.strip()) {
                case "COD" -> CODECISION;
                case "CNS" -> CONSULTATION;
                default -> UNRECORDED;
            };
        }
    }

    /** The Council's voting rule. */
    public enum VotingRule {
        /** Qualified majority ({@code QMV}, also {@code QMV(10)}). */
        QUALIFIED_MAJORITY,
        /** Unanimity ({@code Unan}). */
        UNANIMITY,
        /** Not recorded in the file, or another code. */
        UNRECORDED;

        static VotingRule parse(String code) {
            String c = code.strip();
            if (c.startsWith("QMV")) {
                return QUALIFIED_MAJORITY;
            }
            return c.startsWith("Unan") ? UNANIMITY : UNRECORDED;
        }
    }

    /** An issue of its own proposal whose procedure is not recorded. */
    public static DeuProcedure unrecorded(String issueId) {
        return new DeuProcedure(issueId, Procedure.UNRECORDED, VotingRule.UNRECORDED);
    }
}
