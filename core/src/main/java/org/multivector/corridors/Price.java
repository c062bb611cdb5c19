package org.multivector.corridors;

import org.multivector.world.Source;

/** An annual average price of a commodity (e.g. Brent, CPC Blend) with its source. */
public record Price(
        int year, String commodity, String benchmark, double value, String unit, Source source, String note) {}
