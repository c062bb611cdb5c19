package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.Objects;
import java.util.Optional;

/**
 * A commodity moved on the network, with the units its figures use.
 *
 * @param id          short name used in files and on the command line ({@code crude}, {@code containers})
 * @param name        a name for people
 * @param unit        volume unit of supplies, capacities and flows per year ({@code Mt}, {@code TEU})
 * @param costUnit    unit of link costs ({@code USD/t}, {@code USD/TEU})
 * @param costFactor  USD of cost per one volume unit moved at one cost unit (1e6 for Mt at USD/t)
 * @param priceUnit   unit of prices ({@code USD/bbl}), empty when the commodity has no price series
 * @param priceFactor price units per volume unit (barrels per Mt), 0 when there is no price
 * @param priceFactorSource where the conversion comes from, empty when there is none
 */
public record Commodity(
        String id,
        String name,
        String unit,
        String costUnit,
        double costFactor,
        String priceUnit,
        double priceFactor,
        Optional<Source> priceFactorSource) {

    /**
     * The largest capacity, volume, cost or price the corridor model takes, and the most a
     * commodity's supplies may sum to in a year: 10^9 (in Mt that is some 80 times the world's
     * seaborne trade). Flows are exact integers ({@code 1000} units per volume unit), so this keeps
     * every sum of flows far below the solver's "unbounded" capacity; above it an input is refused.
     */
    public static final double MAX_QUANTITY = 1e9;

    public Commodity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(priceFactorSource, "priceFactorSource");
    }

    /** Cost in million USD of moving {@code volume} at {@code unitCost}. */
    public double costMillionUsd(double volume, double unitCost) {
        return volume * unitCost * costFactor / 1e6;
    }

    /** Value in million USD of {@code volume} at {@code price}, or NaN when the commodity has no price conversion. */
    public double valueMillionUsd(double volume, double price) {
        return priceFactor > 0 ? volume * priceFactor * price / 1e6 : Double.NaN;
    }
}
