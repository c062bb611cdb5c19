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
public record Commodity(String id, String name, String unit, String costUnit, double costFactor, String priceUnit,
                        double priceFactor, Optional<Source> priceFactorSource) {

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
