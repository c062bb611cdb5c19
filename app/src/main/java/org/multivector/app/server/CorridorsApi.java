package org.multivector.app.server;

import org.multivector.app.cli.CorridorsCommand;
import org.multivector.corridors.ControlTable;
import org.multivector.corridors.CorridorControl;
import org.multivector.corridors.LinkControl;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.corridors.AllocationRequest;
import org.multivector.corridors.AllocationResult;
import org.multivector.corridors.Commodity;
import org.multivector.corridors.CorridorAllocator;
import org.multivector.corridors.CorridorCriticality;
import org.multivector.corridors.CorridorExposure;
import org.multivector.corridors.CorridorLink;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CorridorNode;
import org.multivector.corridors.Disruption;
import org.multivector.corridors.DisruptionSyntax;
import org.multivector.corridors.JurisdictionExposure;
import org.multivector.corridors.LinkCriticality;
import org.multivector.corridors.LinkFlow;
import org.multivector.corridors.MinCostFlowAllocator;
import org.multivector.corridors.Period;
import org.multivector.corridors.RouteFlow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Export corridors of a dataset: the network with coordinates for the map, the min-cost-flow
 * allocation under disruptions given as query parameters (close a jurisdiction, cut a link, reduce a
 * link's capacity, for a period of the year), each jurisdiction's exposure and each link's
 * criticality. Every answer is computed by {@link MinCostFlowAllocator} on request; nothing changes
 * state, so every route is a GET.
 */
final class CorridorsApi implements ApiModule {

    /** At most this many disruptions in one request. */
    static final int MAX_DISRUPTIONS = 64;

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/datasets/{dataset}/corridors", ctx -> {
            CorridorNetwork network = network(ctx, context);
            Commodity commodity = commodity(ctx, network);
            int year = year(ctx, network, commodity);
            ctx.json(networkJson(network, commodity, year));
        });
        routes.get("/api/datasets/{dataset}/corridors/allocation", ctx -> {
            CorridorNetwork network = network(ctx, context);
            Commodity commodity = commodity(ctx, network);
            int year = year(ctx, network, commodity);
            List<Disruption> disruptions = disruptions(ctx, network, commodity, year);
            AllocationRequest request = new AllocationRequest(commodity.id(), year, disruptions, List.of());
            ctx.json(allocationJson(network, allocate(network, request, context.compute().start(ctx))));
        });
        routes.get("/api/datasets/{dataset}/corridors/exposure", ctx -> {
            CorridorNetwork network = network(ctx, context);
            Commodity commodity = commodity(ctx, network);
            int year = year(ctx, network, commodity);
            List<JurisdictionExposure> rows = CorridorExposure.of(network, allocator, commodity.id(), year, context.compute().start(ctx));
            Map<String, Object> json = header(network, commodity, year);
            json.put("jurisdictions", rows.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("country", r.country());
                row.put("crossingVolume", r.crossingVolume());
                row.put("crossingShare", r.crossingShare());
                row.put("lossIfClosed", r.lossIfClosed());
                row.put("lossShare", r.lossShare());
                row.put("rerouted", r.rerouted());
                row.put("revenueAtRiskMillionUsd", finite(r.revenueAtRiskMillionUsd()));
                return row;
            }).toList());
            ctx.json(json);
        });
        routes.get("/api/datasets/{dataset}/corridors/control", ctx -> {
            CorridorNetwork network = network(ctx, context);
            Commodity commodity = commodity(ctx, network);
            int year = year(ctx, network, commodity);
            List<LinkControl> control = context.catalog().attachment(ctx.pathParam("dataset"), ControlTable.class)
                    .map(ControlTable::rowList).orElse(List.of());
            Map<String, Object> json = header(network, commodity, year);
            json.putAll(CorridorsCommand.controlJson(CorridorControl.analyse(network, allocator, control, commodity.id(), year,
                    context.compute().start(ctx))));
            ctx.json(json);
        });
        routes.get("/api/datasets/{dataset}/corridors/criticality", ctx -> {
            CorridorNetwork network = network(ctx, context);
            Commodity commodity = commodity(ctx, network);
            int year = year(ctx, network, commodity);
            boolean pairs = "true".equalsIgnoreCase(ctx.queryParam("pairs"));
            CorridorCriticality.Report report = CorridorCriticality.analyse(network, commodity.id(), year, pairs, context.compute().start(ctx));
            Map<String, Object> json = header(network, commodity, year);
            json.put("demand", report.demand());
            json.put("single", report.singleList().stream().map(CorridorsApi::criticality).toList());
            json.put("pairs", report.pairList().stream().map(CorridorsApi::criticality).toList());
            ctx.json(json);
        });
    }

    private AllocationResult allocate(CorridorNetwork network, AllocationRequest request, org.multivector.work.Cancellation cancellation) {
        try {
            return allocator.allocate(network, request, cancellation);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("disruption", Params.printable(e.getMessage()));
        }
    }

    private static CorridorNetwork network(Context ctx, ServerContext context) {
        String name = ctx.pathParam("dataset");
        context.catalog().get(name);
        return context.catalog().attachment(name, CorridorNetwork.class).orElseThrow(() -> ApiProblem.notFound("dataset",
                "dataset " + Params.printable(name) + " has no corridor network (a corridors/ folder with network.yaml)"));
    }

    private static Commodity commodity(Context ctx, CorridorNetwork network) {
        String id = ctx.queryParam("commodity");
        if (id == null || id.isBlank()) {
            return network.commodities().getFirst();
        }
        return network.commodity(id.strip()).orElseThrow(() -> ApiProblem.invalidField("commodity", "'" + Params.printable(id)
                + "' is not a commodity of this network; it has: " + String.join(", ", network.commodities().stream().map(Commodity::id).toList())));
    }

    private static int year(Context ctx, CorridorNetwork network, Commodity commodity) {
        var years = network.supplyYears(commodity.id());
        if (years.isEmpty()) {
            throw ApiProblem.invalidField("commodity", "commodity " + commodity.id() + " has no export supplies in any year");
        }
        Integer year = Params.optionalInt(ctx, "year", 1800, 2200);
        if (year == null) {
            return network.defaultYear(commodity.id());
        }
        if (!years.contains(year)) {
            throw ApiProblem.invalidField("year", year + " has no export supplies of " + commodity.id() + "; years with supplies: " + years);
        }
        return year;
    }

    /**
     * Disruptions from the query: {@code close=KAZ,RUS} (jurisdictions), {@code cut=LINK=P%,...} (cut P percent of a link's capacity; {@code cut=LINK} cuts all of it),
     * {@code closeNode=NODE,...}, {@code reduce=LINK:0.5,...} (the share of capacity left), all for the
     * period {@code start} (day of the year, 0-based) and {@code days} (default the whole year).
     */
    static List<Disruption> disruptions(Context ctx, CorridorNetwork network, Commodity commodity, int year) {
        int start = Params.optionalInt(ctx, "start", 0, Period.DAYS - 1) == null ? 0 : Params.optionalInt(ctx, "start", 0, Period.DAYS - 1);
        Integer daysGiven = Params.optionalInt(ctx, "days", 1, Period.DAYS);
        int days = daysGiven == null ? Period.DAYS - start : daysGiven;
        if (start + days > Period.DAYS) {
            throw ApiProblem.invalidField("days", "start " + start + " plus " + days + " days runs past the end of the year (" + Period.DAYS + " days)");
        }
        Period period = Period.days(start, days);
        Set<String> jurisdictions = network.jurisdictions(commodity.id(), year);
        Set<String> linkIds = new LinkedHashSet<>();
        for (CorridorLink link : network.links(commodity.id(), year)) {
            linkIds.add(link.id());
        }
        List<Disruption> list = new ArrayList<>();
        for (String code : list(ctx, "close")) {
            String country = code.toUpperCase(Locale.ROOT);
            if (!jurisdictions.contains(country)) {
                throw ApiProblem.invalidField("close", "'" + Params.printable(code) + "' is not crossed by " + commodity.id() + " routes in " + year
                        + "; jurisdictions: " + String.join(", ", jurisdictions));
            }
            list.add(new Disruption.CloseJurisdiction(country, period));
        }
        for (String item : list(ctx, "cut")) {
            String link = DisruptionSyntax.link(item);
            if (!linkIds.contains(link)) {
                throw ApiProblem.invalidField("cut", "'" + Params.printable(link) + "' is not a " + commodity.id() + " link in " + year);
            }
            try {
                list.add(DisruptionSyntax.cut(item, period));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("cut", Params.printable(e.getMessage()));
            }
        }
        for (String node : list(ctx, "closeNode")) {
            if (network.node(node).isEmpty()) {
                throw ApiProblem.invalidField("closeNode", "'" + Params.printable(node) + "' is not a node of this network");
            }
            list.add(new Disruption.CloseNode(node, period));
        }
        for (String item : list(ctx, "reduce")) {
            String link = DisruptionSyntax.link(item);
            if (!linkIds.contains(link)) {
                throw ApiProblem.invalidField("reduce", "'" + Params.printable(item) + "' must be LINK:SHARE_LEFT with a " + commodity.id() + " link of " + year);
            }
            try {
                list.add(DisruptionSyntax.leave(item, period));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("reduce", Params.printable(e.getMessage()));
            }
        }
        if (list.size() > MAX_DISRUPTIONS) {
            throw ApiProblem.invalidField("close", list.size() + " disruptions; at most " + MAX_DISRUPTIONS);
        }
        return list;
    }

    private static List<String> list(Context ctx, String name) {
        List<String> items = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return items;
    }

    private static Map<String, Object> header(CorridorNetwork network, Commodity commodity, int year) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("network", network.name());
        json.put("commodity", commodity.id());
        json.put("commodityName", commodity.name());
        json.put("unit", commodity.unit());
        json.put("year", year);
        return json;
    }

    private static Map<String, Object> networkJson(CorridorNetwork network, Commodity commodity, int year) {
        Map<String, Object> json = header(network, commodity, year);
        json.put("title", network.title());
        json.put("focal", network.focal());
        json.put("commodities", network.commodities().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("unit", c.unit());
            m.put("years", List.copyOf(network.supplyYears(c.id())));
            return m;
        }).toList());
        List<CorridorLink> links = network.links(commodity.id(), year);
        Set<String> used = new LinkedHashSet<>();
        for (CorridorLink link : links) {
            used.add(link.from());
            used.add(link.to());
        }
        json.put("nodes", network.nodes().stream().filter(n -> used.contains(n.id())).map(CorridorsApi::node).toList());
        json.put("links", links.stream().map(CorridorsApi::link).toList());
        json.put("jurisdictions", List.copyOf(network.jurisdictions(commodity.id(), year)));
        return json;
    }

    private static Map<String, Object> node(CorridorNode node) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", node.id());
        m.put("name", node.name());
        m.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
        m.put("country", node.country());
        m.put("latitude", node.latitude());
        m.put("longitude", node.longitude());
        return m;
    }

    private static Map<String, Object> link(CorridorLink link) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", link.id());
        m.put("from", link.from());
        m.put("to", link.to());
        m.put("mode", link.mode().name().toLowerCase(Locale.ROOT));
        m.put("capacity", link.capacity().isPresent() ? link.capacity().getAsDouble() : null);
        m.put("jurisdictions", link.jurisdictionList());
        m.put("note", link.note());
        return m;
    }

    private static Map<String, Object> allocationJson(CorridorNetwork network, AllocationResult result) {
        Map<String, Object> json = header(network, result.commodity(), result.year());
        json.put("disruptions", result.disruptionList().stream().map(Disruption::label).toList());
        json.put("demand", result.demand());
        json.put("delivered", result.delivered());
        json.put("undelivered", result.undelivered());
        json.put("baselineUndelivered", result.baselineUndelivered());
        json.put("lost", result.lostVolume());
        json.put("rerouted", result.rerouted());
        json.put("deliveredShare", result.deliveredShare());
        json.put("costMillionUsd", result.costMillionUsd());
        json.put("costIncreaseMillionUsd", result.costIncreaseMillionUsd());
        json.put("revenueAtRiskMillionUsd", finite(result.revenueAtRiskMillionUsd()));
        json.put("routes", result.routeList().stream().map(CorridorsApi::route).toList());
        json.put("links", result.linkList().stream().map(CorridorsApi::linkFlow).toList());
        json.put("undeliveredByOrigin", result.undeliveredByOrigin());
        return json;
    }

    private static Map<String, Object> route(RouteFlow route) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", route.name());
        m.put("links", route.linkList());
        m.put("origin", route.origin());
        m.put("market", route.market());
        m.put("jurisdictions", route.jurisdictionList());
        m.put("volume", route.volume());
        m.put("baselineVolume", route.baselineVolume());
        m.put("unitCost", route.unitCost());
        return m;
    }

    private static Map<String, Object> linkFlow(LinkFlow flow) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("link", flow.link());
        m.put("flow", flow.flow());
        m.put("baselineFlow", flow.baselineFlow());
        m.put("capacity", flow.capacity().isPresent() ? flow.capacity().getAsDouble() : null);
        m.put("availableCapacity", flow.availableCapacity().isPresent() ? flow.availableCapacity().getAsDouble() : null);
        return m;
    }

    private static Map<String, Object> criticality(LinkCriticality c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("links", c.linkList());
        m.put("lostVolume", c.lostVolume());
        m.put("rerouted", c.rerouted());
        m.put("costIncreaseMillionUsd", c.costIncreaseMillionUsd());
        m.put("minCut", c.minCutList());
        return m;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
