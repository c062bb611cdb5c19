package org.multivector.bargaining;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The choices on which published descriptions and open implementations of the expected-utility model
 * disagree, each a named option. {@link #SCHOLZ_CODE} is the default; see docs/bargaining.md for the
 * source of every option.
 *
 * @param name         the preset's name (as given to {@code --variant})
 * @param probability  how the probability that i beats j is normalised
 * @param security     which sum of expected utilities sets an actor's risk exponent
 * @param q            probability that the status quo persists when i does not challenge j (Q)
 * @param t            probability that an unchallenged change is for the better (T); unused when q = 1
 * @param statusQuoReference the reference position for the better/worse utilities (median or mean)
 * @param perspective  whose risk exponent prices the receiver's and the sender's expected utilities
 * @param capitulation whether capitulation offers can happen at all (the published Scholz code's test never fires)
 * @param offerChoice  which offer an actor accepts when it has several
 * @param range        whether the position range Δ is fixed at the start or recomputed every round
 * @param stopping     when rounds stop
 */
public record Variant(
        String name,
        ProbabilityRule probability,
        SecurityRule security,
        double q,
        double t,
        StatusQuoReference statusQuoReference,
        Perspective perspective,
        boolean capitulation,
        OfferChoice offerChoice,
        RangeRule range,
        StoppingRule stopping) {

    /** How P(i beats j) is normalised (Scholz et al. 2011, Eq. for P; see docs for the formulas). */
    public enum ProbabilityRule {
        /** Positive votes for i over j divided by the sum of |votes| over every voter and every ordered pair of actors (Scholz's code, jmckib). */
        SCHOLZ_GLOBAL,
        /** Positive votes for i over j divided by the sum of |votes| on this pair, all voters included (Masad; RandelSandel). */
        PAIRWISE,
        /** As PAIRWISE but only third parties vote (k ≠ i, j), as in minimalgeek's eum code and BDM 1994's description. */
        PAIRWISE_THIRD_PARTIES
    }

    /** Which sum sets the risk exponent (Scholz et al. 2011, risk step). */
    public enum SecurityRule {
        /** S_i = Σ_j EU_j(j challenges i): the danger others see in challenging i (Scholz code, Masad). */
        CHALLENGERS_EU,
        /** S_i = Σ_j EU_i(i challenges j): i's own gain from challenging (minimalgeek). */
        OWN_EU
    }

    /** The position against which U_b and U_w measure i's distance. */
    public enum StatusQuoReference {
        WEIGHTED_MEDIAN,
        WEIGHTED_MEAN
    }

    /** Whose risk exponent is used when receiver i weighs sender j's offer. */
    public enum Perspective {
        /** The receiver prices both its own and the sender's expected utility with its own r (Scholz code, jmckib). */
        RECEIVER,
        /** Each actor's expected utility is priced with that actor's own r (Masad). */
        OWN
    }

    /** Which offer an actor takes when it has several. */
    public enum OfferChoice {
        /** Confrontations first (closest), then compromises by the smallest EU-weighted position, then capitulations (closest): Scholz's code. */
        SCHOLZ_CODE,
        /** The offer that moves the actor least, whatever its type: the rule Scholz et al. and BDM state in prose. */
        CLOSEST,
        /** The offer whose sender expects most from it, ties broken by closeness (Masad). */
        LARGEST_SENDER_EU
    }

    /** How the scale range Δ that normalises distances is set. */
    public enum RangeRule {
        /** Δ = max − min of the initial positions, kept for every round (jmckib; Masad passes it by hand). */
        FIXED_INITIAL,
        /** Δ recomputed from the current positions each round (minimalgeek). */
        PER_ROUND
    }

    /**
     * The default: reproduces the Scholz-code variant as implemented by jmckib (2014) and logged in
     * dmasad/bdm-scholz-expected-utility-model Example.log: global P denominator, challengers' EU as
     * security, Q = 1, receiver's perspective, no capitulation, Scholz's offer choice, fixed Δ, 10 rounds.
     */
    public static final Variant SCHOLZ_CODE = new Variant(
            "scholz-code",
            ProbabilityRule.SCHOLZ_GLOBAL,
            SecurityRule.CHALLENGERS_EU,
            1.0,
            1.0,
            StatusQuoReference.WEIGHTED_MEDIAN,
            Perspective.RECEIVER,
            false,
            OfferChoice.SCHOLZ_CODE,
            RangeRule.FIXED_INITIAL,
            new StoppingRule.FixedRounds(10));

    /** Scholz-code with the two slips its reader flagged repaired: capitulation can fire and the closest offer wins. */
    public static final Variant SCHOLZ_PAPER = new Variant(
            "scholz-paper",
            ProbabilityRule.SCHOLZ_GLOBAL,
            SecurityRule.CHALLENGERS_EU,
            1.0,
            1.0,
            StatusQuoReference.WEIGHTED_MEDIAN,
            Perspective.RECEIVER,
            true,
            OfferChoice.CLOSEST,
            RangeRule.FIXED_INITIAL,
            new StoppingRule.FixedRounds(10));

    /** David Masad's replication: pairwise P over all voters, own perspective, largest sender EU. */
    public static final Variant MASAD = new Variant(
            "masad",
            ProbabilityRule.PAIRWISE,
            SecurityRule.CHALLENGERS_EU,
            1.0,
            1.0,
            StatusQuoReference.WEIGHTED_MEDIAN,
            Perspective.OWN,
            true,
            OfferChoice.LARGEST_SENDER_EU,
            RangeRule.FIXED_INITIAL,
            new StoppingRule.FixedRounds(10));

    /** BDM 1994 / Preana-style: third-party pairwise P, own-EU security, Q = T = 0.5, closest offer, per-round Δ, stop on convergence. */
    public static final Variant BDM_1994 = new Variant(
            "bdm-1994",
            ProbabilityRule.PAIRWISE_THIRD_PARTIES,
            SecurityRule.OWN_EU,
            0.5,
            0.5,
            StatusQuoReference.WEIGHTED_MEDIAN,
            Perspective.OWN,
            true,
            OfferChoice.CLOSEST,
            RangeRule.PER_ROUND,
            new StoppingRule.Converged(100, 1e-6));

    private static final Map<String, Variant> PRESETS = new LinkedHashMap<>();

    static {
        for (Variant v : new Variant[] {SCHOLZ_CODE, SCHOLZ_PAPER, MASAD, BDM_1994}) {
            PRESETS.put(v.name(), v);
        }
    }

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(statusQuoReference, "statusQuoReference");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(offerChoice, "offerChoice");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(stopping, "stopping");
        if (!(q >= 0 && q <= 1) || !(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("Q and T are probabilities in [0, 1], got Q=" + q + " T=" + t);
        }
    }

    /** The named presets, default first. */
    public static Map<String, Variant> presets() {
        return java.util.Collections.unmodifiableMap(PRESETS);
    }

    /** The preset called {@code name} (case-insensitive). */
    public static Variant named(String name) {
        Variant v = PRESETS.get(name.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new IllegalArgumentException(
                    "unknown variant '" + name + "'; known: " + String.join(", ", PRESETS.keySet()));
        }
        return v;
    }

    /** This variant run for exactly {@code rounds} rounds. */
    public Variant withRounds(int rounds) {
        return withStopping(new StoppingRule.FixedRounds(rounds));
    }

    /** This variant with another stopping rule. */
    public Variant withStopping(StoppingRule rule) {
        return new Variant(
                name,
                probability,
                security,
                q,
                t,
                statusQuoReference,
                perspective,
                capitulation,
                offerChoice,
                range,
                rule);
    }
}
