package org.multivector.scenario;

import java.util.Locale;

/** What a run records each period. Per-power outcomes give one series per power. */
public enum Outcome {
    /** The focal country's room to manoeuvre: the share of the alignment scale where no power would challenge it (0..1). */
    ROOM(false, "share of scale"),
    /** Each power's share of the influence exerted on the focal country (0..1). */
    INFLUENCE_SHARE(true, "share"),
    /** Concentration of influence: the Herfindahl–Hirschman index of influence shares (1/powers..1). */
    INFLUENCE_CONCENTRATION(false, "index"),
    /**
     * Evenness of the focal country's dependence on the powers (Pielou's evenness, as the exposure
     * module's {@code PowerBalance} measures balance): 1 = equally close to all, 0 = tied to one.
     */
    BALANCE_EVENNESS(false, "index"),
    /** Each power's channel-weighted dependence: Σ weight × share of the focal country's channel totals (0..1). */
    DEPENDENCE(true, "share"),
    /** Each power's share of the focal country's trade turnover (0..1). */
    TRADE_SHARE(true, "share"),
    /** The focal country's hedging multiplier on its ties with each power (1 = no steering). */
    HEDGING(true, "multiplier"),
    /** Crude export volume that no corridor could carry this period, Mt. */
    CRUDE_UNDELIVERED(false, "Mt"),
    /** Export revenue lost to undelivered crude this period, USD billion. */
    REVENUE_AT_RISK(false, "USD bn"),
    /** Export revenue lost to undelivered crude from the start to the end of this period, USD billion. */
    CUMULATIVE_REVENUE_AT_RISK(false, "USD bn");

    private final boolean perPower;
    private final String unit;

    Outcome(boolean perPower, String unit) {
        this.perPower = perPower;
        this.unit = unit;
    }

    /** Whether there is one series per power. */
    public boolean perPower() {
        return perPower;
    }

    /** The unit of the values. */
    public String unit() {
        return unit;
    }

    /** The spelling in files, e.g. {@code revenue-at-risk}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the file spelling; null when unknown. */
    public static Outcome fromFileName(String text) {
        for (Outcome outcome : values()) {
            if (outcome.fileName().equals(text)) {
                return outcome;
            }
        }
        return null;
    }
}
