package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.exposure.BalanceYear;
import org.multivector.exposure.ExposureAnalysis;
import org.multivector.exposure.ExposureReport;
import org.multivector.exposure.MetricValue;
import org.multivector.world.Actor;
import org.multivector.world.BasisChoice;
import org.multivector.world.World;
import org.multivector.world.YearRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            List<String> powers = powers(ctx, world, country);
            Integer from = Params.optionalInt(ctx, "from", world.years().from(), world.years().to());
            Integer to = Params.optionalInt(ctx, "to", world.years().from(), world.years().to());
            int first = from == null ? world.years().from() : from;
            int last = to == null ? world.years().to() : to;
            if (last < first) {
                throw ApiProblem.invalidField("to", "to " + last + " comes before from " + first);
            }
            YearRange years = new YearRange(first, last);
            BasisChoice basis = Params.basis(ctx);
            ExposureReport report;
            try {
                report = ExposureAnalysis.of(world, country, years, powers, basis);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("powers", Params.printable(e.getMessage()));
            }
            ctx.json(json(world, report));
        });
    }

    private static List<String> powers(Context ctx, World world, String country) {
        String text = ctx.queryParam("powers");
        List<String> powers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            for (String code : ExposureAnalysis.DEFAULT_POWERS) {
                if (world.actor(code).isPresent() && !code.equals(country)) {
                    powers.add(code);
                }
            }
            return powers;
        }
        for (String part : text.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (world.actor(code).isEmpty()) {
                throw ApiProblem.invalidField("powers", "'" + Params.printable(part.strip()) + "' is not an actor of dataset " + world.info().name());
            }
            if (powers.contains(code)) {
                throw ApiProblem.invalidField("powers", code + " is given twice");
            }
            powers.add(code);
        }
        if (powers.size() > ExposureAnalysis.MAX_POWERS) {
            throw ApiProblem.invalidField("powers", powers.size() + " powers; at most " + ExposureAnalysis.MAX_POWERS);
        }
        return powers;
    }

    private static Map<String, Object> json(World world, ExposureReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", world.info().name());
        json.put("country", report.focal());
        json.put("countryName", world.actor(report.focal()).map(Actor::name).orElse(report.focal()));
        json.put("powers", report.powers().stream().map(code -> Map.of("code", code, "name", world.actor(code).map(Actor::name).orElse(code))).toList());
        json.put("basis", report.basis().optionName());
        List<Integer> years = report.years().stream().boxed().toList();
        json.put("years", years);
        List<Map<String, Object>> balance = new ArrayList<>();
        for (BalanceYear year : report.balance()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("year", year.year());
            b.put("closeness", year.closeness());
            b.put("weights", year.weights());
            b.put("level", year.level());
            b.put("evenness", year.evenness());
            b.put("balance", year.balance().label());
            b.put("leaningTo", year.balance().power());
            b.put("dimensions", year.dimensions());
            b.put("note", year.note().isEmpty() ? null : year.note());
            balance.add(b);
        }
        json.put("balance", balance);
        List<Map<String, Object>> series = new ArrayList<>();
        for (Map.Entry<MetricValue.SeriesKey, double[]> entry : report.series().entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("metric", entry.getKey().metric().id());
            s.put("description", entry.getKey().metric().description());
            s.put("scale", entry.getKey().metric().scale().name().toLowerCase(Locale.ROOT));
            s.put("dimension", entry.getKey().dimension());
            s.put("partner", entry.getKey().partner());
            List<Double> values = new ArrayList<>();
            for (double v : entry.getValue()) {
                values.add(Double.isFinite(v) ? v : null);
            }
            s.put("values", values);
            series.add(s);
        }
        json.put("series", series);
        json.put("sources", report.sources().stream().map(ProfileApi::source).distinct().toList());
        return json;
    }
}
