package org.multivector.bargaining.deu;

import org.multivector.bargaining.Stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A family of forecasts around the compromise model (the capability × salience weighted mean of the
 * positions; van den Bos 1991, Achen 2006 in Thomson et al., <i>The European Union Decides</i>, 2006), with
 * the knobs the DEU literature argues about:
 * <ul>
 *   <li>capability and salience transforms: weight = capability<sup>a</sup> × salience<sup>b</sup>
 *       (a = b = 1 is the compromise model; a = 0 ignores power);</li>
 *   <li>procedural weights: the Commission's weight times {@code commission}; the Parliament's times
 *       {@code parliamentCodecision} under co-decision, where it is a co-legislator, and times
 *       {@code parliamentConsultation} under consultation, where it only gives an opinion;</li>
 *   <li>shrinkage toward the reference point (status quo): (1 − λ) forecast + λ rp where rp is recorded
 *       (inertia; the Council under unanimity is often said to stick to it);</li>
 *   <li>a hybrid with the {@link ProceduralModel}: (1 − h) forecast + h procedural, where that model
 *       has a forecast;</li>
 *   <li>snapping: when some actor's position lies within δ of the forecast, the forecast moves to it
 *       (decisions often adopt a stated position rather than a point between them).</li>
 * </ul>
 * The parameters are meant to be chosen on one part of the proposals and scored on the other
 * ({@link DeuCrossValidation}); scored on the data they were chosen on they flatter themselves.
 */
public final class CompromiseFamily {

    /**
     * One member of the family.
     *
     * @param capabilityExponent      a in capability<sup>a</sup>
     * @param salienceExponent        b in salience<sup>b</sup>
     * @param commission              factor on the Commission's weight
     * @param parliamentCodecision    factor on the Parliament's weight under co-decision
     * @param parliamentConsultation  factor on the Parliament's weight under consultation (and unrecorded procedures)
     * @param shrink                  λ, the pull toward the reference point, 0–1
     * @param procedural              h, the weight of the procedural model's forecast, 0–1
     * @param snap                    δ, the distance within which the forecast moves to the nearest position (0: never)
     */
    public record Parameters(
            double capabilityExponent,
            double salienceExponent,
            double commission,
            double parliamentCodecision,
            double parliamentConsultation,
            double shrink,
            double procedural,
            double snap) {

        /** The compromise model itself: capability × salience, no adjustment. */
        public static final Parameters COMPROMISE = new Parameters(1, 1, 1, 1, 1, 0, 0, 0);

        public Parameters {
            if (!(capabilityExponent >= 0)
                    || !(salienceExponent >= 0)
                    || !(commission >= 0)
                    || !(parliamentCodecision >= 0)
                    || !(parliamentConsultation >= 0)
                    || !(shrink >= 0 && shrink <= 1)
                    || !(procedural >= 0 && procedural <= 1)
                    || !(snap >= 0)) {
                throw new IllegalArgumentException("parameters out of range: " + this);
            }
        }

        /** A compact label, e.g. {@code a=0.5 b=0.5 com=1 epCOD=1 epCNS=1 rp=0 proc=0 snap=0}. */
        public String label() {
            return "a=" + n(capabilityExponent) + " b=" + n(salienceExponent) + " com=" + n(commission) + " epCOD="
                    + n(parliamentCodecision) + " epCNS=" + n(parliamentConsultation) + " rp=" + n(shrink) + " proc="
                    + n(procedural) + " snap=" + n(snap);
        }

        private static String n(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }

    private CompromiseFamily() {}

    /** The grid {@link DeuCrossValidation} searches (11,664 members, the compromise model among them). */
    public static List<Parameters> grid() {
        List<Parameters> grid = new ArrayList<>();
        for (double a : new double[] {0, 0.25, 0.5, 0.75, 1, 1.5}) {
            for (double b : new double[] {0, 0.5, 1, 2}) {
                for (double com : new double[] {0.5, 1, 2}) {
                    for (double epCod : new double[] {0.5, 1, 2}) {
                        for (double epCns : new double[] {0.5, 1}) {
                            for (double shrink : new double[] {0, 0.1, 0.2}) {
                                for (double procedural : new double[] {0, 0.15, 0.3}) {
                                    for (double snap : new double[] {0, 5, 10}) {
                                        grid.add(new Parameters(a, b, com, epCod, epCns, shrink, procedural, snap));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(grid);
    }

    /**
     * The smaller grid of capability and salience exponents only (a in 0, 0.25, 0.5, 0.75, 1, 1.5; b in
     * 0, 0.5, 1, 2; 24 members): fewer knobs, less room to fit noise.
     */
    public static List<Parameters> transformsGrid() {
        return grid().stream()
                .filter(p -> p.commission() == 1
                        && p.parliamentCodecision() == 1
                        && p.parliamentConsultation() == 1
                        && p.shrink() == 0
                        && p.procedural() == 0
                        && p.snap() == 0)
                .toList();
    }

    /**
     * The forecast of {@code p} on {@code issue}. When every weight is zero (no one with salience), the
     * unweighted mean of the positions.
     */
    public static double forecast(DeuIssue issue, DeuProcedure procedure, Parameters p) {
        return adjust(
                issue, procedure, p, weightedMean(issue, procedure, p), ProceduralModel.forecast(issue, procedure));
    }

    /** The transformed, procedurally weighted mean before shrinkage, hybrid and snapping. */
    static double weightedMean(DeuIssue issue, DeuProcedure procedure, Parameters p) {
        double top = 0;
        double bottom = 0;
        double plain = 0;
        List<Stakeholder> stakeholders = issue.issue().stakeholderList();
        for (Stakeholder s : stakeholders) {
            double w = s.salience() > 0 && s.capability() > 0
                    ? Math.pow(s.capability(), p.capabilityExponent())
                            * Math.pow(s.salience(), p.salienceExponent())
                            * factor(s.name(), procedure, p)
                    : 0;
            top += w * s.position();
            bottom += w;
            plain += s.position();
        }
        return bottom > 0 ? top / bottom : plain / stakeholders.size();
    }

    /** Shrinkage, hybrid and snapping applied to a weighted mean. */
    static double adjust(
            DeuIssue issue, DeuProcedure procedure, Parameters p, double mean, OptionalDouble proceduralForecast) {
        double x = mean;
        if (p.procedural() > 0 && proceduralForecast.isPresent()) {
            x = (1 - p.procedural()) * x + p.procedural() * proceduralForecast.getAsDouble();
        }
        if (p.shrink() > 0 && issue.referencePoint().isPresent()) {
            x = (1 - p.shrink()) * x + p.shrink() * issue.referencePoint().getAsDouble();
        }
        if (p.snap() > 0) {
            double nearest = x;
            double distance = Double.POSITIVE_INFINITY;
            for (Stakeholder s : issue.issue().stakeholderList()) {
                double d = Math.abs(s.position() - x);
                if (d < distance) {
                    distance = d;
                    nearest = s.position();
                }
            }
            if (distance <= p.snap()) {
                x = nearest;
            }
        }
        return x;
    }

    private static double factor(String actor, DeuProcedure procedure, Parameters p) {
        return switch (actor) {
            case "com" -> p.commission();
            case "ep" ->
                procedure.procedure() == DeuProcedure.Procedure.CODECISION
                        ? p.parliamentCodecision()
                        : p.parliamentConsultation();
            default -> 1.0;
        };
    }
}
