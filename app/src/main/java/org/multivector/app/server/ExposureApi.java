package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.exposure.ExposureRequest;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.List;

/**
 * A country's exposure ({@link ExposureAnalysis}): every metric as yearly series with each power,
 * and the balance among the powers (closeness to each, their level and evenness, and the verdict:
 * equal closeness, equidistance, tilt or alignment), with the sources behind them.
 */
final class ExposureApi implements ApiModule {

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/datasets/{dataset}/exposure/{country}", ctx -> {
            String country = Params.actor(ctx, context.catalog().get(ctx.pathParam("dataset")), "country");
            World world = context.catalog().get(ctx.pathParam("dataset"), country);
            Integer from = Params.optionalInt(
                    ctx, "from", world.years().from(), world.years().to());
            Integer to = Params.optionalInt(
                    ctx, "to", world.years().from(), world.years().to());
            ctx.json(new ExposureRequest(country, from, to, powers(ctx), Params.basis(ctx)).answer(world));
        });
    }

    /** The {@code powers} parameter as given (comma-separated, repeatable), or null for the default powers. */
    private static List<String> powers(Context ctx) {
        List<String> powers = new ArrayList<>();
        for (String value : ctx.queryParams("powers")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    powers.add(part.strip());
                }
            }
        }
        return powers.isEmpty() ? null : powers;
    }
}
