package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import org.multivector.world.Actor;
import org.multivector.world.Dimension;
import org.multivector.world.World;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/datasets}: the datasets served, their actors and dimensions. */
final class DatasetApi implements ApiModule {

    /** The first and last year of a dataset. */
    record YearRange(int from, int to) {}

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get(
                "/api/datasets",
                ctx -> ctx.json(context.catalog().worlds().stream()
                        .map(w -> summary(w, false))
                        .toList()));
        routes.get(
                "/api/datasets/{dataset}",
                ctx -> ctx.json(summary(context.catalog().get(ctx.pathParam("dataset")), true)));
        routes.post("/api/datasets", ctx -> {
            World world = DatasetUpload.load(Bodies.json(ctx, context.mapper()));
            context.catalog().add(world);
            ctx.status(201).json(summary(world, true));
        });
    }

    static Map<String, Object> summary(World world, boolean detailed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", world.info().name());
        json.put("title", world.info().title());
        json.put("version", world.info().version());
        json.put("description", world.info().description());
        json.put("focal", world.info().focal());
        json.put("years", new YearRange(world.years().from(), world.years().to()));
        json.put("reporters", world.reporters());
        json.put("sourcePreference", world.info().sourcePreference());
        if (detailed) {
            json.put("actors", world.actors().stream().map(DatasetApi::actor).toList());
            json.put(
                    "dimensions",
                    world.dimensions().stream().map(DatasetApi::dimension).toList());
        }
        return json;
    }

    private static Map<String, Object> actor(Actor actor) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", actor.code());
        json.put("name", actor.name());
        json.put("kind", actor.kind().fileName());
        json.put(
                "members",
                actor.members().stream().map(m -> m.code()).distinct().toList());
        return json;
    }

    private static Map<String, Object> dimension(Dimension dimension) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", dimension.id());
        json.put("name", dimension.name());
        json.put("unit", dimension.unit());
        json.put("kind", dimension.kind().name().toLowerCase(Locale.ROOT));
        json.put("description", dimension.description());
        json.put("signed", dimension.signed());
        return json;
    }

    static List<String> ids(World world) {
        return world.dimensions().stream().map(Dimension::id).toList();
    }
}
