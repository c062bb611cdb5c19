package org.multivector.bargaining;

import org.multivector.work.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A focal actor's room to manoeuvre on an issue: the positions it can hold such that no other actor
 * expects to gain from challenging it, i.e. every challenger's expected utility EU_j(j challenges focal),
 * priced with the challenger's own risk exponent from that configuration's risk step, is at most zero
 * (BDM's condition for "no credible challenge"; equations in docs/bargaining.md).
 *
 * <p>Found by scanning a grid of {@value #GRID} points over the scale and refining each boundary by
 * bisection to 1e-9 of the range. Intervals narrower than the refinement (isolated safe points, such as
 * sitting exactly on another actor's position, where that actor gains nothing from a challenge) are
 * dropped.
 *
 * @param focal      the focal actor
 * @param variant    the model variant whose expected utilities decide
 * @param scaleMin   lower end of the scale scanned
 * @param scaleMax   upper end of the scale scanned
 * @param intervalList the safe intervals, in order
 */
public record ManoeuvreRoom(
        String focal, Variant variant, Test test, double scaleMin, double scaleMax, List<Interval> intervalList) {

    /** What makes a position safe. */
    public enum Test {
        /**
         * No actor has a credible challenge: the focal actor, placed there, receives no offer it would accept
         * (no confrontation it loses, no compromise, no capitulation) — the model's own rule for when an
         * actor is moved. An actor that expects to gain but less than the focal actor would gain from the
         * reverse challenge does not move it.
         */
        NO_CREDIBLE_CHALLENGE,
        /** No actor expects any gain from challenging the focal actor (EU_j(j, focal) ≤ 0 for all j, priced with j's own r). Much stricter. */
        NO_EXPECTED_GAIN
    }

    /** Grid points scanned across the scale before refinement. */
    public static final int GRID = 401;

    /**
     * The variant used when none is named: Masad's pairwise probability of success, under which the
     * chance of winning a challenge actually depends on who supports whom. Under the Scholz-code variant
     * P is a tiny constant share of one global sum, so whether a challenge pays hardly depends on
     * capabilities (see docs/bargaining.md) and the room would barely respond to a power's engagement.
     */
    public static final Variant DEFAULT_VARIANT = Variant.MASAD;

    public ManoeuvreRoom {
        Objects.requireNonNull(focal, "focal");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(test, "test");
        intervalList = List.copyOf(intervalList);
    }

    /** Total width of the safe intervals, in scale units. */
    public double totalWidth() {
        return intervalList.stream().mapToDouble(Interval::width).sum();
    }

    /** Total width as a share of the scale. */
    public double share() {
        return totalWidth() / (scaleMax - scaleMin);
    }

    /** The room of {@code focal} on {@code issue} under {@link #DEFAULT_VARIANT}. */
    public static ManoeuvreRoom of(Issue issue, String focal) {
        return of(issue, focal, DEFAULT_VARIANT);
    }

    /** The room of {@code focal} on {@code issue} under {@code variant}. */
    public static ManoeuvreRoom of(Issue issue, String focal, Variant variant) {
        return of(issue, focal, variant, Test.NO_CREDIBLE_CHALLENGE);
    }

    /** The room of {@code focal} on {@code issue} under {@code variant} and the given safety test. */
    public static ManoeuvreRoom of(Issue issue, String focal, Variant variant, Test test) {
        return of(issue, focal, variant, test, Cancellation.NEVER);
    }

    /**
     * As {@link #of(Issue, String, Variant, Test)}, checking {@code cancellation} before each probe
     * (each costs one round of offers, O(n²) to O(n³)).
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    public static ManoeuvreRoom of(Issue issue, String focal, Variant variant, Test test, Cancellation cancellation) {
        int f = issue.indexOf(focal);
        if (f < 0) {
            throw new IllegalArgumentException("no stakeholder named '" + focal + "' in issue " + issue.name());
        }
        double lo = issue.lowerBound();
        double hi = issue.upperBound();
        if (!(hi > lo)) {
            return new ManoeuvreRoom(focal, variant, test, lo, hi, List.of());
        }
        Probe probe = new Probe(issue, f, variant, test, hi - lo, cancellation);
        double step = (hi - lo) / (GRID - 1);
        boolean[] safe = new boolean[GRID];
        for (int g = 0; g < GRID; g++) {
            safe[g] = probe.safe(lo + g * step);
        }
        List<Interval> intervals = new ArrayList<>();
        double tolerance = 1e-9 * (hi - lo);
        int g = 0;
        while (g < GRID) {
            if (!safe[g]) {
                g++;
                continue;
            }
            int start = g;
            while (g + 1 < GRID && safe[g + 1]) {
                g++;
            }
            double from = start == 0 ? lo : probe.boundary(lo + (start - 1) * step, lo + start * step, tolerance);
            double to = g == GRID - 1 ? hi : probe.boundary(lo + (g + 1) * step, lo + g * step, tolerance);
            if (to - from > tolerance) {
                intervals.add(new Interval(from, to));
            }
            g++;
        }
        return new ManoeuvreRoom(focal, variant, test, lo, hi, intervals);
    }

    /** What to scale on the varied actor. */
    public enum Lever {
        CAPABILITY,
        SALIENCE
    }

    /** One point of a curve: the factor applied and the room that results. */
    public record Point(double factor, ManoeuvreRoom room) {}

    /**
     * The room of {@code focal} as {@code varied}'s capability or salience is multiplied by each factor
     * (salience clamped to 1): how engagement by one power widens or narrows the focal actor's options.
     */
    public static List<Point> curve(
            Issue issue, String focal, String varied, Lever lever, double[] factors, Variant variant) {
        return curve(issue, focal, varied, lever, factors, variant, Test.NO_CREDIBLE_CHALLENGE);
    }

    /** As {@link #curve(Issue, String, String, Lever, double[], Variant)} with the given safety test. */
    public static List<Point> curve(
            Issue issue, String focal, String varied, Lever lever, double[] factors, Variant variant, Test test) {
        return curve(issue, focal, varied, lever, factors, variant, test, Cancellation.NEVER);
    }

    /**
     * As {@link #curve(Issue, String, String, Lever, double[], Variant, Test)}, checking
     * {@code cancellation} before every probe of every factor.
     *
     * @throws org.multivector.work.ComputationCancelledException when stopped
     */
    public static List<Point> curve(
            Issue issue,
            String focal,
            String varied,
            Lever lever,
            double[] factors,
            Variant variant,
            Test test,
            Cancellation cancellation) {
        if (issue.indexOf(varied) < 0) {
            throw new IllegalArgumentException("no stakeholder named '" + varied + "' in issue " + issue.name());
        }
        List<Point> points = new ArrayList<>();
        for (double factor : factors) {
            Issue scaled = issue.with(
                    varied,
                    s -> lever == Lever.CAPABILITY
                            ? s.withCapability(s.capability() * factor)
                            : s.withSalience(Math.min(1.0, s.salience() * factor)));
            points.add(new Point(factor, of(scaled, focal, variant, test, cancellation)));
        }
        return points;
    }

    /** Evaluates the no-challenge condition with the focal actor moved to a trial position. */
    private static final class Probe {
        private final double[] positions;
        private final int focal;
        private final RoundEngine engine;
        private final double range;
        private final Test test;
        private final Cancellation cancellation;

        Probe(Issue issue, int focal, Variant variant, Test test, double range, Cancellation cancellation) {
            this.test = test;
            this.cancellation = cancellation;
            this.positions = issue.positions();
            this.focal = focal;
            this.range = range;
            this.engine = ExpectedUtilityModel.of(variant).engine(issue.capabilities(), positions, issue.saliences());
        }

        boolean safe(double y) {
            cancellation.check();
            positions[focal] = y;
            engine.reset(positions);
            engine.fixRange(range);
            return test == Test.NO_CREDIBLE_CHALLENGE
                    ? !engine.receivesOffer(focal)
                    : engine.largestChallengeAgainst(focal) <= 0;
        }

        /** Bisects between an unsafe and a safe point to the boundary, returning the safe side. */
        double boundary(double unsafe, double safePoint, double tolerance) {
            double a = unsafe;
            double b = safePoint;
            while (Math.abs(b - a) > tolerance) {
                double mid = 0.5 * (a + b);
                if (safe(mid)) {
                    b = mid;
                } else {
                    a = mid;
                }
            }
            return b;
        }
    }
}
