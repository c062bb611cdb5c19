package org.multivector.corridors;

/**
 * What one capacity what-if saves under one disruption scenario.
 *
 * @param expansion   the what-if's id
 * @param scenario    the disruption scenario's label ({@code none} for the status quo)
 * @param undeliveredWithout volume not delivered without the expansion
 * @param undeliveredWith    volume not delivered with it
 * @param saved       {@code undeliveredWithout - undeliveredWith}
 * @param costChangeMillionUsd transport cost with minus without the expansion
 */
public record ExpansionEffect(
        String expansion,
        String scenario,
        double undeliveredWithout,
        double undeliveredWith,
        double saved,
        double costChangeMillionUsd) {}
