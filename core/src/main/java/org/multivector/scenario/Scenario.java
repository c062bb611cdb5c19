package org.multivector.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A "what if" question, as read from a scenario file (see docs/scenarios.md and the JSON Schema
 * docs/scenario.schema.json): where it starts, how far it looks, who the powers are, what happens
 * (shocks), what is uncertain (uncertainties), what the focal country does (levers) and what is
 * measured (outcomes). Immutable; read with {@link ScenarioReader}.
 *
 * @param name          short identifier (also the default run label)
 * @param description   what the scenario asks, in a sentence or two
 * @param dataset       the dataset: the name of an embedded one ({@code kazakhstan}) or a folder path
 * @param baseYear      the year whose figures initialise the model
 * @param horizon       how many years ahead, in which steps
 * @param focal         the middle power's code
 * @param powerList     the powers it balances, with their assumed alignment positions
 * @param pathList      each power's exogenous engagement path
 * @param shockList     events: the closed set of {@link Shock} kinds
 * @param corridors     the crude export corridors and their economics
 * @param parameterMap  model parameters fixed by the analyst (name → value)
 * @param uncertaintyList parameters drawn per run
 * @param levers        what the focal country does: its hedging policy and its own actions
 * @param outcomeList   what to record
 * @param ensemble      default ensemble size, design and seed
 * @param assumptionList the analyst's assumptions, stated with references where a figure is sourced
 * @param keyAtMap      where each top-level value stands in the file (for messages about it)
 */
public record Scenario(
        String name,
        String description,
        String dataset,
        int baseYear,
        Horizon horizon,
        String focal,
        List<Power> powerList,
        List<EngagementPath> pathList,
        List<Shock> shockList,
        Corridors corridors,
        Map<String, Double> parameterMap,
        List<Uncertainty> uncertaintyList,
        Levers levers,
        List<Outcome> outcomeList,
        EnsembleDefaults ensemble,
        List<Assumption> assumptionList,
        Map<String, At> keyAtMap) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(focal, "focal");
        description = description == null ? "" : description;
        dataset = dataset == null ? "kazakhstan" : dataset;
        powerList = List.copyOf(powerList);
        pathList = List.copyOf(pathList);
        shockList = List.copyOf(shockList);
        // in file order, not Map.copyOf's order (which changes from one JVM to the next): the order of the
        // parameters' values, and so of the columns of every export, must not depend on the process
        parameterMap = ordered(parameterMap);
        uncertaintyList = List.copyOf(uncertaintyList);
        outcomeList = List.copyOf(outcomeList);
        assumptionList = List.copyOf(assumptionList);
        keyAtMap = ordered(keyAtMap);
    }

    /** An unmodifiable copy that iterates in the order of {@code map} (null values refused, as by {@link Map#copyOf}). */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        Map<K, V> copy = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key), Objects.requireNonNull(value)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Where the top-level value under {@code key} stands in the file, or {@link At#NOWHERE}. */
    public At at(String key) {
        return keyAtMap.getOrDefault(key, At.NOWHERE);
    }

    /** Every shock the model applies: the exogenous events, then the focal country's own actions. */
    public List<Shock> allShocks() {
        if (levers.actionList().isEmpty()) {
            return shockList;
        }
        List<Shock> all = new java.util.ArrayList<>(shockList);
        all.addAll(levers.actionList());
        return List.copyOf(all);
    }

    /** Simulation length and step. */
    public record Horizon(int years, Step step) {
        public Horizon {
            Objects.requireNonNull(step, "step");
            if (years < 1 || years > 100) {
                throw new IllegalArgumentException("horizon years must lie in 1..100, got " + years);
            }
        }

        /** The number of steps. */
        public int periods() {
            return years * step.perYear();
        }
    }

    /** The length of one model step. */
    public enum Step {
        QUARTER(4),
        YEAR(1);

        private final int perYear;

        Step(int perYear) {
            this.perYear = perYear;
        }

        /** Steps per year. */
        public int perYear() {
            return perYear;
        }

        /** The step length in years. */
        public double years() {
            return 1.0 / perYear;
        }
    }

    /**
     * A power the focal country balances.
     *
     * @param code       its actor code in the dataset
     * @param group      a label such as {@code west} or {@code east} (used to name Western engagement)
     * @param position   its preferred alignment of the focal country on a 0..100 scale (analyst assumption)
     * @param attention  its initial attention to the region, 0..1 (analyst assumption)
     * @param growth     its economy's real growth relative to the world, per year
     * @param size       its economic size (GDP, USD million) overriding the dataset, or null to read the dataset
     * @param initialMap channel → initial share, overriding the dataset (an analyst assumption)
     */
    public record Power(
            String code,
            String group,
            Quantity position,
            Quantity attention,
            Quantity growth,
            Quantity size,
            Map<Channel, Quantity> initialMap,
            At at) {
        public Power {
            Objects.requireNonNull(code, "code");
            group = group == null ? "" : group;
            initialMap = ordered(initialMap);
        }
    }

    /**
     * A power's exogenous engagement level over time: a piecewise-linear multiplier of its base
     * engagement on the named channels, flat before the first and after the last point.
     */
    public record EngagementPath(String power, List<Channel> channels, List<PathPoint> pointList, At at) {
        public EngagementPath {
            channels = List.copyOf(channels);
            pointList = List.copyOf(pointList);
        }
    }

    /** One point of an engagement path: at decimal year {@code year} the level is {@code level}. */
    public record PathPoint(double year, Quantity level) {}

    /**
     * Crude export corridors.
     *
     * @param routeList       the routes from the fields to the sea or the border
     * @param exports         crude exports in the base year, Mt/yr
     * @param exportGrowth    their growth per year
     * @param pricePerBarrel  crude price, USD per barrel
     * @param barrelsPerTonne conversion factor for the export blend
     * @param networkYear     the year of the dataset's corridor network whose link rows the routes take
     *                        ({@code corridors.networkYear}), or null for the base year
     */
    public record Corridors(
            List<Route> routeList,
            Quantity exports,
            Quantity exportGrowth,
            Quantity pricePerBarrel,
            Quantity barrelsPerTonne,
            Integer networkYear) {
        public Corridors {
            routeList = List.copyOf(routeList);
        }

        /** Corridors whose routes take the corridor network of the base year. */
        public Corridors(
                List<Route> routeList,
                Quantity exports,
                Quantity exportGrowth,
                Quantity pricePerBarrel,
                Quantity barrelsPerTonne) {
            this(routeList, exports, exportGrowth, pricePerBarrel, barrelsPerTonne, null);
        }
    }

    /**
     * One export route as the scenario file states it: a path of the dataset's corridor network named
     * by its link ids, an analyst's own route, or links with an analyst's capacity or cost. What a
     * model uses is the {@link CompiledRoute} that {@link ScenarioRoutes} makes of it against the dataset.
     *
     * @param id       identifier used by shocks (e.g. {@code cpc})
     * @param name     a readable name
     * @param linkList the corridor-network links the route follows, in order from the fields to the
     *                 market (empty for a route the network does not have)
     * @param capacity what it can carry, Mt/yr, in the base year: an override of the links' binding
     *                 capacity (an analyst assumption), or null to take it from the links
     * @param cost     cost of moving a tonne, USD/t (or a relative cost where tariffs are unpublished):
     *                 an override of the links' summed unit costs, or null to take it from the links
     * @param transit  codes of the countries it crosses (sanctions on one of them hit it), or null to take
     *                 the links' jurisdictions
     * @param source   the analyst's note on the overrides (where the figures come from)
     * @param at       where the route stands in the file
     */
    public record Route(
            String id,
            String name,
            List<LinkRef> linkList,
            Quantity capacity,
            Quantity cost,
            List<String> transit,
            String source,
            At at) {
        public Route {
            Objects.requireNonNull(id, "id");
            linkList = List.copyOf(linkList);
            transit = transit == null ? null : List.copyOf(transit);
            source = source == null ? "" : source;
        }

        /** A route that names no network link: capacity, cost and transit are the analyst's. */
        public Route(
                String id, String name, Quantity capacity, Quantity cost, List<String> transit, String source, At at) {
            this(id, name, List.of(), capacity, cost, transit == null ? List.of() : transit, source, at);
        }
    }

    /** A link id of the corridor network as a route names it, with where it stands in the file. */
    public record LinkRef(String id, At at) {
        public LinkRef {
            Objects.requireNonNull(id, "id");
        }
    }

    /** A parameter drawn per run from {@code distribution}; {@code note} says why this spread. */
    public record Uncertainty(String name, Distribution distribution, String note, At at) {}

    /**
     * What the focal country controls: its hedging rule, its own actions (e.g. capacity it builds) and
     * the ranges a strategy study may move its levers over ({@link Lever}, docs/strategy.md).
     */
    public record Levers(HedgingPolicy hedging, List<Shock> actionList, List<Lever> rangeList) {
        public Levers {
            Objects.requireNonNull(hedging, "hedging");
            actionList = List.copyOf(actionList);
            rangeList = List.copyOf(rangeList);
        }

        /** Levers without ranges: a scenario that is simulated, not a strategy study. */
        public Levers(HedgingPolicy hedging, List<Shock> actionList) {
            this(hedging, actionList, List.of());
        }
    }

    /** Defaults for an ensemble run of this scenario; the command line overrides them. */
    public record EnsembleDefaults(int runs, Design design, long seed) {}

    /**
     * An analyst assumption, stated in words.
     *
     * @param text      the assumption
     * @param reference where a figure in it comes from (publisher, title, year, URL), or empty when it is judgement
     */
    public record Assumption(String text, String reference) {
        public Assumption {
            reference = reference == null ? "" : reference;
        }
    }
}
