package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import org.multivector.profile.CountryProfile;
import org.multivector.profile.ProfileRequest;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.Dimension;
import org.multivector.world.World;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A country's partner profile for one year ({@link CountryProfile}) and each partner's figures and
 * shares over the years, both with sources.
 */
final class ProfileApi implements ApiModule {

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/datasets/{dataset}/profile/{country}", ctx -> {
            String country = Params.actor(ctx, context.catalog().get(ctx.pathParam("dataset")), "country");
            World world = context.catalog().get(ctx.pathParam("dataset"), country);
            Integer year = Params.optionalInt(
                    ctx, "year", world.years().from(), world.years().to());
            ctx.json(new ProfileRequest(country, year, Params.dimension(ctx, world, "dimension"), Params.basis(ctx))
                    .answer(world));
        });
        routes.get("/api/datasets/{dataset}/series/{country}", ctx -> {
            String country = Params.actor(ctx, context.catalog().get(ctx.pathParam("dataset")), "country");
            World world = context.catalog().get(ctx.pathParam("dataset"), country);
            String dimensionId = Params.dimension(ctx, world, "dimension");
            BasisChoice basis = Params.basis(ctx);
            Dimension dimension =
                    dimensionId != null ? world.dimension(dimensionId).orElseThrow() : firstDyadic(world, country);
            if (dimension == null) {
                throw ApiProblem.invalidField(
                        "dimension", "dataset " + world.info().name() + " has no partner figures for " + country);
            }
            ctx.json(series(world, country, dimension, basis));
        });
    }

    private static Dimension firstDyadic(World world, String country) {
        for (Dimension dimension : world.dimensions()) {
            if (dimension.kind().isDyadic()
                    && !world.series(country, Actor.WORLD, dimension.id(), BasisChoice.REPORTER)
                            .isEmpty()) {
                return dimension;
            }
        }
        return null;
    }

    /** Every partner's figure and share of the reported world total, year by year (null where absent). */
    private static Map<String, Object> series(World world, String country, Dimension dimension, BasisChoice basis) {
        List<Integer> years = world.years().stream().boxed().toList();
        Set<String> partners = new LinkedHashSet<>();
        for (Actor actor : world.actors()) {
            if (!actor.code().equals(country)
                    && !world.series(country, actor.code(), dimension.id(), basis)
                            .isEmpty()) {
                partners.add(actor.code());
            }
        }
        List<Map<String, Object>> partnerList = new ArrayList<>();
        for (String code : partners) {
            Actor actor = world.actor(code).orElseThrow();
            List<Double> values = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (int year : years) {
                OptionalDouble value = world.value(country, code, dimension.id(), year, basis);
                OptionalDouble total = world.value(country, Actor.WORLD, dimension.id(), year, BasisChoice.REPORTER);
                values.add(value.isPresent() ? value.getAsDouble() : null);
                shares.add(
                        value.isPresent() && total.isPresent() && total.getAsDouble() > 0
                                ? value.getAsDouble() / total.getAsDouble()
                                : null);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("name", actor.name());
            json.put("kind", actor.kind().fileName());
            json.put("values", values);
            json.put("shares", shares);
            partnerList.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", world.info().name());
        json.put("country", country);
        json.put("dimension", dimension.id());
        json.put("dimensionName", dimension.name());
        json.put("unit", dimension.unit());
        json.put("basis", basis.optionName());
        json.put("years", years);
        json.put("partners", partnerList);
        return json;
    }
}
