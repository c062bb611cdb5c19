package org.multivector.corridors;

import java.time.LocalDate;

/**
 * A span of days within a year, {@code [startDay, endDay)} on a 365-day year (day 0 is 1 January).
 * Demand is spread evenly over the year, so a disruption lasting {@code d} days affects the fraction
 * {@code d / 365} of each flow; nothing is stored to be shipped later.
 */
public record Period(int startDay, int endDay) {

    /** Days in the model year. */
    public static final int DAYS = 365;

    public Period {
        if (startDay < 0 || endDay > DAYS || startDay >= endDay) {
            throw new IllegalArgumentException(
                    "a period must satisfy 0 <= start < end <= " + DAYS + ", got [" + startDay + ", " + endDay + ")");
        }
    }

    /** The whole year. */
    public static Period fullYear() {
        return new Period(0, DAYS);
    }

    /** From {@code first} to {@code last} inclusive, clipped to the year of {@code first}. */
    public static Period of(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends (" + last + ") before it starts (" + first + ")");
        }
        int start = Math.min(first.getDayOfYear() - 1, DAYS - 1);
        int end = last.getYear() > first.getYear() ? DAYS : Math.min(last.getDayOfYear(), DAYS);
        return new Period(start, Math.max(end, start + 1));
    }

    /** The first {@code days} days starting on day {@code startDay}. */
    public static Period days(int startDay, int days) {
        return new Period(startDay, Math.min(DAYS, startDay + days));
    }

    /** The share of the year covered. */
    public double fraction() {
        return (endDay - startDay) / (double) DAYS;
    }

    /** Number of days covered. */
    public int days() {
        return endDay - startDay;
    }

    /** Whether this period covers the day {@code day}. */
    public boolean covers(int day) {
        return day >= startDay && day < endDay;
    }

    /** Whether it is the whole year. */
    public boolean isFullYear() {
        return startDay == 0 && endDay == DAYS;
    }
}
