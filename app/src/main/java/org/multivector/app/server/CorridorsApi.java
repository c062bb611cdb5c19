package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.corridors.AllocationRequest;
import org.multivector.corridors.AllocationResult;
import org.multivector.corridors.Commodity;
import org.multivector.corridors.ControlTable;
import org.multivector.corridors.CorridorAllocator;
import org.multivector.corridors.CorridorControl;
import org.multivector.corridors.CorridorCriticality;
import org.multivector.corridors.CorridorDocuments;
import org.multivector.corridors.CorridorExposure;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.corridors.CorridorQuery;
import org.multivector.corridors.JurisdictionExposure;
import org.multivector.corridors.LinkControl;
import org.multivector.corridors.MinCostFlowAllocator;
import org.multivector.corridors.Period;

import java.util.ArrayList;
import java.util.List;

/**
 * Export corridors of a dataset: the network with coordinates for the map, the min-cost-flow
 * allocation under disruptions given as query parameters (close a jurisdiction, cut a link, reduce a
 * link's capacity, for a period of the year), each jurisdiction's exposure and each link's
 * criticality. Every answer is computed by {@link MinCostFlowAllocator} on request; nothing changes
 * state, so every route is a GET.
 */
final class CorridorsApi implements ApiModule {

    private final CorridorAllocator allocator = new MinCostFlowAllocator();

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/datasets/{dataset}/corridors", ctx -> {
            CorridorNetwork network = network(ctx, context);
            CorridorQuery query = CorridorQuery.of(ctx.queryParam("commodity"), year(ctx));
            ctx.json(CorridorDocuments.network(network, query.commodity(network), query.year(network)));
        });
        routes.get("/api/datasets/{dataset}/corridors/allocation", ctx -> {
            CorridorNetwork network = network(ctx, context);
            AllocationRequest request = query(ctx).allocationRequest(network);
            ctx.json(CorridorDocuments.allocation(
                    network, allocate(network, request, context.compute().start(ctx))));
        });
        routes.get("/api/datasets/{dataset}/corridors/exposure", ctx -> {
            CorridorNetwork network = network(ctx, context);
            CorridorQuery query = CorridorQuery.of(ctx.queryParam("commodity"), year(ctx));
            Commodity commodity = query.commodity(network);
            int year = query.year(network);
            List<JurisdictionExposure> rows = CorridorExposure.of(
                    network, allocator, commodity.id(), year, context.compute().start(ctx));
            ctx.json(CorridorDocuments.exposure(network, commodity, year, rows));
        });
        routes.get("/api/datasets/{dataset}/corridors/control", ctx -> {
            CorridorNetwork network = network(ctx, context);
            CorridorQuery query = CorridorQuery.of(ctx.queryParam("commodity"), year(ctx));
            Commodity commodity = query.commodity(network);
            int year = query.year(network);
            List<LinkControl> control = context.catalog()
                    .attachment(ctx.pathParam("dataset"), ControlTable.class)
                    .map(ControlTable::rowList)
                    .orElse(List.of());
            ctx.json(CorridorDocuments.control(
                    network,
                    commodity,
                    year,
                    CorridorControl.analyse(
                            network,
                            allocator,
                            control,
                            commodity.id(),
                            year,
                            context.compute().start(ctx))));
        });
        routes.get("/api/datasets/{dataset}/corridors/criticality", ctx -> {
            CorridorNetwork network = network(ctx, context);
            CorridorQuery query = CorridorQuery.of(ctx.queryParam("commodity"), year(ctx));
            Commodity commodity = query.commodity(network);
            int year = query.year(network);
            boolean pairs = "true".equalsIgnoreCase(ctx.queryParam("pairs"));
            ctx.json(CorridorDocuments.criticality(
                    network,
                    commodity,
                    year,
                    CorridorCriticality.analyse(
                            network,
                            commodity.id(),
                            year,
                            pairs,
                            context.compute().start(ctx))));
        });
    }

    private AllocationResult allocate(
            CorridorNetwork network, AllocationRequest request, org.multivector.work.Cancellation cancellation) {
        try {
            return allocator.allocate(network, request, cancellation);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("disruption", Params.printable(e.getMessage()));
        }
    }

    private static CorridorNetwork network(Context ctx, ServerContext context) {
        String name = ctx.pathParam("dataset");
        context.catalog().get(name);
        return context.catalog()
                .attachment(name, CorridorNetwork.class)
                .orElseThrow(() -> ApiProblem.notFound(
                        "dataset",
                        "dataset " + Params.printable(name)
                                + " has no corridor network (a corridors/ folder with network.yaml)"));
    }

    private static Integer year(Context ctx) {
        return Params.optionalInt(ctx, "year", 1800, 2200);
    }

    /**
     * The question in the query: {@code close=KAZ,RUS} (jurisdictions), {@code closeLink=LINK,...},
     * {@code closeNode=NODE,...}, {@code cut=LINK=P%,...} (cut P percent; {@code cut=LINK} cuts all of it),
     * {@code reduce=LINK:X,...} (leave the share X), {@code event=ID} (a dated disruption of the data),
     * {@code add=LINK=+N,...} (capacity added), the disruptions applying for the period {@code start}
     * (day of the year, 0-based) and {@code days} (default the rest of the year). The rules are the
     * command line's: {@link CorridorQuery}.
     */
    static CorridorQuery query(Context ctx) {
        Integer startGiven = Params.optionalInt(ctx, "start", 0, Period.DAYS - 1);
        int start = startGiven == null ? 0 : startGiven;
        Integer daysGiven = Params.optionalInt(ctx, "days", 1, Period.DAYS);
        int days = daysGiven == null ? Period.DAYS - start : daysGiven;
        if (start + days > Period.DAYS) {
            throw ApiProblem.invalidField(
                    "days",
                    "start " + start + " plus " + days + " days runs past the end of the year (" + Period.DAYS
                            + " days)");
        }
        return new CorridorQuery(
                ctx.queryParam("commodity"),
                year(ctx),
                list(ctx, "close"),
                list(ctx, "closeLink"),
                list(ctx, "closeNode"),
                list(ctx, "cut"),
                list(ctx, "reduce"),
                list(ctx, "event"),
                list(ctx, "add"),
                Period.days(start, days));
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
}
