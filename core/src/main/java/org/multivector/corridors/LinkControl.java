package org.multivector.corridors;

import org.multivector.world.Source;

import java.util.Objects;
import java.util.Optional;

/**
 * Who holds or runs a piece of corridor infrastructure: one shareholder (or the operator) of one
 * link, or of one section of it, with the state it answers to.
 *
 * @param link      the link id
 * @param section   the part of the link the row covers (e.g. "whole system", "Kazakh section");
 *                  owner shares of one section sum to at most 100 %
 * @param role      owner (an equity share) or operator (runs it, share 100 %)
 * @param party     the company or agency
 * @param power     ISO3 code of the state the party answers to (its home state, or the state that
 *                  owns it); empty for a multinational operator such as a consortium
 * @param share     equity share, 0..1
 * @param firstYear first year the row holds, empty for "since the data begin"
 * @param lastYear  last year the row holds, empty for "still"
 */
public record LinkControl(
        String link,
        String section,
        Role role,
        String party,
        Optional<String> power,
        double share,
        Optional<Integer> firstYear,
        Optional<Integer> lastYear,
        Source source,
        String note) {

    /** The part a party plays. */
    public enum Role {
        OWNER,
        OPERATOR
    }

    public LinkControl {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(power, "power");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share lies in 0..1, got " + share);
        }
    }

    /** Whether the row describes {@code year}. */
    public boolean holdsIn(int year) {
        return firstYear.map(y -> y <= year).orElse(true)
                && lastYear.map(y -> year <= y).orElse(true);
    }
}
