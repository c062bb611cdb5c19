package org.multivector.exposure;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The balance among the powers in one year.
 *
 * @param year       the year
 * @param closeness  each power's closeness, in the order of the powers: the mean over the channels (material ties:
 *                   its mean share over the material {@code dimensions}; UN voting: its agreement share)
 * @param weights    each power's weight, in the order of the powers: the mean over the channels of its share of the
 *                   powers' sum in that channel. The classification and the evenness are computed from these, so a
 *                   power can have the larger closeness and the smaller weight when the channels disagree.
 * @param level      the closeness level: the sum of the powers' closeness
 * @param evenness   normalised Shannon entropy of the closeness weights, in [0, 1]
 * @param balance    the classification
 * @param dimensions the dimensions that entered this year (those with a world total and a figure for every power,
 *                   and {@code unga_agreement} when every power has one)
 * @param note       which channel is missing this year, if any (e.g. no UN voting figures: classified from
 *                   material ties alone); empty when every channel the dataset has entered
 */
public record BalanceYear(
        int year,
        Map<String, Double> closeness,
        Map<String, Double> weights,
        double level,
        double evenness,
        Balance balance,
        List<String> dimensions,
        String note) {

    public BalanceYear {
        closeness = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(closeness));
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        Objects.requireNonNull(balance, "balance");
        dimensions = List.copyOf(dimensions);
        note = note == null ? "" : note;
    }

    /** A year in which every channel entered. */
    public BalanceYear(
            int year,
            Map<String, Double> closeness,
            Map<String, Double> weights,
            double level,
            double evenness,
            Balance balance,
            List<String> dimensions) {
        this(year, closeness, weights, level, evenness, balance, dimensions, "");
    }
}
