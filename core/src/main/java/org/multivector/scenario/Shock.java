package org.multivector.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One event in a scenario, from a closed set: every kind the model knows how to apply. The model
 * handles them with an exhaustive pattern-matching {@code switch}; a new kind of shock is a new
 * record here and a compile error wherever it is not yet handled.
 *
 * <p>Times are decimal years ({@code 2026.25} is the start of the second quarter of 2026); durations
 * are in years. Magnitudes are {@link Quantity quantities}: a number, or the name of an uncertain
 * parameter drawn per run.
 */
public sealed interface Shock {

    /** When the shock starts, in decimal years. */
    Quantity start();

    /** Where the shock stands in its scenario file, for messages. */
    At at();

    /** The kind as written in scenario files, e.g. {@code corridor-disruption}. */
    String kind();

    /**
     * A power changes its engagement with the focal country: every engagement level of the named
     * channels is multiplied by {@code factor} from {@code start}, for {@code duration} years (or for
     * good when duration is absent).
     */
    record EngagementChange(
            String power, List<Channel> channels, Quantity start, Quantity duration, Quantity factor, At at)
            implements Shock {
        public EngagementChange {
            Objects.requireNonNull(power, "power");
            channels = List.copyOf(channels);
        }

        @Override
        public String kind() {
            return "engagement-change";
        }
    }

    /**
     * A corridor link loses {@code capacityLoss} (a fraction, 1 = closed) of its capacity. Either a
     * dated outage ({@code start} and {@code duration}) or, when {@code ratePerYear} is given, a
     * recurring hazard: outages arrive as a Poisson process with that rate from {@code start} to
     * the horizon, each lasting {@code duration} years.
     */
    record CorridorDisruption(
            String link, Quantity start, Quantity duration, Quantity capacityLoss, Quantity ratePerYear, At at)
            implements Shock {
        public CorridorDisruption {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(duration, "duration");
        }

        /** Whether outages recur at random rather than at one date. */
        public boolean recurring() {
            return ratePerYear != null;
        }

        @Override
        public String kind() {
            return "corridor-disruption";
        }
    }

    /**
     * A corridor link's capacity grows to {@code capacity} (in the network's unit, Mt/yr for crude)
     * along a straight ramp from {@code start} over {@code rampYears} (0 = at once).
     */
    record CapacityExpansion(String link, Quantity start, Quantity capacity, Quantity rampYears, At at)
            implements Shock {
        public CapacityExpansion {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(capacity, "capacity");
        }

        @Override
        public String kind() {
            return "capacity-expansion";
        }
    }

    /**
     * A trade restriction or sanctions regime on the focal country's dealings with {@code power}: the
     * named channels' engagement is multiplied by {@code factor} from {@code start} for
     * {@code duration} years (for good when absent); corridor links that transit the sanctioned
     * power lose {@code corridorLoss} of their capacity meanwhile.
     */
    record TradeRestriction(
            String power,
            List<Channel> channels,
            Quantity start,
            Quantity duration,
            Quantity factor,
            Quantity corridorLoss,
            At at)
            implements Shock {
        public TradeRestriction {
            Objects.requireNonNull(power, "power");
            channels = List.copyOf(channels);
        }

        @Override
        public String kind() {
            return "trade-restriction";
        }
    }

    /**
     * A power's attention to the region moves to {@code level} (0 = absorbed elsewhere, 1 = fully
     * focused) along a straight ramp from {@code start} over {@code rampYears}.
     */
    record AttentionShift(String power, Quantity start, Quantity level, Quantity rampYears, At at) implements Shock {
        public AttentionShift {
            Objects.requireNonNull(power, "power");
            Objects.requireNonNull(level, "level");
        }

        @Override
        public String kind() {
            return "attention-shift";
        }
    }
}
