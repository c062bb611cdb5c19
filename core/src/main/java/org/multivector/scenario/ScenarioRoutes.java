package org.multivector.scenario;

import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CostBasis;
import org.multivector.input.Problem;
import org.multivector.input.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a scenario's export routes into the routes a model runs ({@link CompiledRoute}) by reading the
 * links each route names from its dataset's corridor network (docs/model.md, "Routes from the corridor
 * network"), so that a scenario file copies no capacity or cost that the dataset already holds:
 * <ul>
 *   <li>the links are the rows of the network year ({@code corridors.networkYear}, default the base
 *       year) under the dataset's own year rule ({@link CorridorLink#appliesIn}); they must carry crude and
 *       follow one another (each link starts where the one before it ends);</li>
 *   <li>capacity is the binding one: the smallest capacity among the links that have one (a link without
 *       a capacity does not bind), cited from the binding link's source; a proposed (unbuilt) link makes
 *       it 0 until an action builds it;</li>
 *   <li>cost is the sum of the links' unit costs; where the dataset marks one of them as an analyst
 *       assumption the route's cost is labelled so;</li>
 *   <li>transit is every jurisdiction of the links other than the focal country, in path order.</li>
 * </ul>
 * A capacity or cost written on the route overrides the links' and is labelled an analyst assumption
 * with the route's {@code source}; a route that names no links takes capacity, cost and transit from the
 * file alone, also labelled an analyst assumption.
 */
public final class ScenarioRoutes {

    /** The commodity a scenario's routes carry. */
    public static final String COMMODITY = "crude";

    private ScenarioRoutes() {}

    /**
     * The compiled routes of {@code scenario}, in its order; a problem per link that is unknown, absent
     * in the network year or out of path order is added to {@code problems} (the list is then partial).
     *
     * @param network the dataset's corridor network, if it has one
     * @param dataset the dataset's name and version, for messages
     * @param file    the scenario's name in messages
     */
    public static List<CompiledRoute> compile(
            Scenario scenario, Optional<CorridorNetwork> network, String dataset, String file, List<Problem> problems) {
        Scenario.Corridors corridors = scenario.corridors();
        int year = corridors.networkYear() == null ? scenario.baseYear() : corridors.networkYear();
        List<CompiledRoute> result = new ArrayList<>();
        for (Scenario.Route route : corridors.routeList()) {
            CompiledRoute compiled = route.linkList().isEmpty()
                    ? analystRoute(route, scenario.focal())
                    : networkRoute(route, scenario, network, year, dataset, file, problems);
            if (compiled != null) {
                result.add(compiled);
            }
        }
        return List.copyOf(result);
    }

    private static CompiledRoute analystRoute(Scenario.Route route, String focal) {
        CompiledRoute.Origin origin = override(route);
        List<String> transit = route.transit() == null
                ? List.of()
                : route.transit().stream().filter(c -> !c.equals(focal)).toList();
        return new CompiledRoute(
                route.id(), route.name(), List.of(), route.capacity(), route.cost(), transit, origin, origin);
    }

    private static CompiledRoute.Origin override(Scenario.Route route) {
        return new CompiledRoute.Origin(
                CompiledRoute.Basis.ANALYST_ASSUMPTION,
                route.source().isBlank() ? "stated in the scenario file, no source given" : route.source());
    }

    private static CompiledRoute networkRoute(
            Scenario.Route route,
            Scenario scenario,
            Optional<CorridorNetwork> network,
            int year,
            String dataset,
            String file,
            List<Problem> problems) {
        if (network.isEmpty()) {
            At at = route.linkList().getFirst().at();
            problems.add(new Problem(
                    file,
                    at.line(),
                    at.column(),
                    ScenarioRule.ROUTE,
                    "route '" + route.id() + "' names links, but dataset "
                            + dataset
                            + " has no corridor network (corridors/network.yaml)\nMaybe give the route its own capacity, cost and transit"
                            + " instead of links (analyst assumptions)."));
            return null;
        }
        CorridorNetwork net = network.get();
        Set<String> crudeIds = new TreeSet<>();
        net.allLinks().stream().filter(l -> l.commodity().equals(COMMODITY)).forEach(l -> crudeIds.add(l.id()));
        List<CorridorLink> links = new ArrayList<>();
        int problemsBefore = problems.size();
        // after a link that could not be read, the next one is not checked against the one before the gap
        boolean gap = false;
        for (Scenario.LinkRef ref : route.linkList()) {
            CorridorLink row = link(route, ref, net, crudeIds, year, dataset, file, problems);
            if (row == null) {
                gap = true;
                continue;
            }
            if (!gap && !links.isEmpty() && !links.getLast().to().equals(row.from())) {
                CorridorLink last = links.getLast();
                List<String> next = net.links(COMMODITY, year).stream()
                        .filter(l -> l.from().equals(last.to()))
                        .map(CorridorLink::id)
                        .distinct()
                        .sorted()
                        .toList();
                problems.add(problem(
                        file,
                        ref.at(),
                        "link '" + ref.id() + "' starts at " + row.from() + ", but the link before it, "
                                + last.id() + ", ends at " + last.to() + ": a route's links follow one another"
                                + (next.isEmpty() ? "" : "\nMaybe one of: " + String.join(", ", next) + ".")));
            }
            gap = false;
            links.add(row);
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        return figures(route, scenario, links, year, dataset, file, problems);
    }

    /** The link's row in the network year, or null with a problem when it is unknown, of another commodity or absent that year. */
    private static CorridorLink link(
            Scenario.Route route,
            Scenario.LinkRef ref,
            CorridorNetwork net,
            Set<String> crudeIds,
            int year,
            String dataset,
            String file,
            List<Problem> problems) {
        List<CorridorLink> rows =
                net.allLinks().stream().filter(l -> l.id().equals(ref.id())).toList();
        if (rows.isEmpty()) {
            problems.add(new Problem(
                    file,
                    ref.at().line(),
                    ref.at().column(),
                    ScenarioRule.UNKNOWN_REFERENCE,
                    "link '" + ref.id()
                            + "' of route '" + route.id() + "' is not in the corridor network of dataset " + dataset
                            + Suggestions.maybe(ref.id(), crudeIds)));
            return null;
        }
        if (!rows.getFirst().commodity().equals(COMMODITY)) {
            problems.add(problem(
                    file,
                    ref.at(),
                    "link '" + ref.id() + "' carries " + rows.getFirst().commodity() + "; a scenario's routes carry "
                            + COMMODITY + Suggestions.maybe(ref.id(), crudeIds)));
            return null;
        }
        Optional<CorridorLink> row =
                rows.stream().filter(l -> l.appliesIn(year)).findFirst();
        if (row.isEmpty()) {
            problems.add(
                    problem(
                            file,
                            ref.at(),
                            "link '" + ref.id() + "' has no row for " + year + " in the corridor network of dataset "
                                    + dataset + " (its rows cover " + spans(rows)
                                    + ")\nMaybe set corridors.networkYear to a year its rows cover"
                                    + " (labelled an analyst assumption), or give the route its own capacity, cost and transit."));
            return null;
        }
        return row.get();
    }

    /** Capacity, cost and transit of a route whose links were all read. */
    private static CompiledRoute figures(
            Scenario.Route route,
            Scenario scenario,
            List<CorridorLink> links,
            int year,
            String dataset,
            String file,
            List<Problem> problems) {
        Quantity capacity;
        CompiledRoute.Origin capacityOrigin;
        if (route.capacity() != null) {
            capacity = route.capacity();
            capacityOrigin = override(route);
        } else {
            Optional<CorridorLink> proposed =
                    links.stream().filter(CorridorLink::proposed).findFirst();
            CorridorLink binding = links.stream()
                    .filter(l -> l.capacity().isPresent())
                    .min(java.util.Comparator.comparingDouble(l -> l.capacity().getAsDouble()))
                    .orElse(null);
            if (proposed.isPresent()) {
                capacity = Quantity.of(0);
                capacityOrigin = datasetOrigin(
                        proposed.get(),
                        "0: " + proposed.get().id() + " is proposed, not built, until an action builds it",
                        scenario,
                        year);
            } else if (binding == null) {
                At at = route.at();
                problems.add(problem(
                        file,
                        at,
                        "none of the links of route '" + route.id() + "' (" + String.join(", ", ids(links))
                                + ") has a capacity in dataset " + dataset
                                + ", so nothing bounds the route\nMaybe give it a capacity (an analyst"
                                + " assumption) or add a link that binds."));
                return null;
            } else {
                OptionalDouble value = binding.capacity();
                capacity = Quantity.of(value.getAsDouble());
                capacityOrigin = datasetOrigin(
                        binding, number(value.getAsDouble()) + " Mt/yr, binding on " + binding.id(), scenario, year);
            }
        }
        Quantity cost;
        CompiledRoute.Origin costOrigin;
        if (route.cost() != null) {
            cost = route.cost();
            costOrigin = override(route);
        } else {
            double sum = 0;
            boolean assumed = false;
            StringBuilder text = new StringBuilder();
            for (CorridorLink link : links) {
                sum += link.unitCost();
                assumed |= link.costBasis() == CostBasis.ASSUMPTION;
                text.append(text.isEmpty() ? "" : " + ")
                        .append(link.id())
                        .append(' ')
                        .append(number(link.unitCost()))
                        .append(" (")
                        .append(link.costBasis().fileName());
                link.costSource().ifPresent(s -> text.append(": ").append(s.citation()));
                text.append(')');
            }
            cost = Quantity.of(sum);
            text.append(" = ").append(number(sum)).append(" USD/t");
            costOrigin = yearNote(
                    new CompiledRoute.Origin(
                            assumed ? CompiledRoute.Basis.DATASET_ASSUMPTION : CompiledRoute.Basis.DATASET,
                            text.toString()),
                    scenario,
                    year);
        }
        Set<String> transit = new LinkedHashSet<>();
        links.forEach(l -> l.jurisdictionList().stream()
                .filter(c -> !c.equals(scenario.focal()))
                .forEach(transit::add));
        return new CompiledRoute(
                route.id(), route.name(), ids(links), capacity, cost, List.copyOf(transit), capacityOrigin, costOrigin);
    }

    private static CompiledRoute.Origin datasetOrigin(CorridorLink link, String what, Scenario scenario, int year) {
        CompiledRoute.Basis basis =
                link.source().assumption() ? CompiledRoute.Basis.DATASET_ASSUMPTION : CompiledRoute.Basis.DATASET;
        return yearNote(
                new CompiledRoute.Origin(basis, what + " (" + link.source().citation() + ")"), scenario, year);
    }

    /** A network year other than the base year is the analyst's choice: the figure is labelled so. */
    private static CompiledRoute.Origin yearNote(CompiledRoute.Origin origin, Scenario scenario, int year) {
        if (year == scenario.baseYear()) {
            return origin;
        }
        return new CompiledRoute.Origin(
                CompiledRoute.Basis.ANALYST_ASSUMPTION,
                "the dataset's " + year + " figure applied from base year " + scenario.baseYear() + ": "
                        + origin.text());
    }

    private static List<String> ids(List<CorridorLink> links) {
        return links.stream().map(CorridorLink::id).toList();
    }

    private static String spans(List<CorridorLink> rows) {
        List<String> spans = new ArrayList<>();
        for (CorridorLink row : rows) {
            String from = row.firstYear() == 0 ? "" : Integer.toString(row.firstYear());
            String to = row.lastYear() == 0 ? "" : Integer.toString(row.lastYear());
            spans.add(
                    from.equals(to)
                            ? from
                            : from.isEmpty() ? "up to " + to : to.isEmpty() ? from + " on" : from + "-" + to);
        }
        return String.join(", ", spans);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", Double.toString(value));
    }

    private static Problem problem(String file, At at, String message) {
        return new Problem(file, at.line(), at.column(), ScenarioRule.ROUTE, message);
    }
}
