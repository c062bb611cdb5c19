package org.multivector.corridors;

/**
 * How much of a commodity's exports depends on one country.
 *
 * @param country        ISO3 code
 * @param crossingVolume status-quo volume on routes crossing the country
 * @param crossingShare  {@code crossingVolume / demand}
 * @param lossIfClosed   volume that no longer reaches a market when the country closes for the whole year, after rerouting
 * @param lossShare      {@code lossIfClosed / demand}
 * @param rerouted       volume moved to other routes when it closes
 * @param revenueAtRiskMillionUsd {@code lossIfClosed x price}, NaN without a price
 */
public record JurisdictionExposure(
        String country,
        double crossingVolume,
        double crossingShare,
        double lossIfClosed,
        double lossShare,
        double rerouted,
        double revenueAtRiskMillionUsd) {}
