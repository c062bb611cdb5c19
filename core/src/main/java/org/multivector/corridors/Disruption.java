package org.multivector.corridors;

import java.util.Locale;

/**
 * Something that removes capacity for part of a year. Each case says which links it touches and what
 * share of their capacity is left while it lasts ({@link #capacityFactor(CorridorLink)}).
 */
public sealed interface Disruption {

    /** When it happens within the year. */
    Period period();

    /** The share of {@code link}'s capacity left while the disruption lasts: 1 untouched, 0 closed. */
    double capacityFactor(CorridorLink link);

    /** A short description for reports. */
    String label();

    /** Every link crossing the country (its territory or waters) is closed. */
    record CloseJurisdiction(String country, Period period) implements Disruption {
        public CloseJurisdiction {
            country = country.toUpperCase(Locale.ROOT);
        }

        @Override
        public double capacityFactor(CorridorLink link) {
            return link.crosses(country) ? 0 : 1;
        }

        @Override
        public String label() {
            return "close " + country + days(period);
        }
    }

    /** One link is closed. */
    record CloseLink(String link, Period period) implements Disruption {
        @Override
        public double capacityFactor(CorridorLink candidate) {
            return candidate.id().equals(link) ? 0 : 1;
        }

        @Override
        public String label() {
            return "close " + link + days(period);
        }
    }

    /** Every link into or out of the node is closed. */
    record CloseNode(String node, Period period) implements Disruption {
        @Override
        public double capacityFactor(CorridorLink link) {
            return link.from().equals(node) || link.to().equals(node) ? 0 : 1;
        }

        @Override
        public String label() {
            return "close node " + node + days(period);
        }
    }

    /** A link loses the share {@code share} (0..1) of its capacity. */
    record CutCapacity(String link, double share, Period period) implements Disruption {
        public CutCapacity {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(
                        "a capacity cut must lie between 0% and 100%, got " + share * 100 + "%");
            }
        }

        @Override
        public double capacityFactor(CorridorLink candidate) {
            return candidate.id().equals(link) ? 1 - share : 1;
        }

        @Override
        public String label() {
            return "cut " + link + " by " + String.format(Locale.ROOT, "%.0f%%", share * 100) + days(period);
        }
    }

    private static String days(Period period) {
        return period.isFullYear() ? "" : " for " + period.days() + " days";
    }
}
