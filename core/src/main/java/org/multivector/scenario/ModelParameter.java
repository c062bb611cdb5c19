package org.multivector.scenario;

import java.util.Locale;

/**
 * The model's named parameters, each with a default that holds unless the scenario fixes it under
 * {@code parameters} or draws it under {@code uncertainties}. docs/model.md gives each one's
 * meaning, default and where the default comes from (all defaults are analyst assumptions unless
 * marked otherwise there).
 */
public enum ModelParameter {
    /** Years for trade shares to close 63% of the gap to their target (inertia of trade relationships). */
    TRADE_ADJUSTMENT_YEARS("tradeAdjustmentYears", 2.0),
    /** The same for investment shares. */
    INVESTMENT_ADJUSTMENT_YEARS("investmentAdjustmentYears", 4.0),
    /** The same for arms-import shares. */
    SECURITY_ADJUSTMENT_YEARS("securityAdjustmentYears", 6.0),
    /** The same for diplomatic shares. */
    DIPLOMACY_ADJUSTMENT_YEARS("diplomacyAdjustmentYears", 1.0),
    /** Weight of trade in dependence. */
    WEIGHT_TRADE("weightTrade", 0.4),
    /** Weight of investment in dependence. */
    WEIGHT_INVESTMENT("weightInvestment", 0.2),
    /** Weight of security in dependence. */
    WEIGHT_SECURITY("weightSecurity", 0.3),
    /** Weight of diplomacy in dependence. */
    WEIGHT_DIPLOMACY("weightDiplomacy", 0.1),
    /** Exponent on a power's economic size in its capability (0 = size does not matter, 1 = proportional). */
    CAPABILITY_EXPONENT("capabilityExponent", 0.5),
    /** Exponent on engagement levels in the target shares (how strongly engagement moves ties). */
    ENGAGEMENT_ELASTICITY("engagementElasticity", 1.0),
    /** The focal country's own capability in the bargaining issue, relative to the powers' base total of 1. */
    FOCAL_CAPABILITY("focalCapability", 0.3),
    /** How much the focal country cares about its alignment (its salience, 0..1). */
    FOCAL_SALIENCE("focalSalience", 0.9),
    /** Growth per year of the rest of the world's weight in the focal country's ties. */
    REST_OF_WORLD_GROWTH("restOfWorldGrowth", 0.0);

    private final String fileName;
    private final double defaultValue;

    ModelParameter(String fileName, double defaultValue) {
        this.fileName = fileName;
        this.defaultValue = defaultValue;
    }

    /** The name in scenario files. */
    public String fileName() {
        return fileName;
    }

    /** The value when the scenario says nothing. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The parameter with this file name; null when unknown. */
    public static ModelParameter fromFileName(String text) {
        for (ModelParameter parameter : values()) {
            if (parameter.fileName.equals(text)) {
                return parameter;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return fileName.toLowerCase(Locale.ROOT).isEmpty() ? name() : fileName;
    }
}
