package org.multivector.world;

import java.util.Objects;

/**
 * A member of a bloc over a span of years, both ends inclusive ({@code to} is the last year as a
 * member; {@link #OPEN} when it still is one). The United Kingdom, for instance, is an EU member
 * from 1973 to 2020.
 */
public record BlocMember(String code, int from, int to) {

    /** The {@code to} year of a membership that has not ended. */
    public static final int OPEN = 9999;

    public BlocMember {
        Objects.requireNonNull(code, "code");
        if (to < from) {
            throw new IllegalArgumentException(
                    "membership of " + code + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Whether the membership holds in {@code year}. */
    public boolean holdsIn(int year) {
        return year >= from && year <= to;
    }
}
