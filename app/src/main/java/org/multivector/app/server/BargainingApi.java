package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Forecast;
import org.multivector.bargaining.Interval;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Offer;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.RoundResult;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Summary;
import org.multivector.bargaining.Variant;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.bargaining.io.IssueReader;
import org.multivector.input.Problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bargaining over one issue with the expected-utility model (Bueno de Mesquita; Scholz et al. 2011):
 * the forecast round by round, its robustness by Monte Carlo, and the focal actor's room to
 * manoeuvre as one power's engagement is scaled. The issue is sent in the body (YAML with its
 * sources and assumptions, or the CSV of the literature), so analysts can edit positions and
 * re-run; the shipped examples are listed for a start. Nothing is stored: every answer is computed
 * on request.
 */
final class BargainingApi implements ApiModule {

    static final String EXAMPLES = "examples/bargaining/";
    static final int MAX_MONTE_CARLO_RUNS = 20_000;
    static final int MAX_FACTORS = 200;
    /** The most stakeholders one issue may have here (the model's cost grows with their cube). */
    static final int MAX_ACTORS = 100;
    /**
     * The most work one request may ask for, in model runs × stakeholders³ (each round weighs every
     * pair of stakeholders against every third): 1.25 × 10⁸ is 1,000 runs of 50 stakeholders, about
     * half a minute on one core.
     */
    static final long MAX_WORK = 125_000_000L;

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/bargaining/examples", ctx -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (String name : ClassPathFolder.list(EXAMPLES, "")) {
                if (name.endsWith(".yaml") || name.endsWith(".csv")) {
                    list.add(Map.of("name", name, "format", name.endsWith(".csv") ? "csv" : "yaml", "text", ClassPathFolder.read(EXAMPLES + name)));
                }
            }
            ctx.json(list);
        });
        routes.post("/api/bargaining/forecast", ctx -> {
            Issue issue = issue(ctx);
            Variant variant = variant(ctx, "scholz-code");
            Integer rounds = Params.optionalInt(ctx, "rounds", 0, 100);
            if (rounds != null) {
                variant = variant.withRounds(rounds);
            }
            Forecast forecast = ExpectedUtilityModel.of(variant).run(issue, context.compute().start(ctx));
            ctx.json(forecastJson(issue, forecast));
        });
        routes.post("/api/bargaining/montecarlo", ctx -> {
            Issue issue = issue(ctx);
            Variant variant = variant(ctx, "scholz-code");
            Integer runs = Params.optionalInt(ctx, "runs", 1, MAX_MONTE_CARLO_RUNS);
            Long seed = seed(ctx);
            Perturbation noise;
            try {
                noise = new Perturbation(Params.optionalDouble(ctx, "noiseCapability", 0, 10, Perturbation.DEFAULT.capability()),
                        Params.optionalDouble(ctx, "noiseSalience", 0, 1, Perturbation.DEFAULT.salience()),
                        Params.optionalDouble(ctx, "noisePosition", 0, 1, Perturbation.DEFAULT.position()));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("noiseCapability", Params.printable(e.getMessage()));
            }
            int runCount = runs == null ? 1000 : runs;
            requireWork(issue, runCount, "runs");
            MonteCarlo.Result result = MonteCarlo.run(issue, variant, noise, runCount, seed == null ? 1 : seed, true,
                    context.compute().start(ctx));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("issue", issue.name());
            json.put("variant", variant.name());
            json.put("runs", result.runs());
            json.put("seed", result.seed());
            json.put("finalMedian", summary(result.finalMedian()));
            json.put("finalMean", summary(result.finalMean()));
            List<Map<String, Object>> actors = new ArrayList<>();
            for (int i = 0; i < result.actorList().size(); i++) {
                Map<String, Object> a = summary(result.finalPositionList().get(i));
                a.put("actor", result.actorList().get(i));
                actors.add(a);
            }
            json.put("finalPositions", actors);
            ctx.json(json);
        });
        routes.post("/api/bargaining/manoeuvre", ctx -> {
            Issue issue = issue(ctx);
            Variant variant = variant(ctx, ManoeuvreRoom.DEFAULT_VARIANT.name());
            String focal = actor(ctx, issue, "focal");
            String vary = actor(ctx, issue, "vary");
            String leverText = ctx.queryParam("lever") == null ? "capability" : ctx.queryParam("lever").strip().toLowerCase(Locale.ROOT);
            ManoeuvreRoom.Lever lever = switch (leverText) {
                case "capability", "" -> ManoeuvreRoom.Lever.CAPABILITY;
                case "salience" -> ManoeuvreRoom.Lever.SALIENCE;
                default -> throw ApiProblem.invalidField("lever", "'" + Params.printable(leverText) + "' is not capability or salience");
            };
            double from = Params.optionalDouble(ctx, "from", 0, 100, 0);
            double to = Params.optionalDouble(ctx, "to", 0, 100, 2);
            double step = Params.optionalDouble(ctx, "step", 1e-3, 100, 0.25);
            if (to < from) {
                throw ApiProblem.invalidField("to", "to " + to + " is below from " + from);
            }
            int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
            if (count > MAX_FACTORS) {
                throw ApiProblem.invalidField("step", "from, to and step give " + count + " factors; at most " + MAX_FACTORS);
            }
            requireWork(issue, count, "step");
            double[] factors = new double[count];
            for (int k = 0; k < count; k++) {
                factors[k] = Math.round((from + k * step) * 1e9) / 1e9;
            }
            List<ManoeuvreRoom.Point> curve = ManoeuvreRoom.curve(issue, focal, vary, lever, factors, variant,
                    ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE, context.compute().start(ctx));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("issue", issue.name());
            json.put("variant", variant.name());
            json.put("focal", focal);
            json.put("varied", vary);
            json.put("lever", lever.name().toLowerCase(Locale.ROOT));
            json.put("scale", List.of(issue.lowerBound(), issue.upperBound()));
            json.put("curve", curve.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("factor", p.factor());
                m.put("width", p.room().totalWidth());
                m.put("share", p.room().share());
                m.put("intervals", p.room().intervalList().stream().map((Interval i) -> List.of(i.from(), i.to())).toList());
                return m;
            }).toList());
            ctx.json(json);
        });
    }

    /** The issue in the body: YAML ({@code application/yaml}) or the CSV of the literature ({@code text/csv}). */
    private static Issue issue(Context ctx) {
        String text = Bodies.text(ctx, "application/yaml", "application/x-yaml", "text/yaml", "text/csv");
        String type = ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        try {
            Issue issue = type.equals("text/csv")
                    ? IssueReader.readCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "issue.csv", "issue")
                    : IssueReader.readYaml(text, "issue.yaml");
            if (issue.size() > MAX_ACTORS) {
                throw new ApiProblem(422, "Too much work", "the issue has " + issue.size() + " stakeholders; at most " + MAX_ACTORS
                        + " are accepted here (the model's cost grows with their cube)",
                        List.of(new ApiProblem.FieldError("body", "at most " + MAX_ACTORS + " stakeholders")));
            }
            return issue;
        } catch (InvalidIssueException e) {
            throw ApiProblem.invalidInput("the issue has " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"),
                    e.problems(), file -> file);
        }
    }

    /** 422 when {@code runs} model runs of the issue exceed {@link #MAX_WORK}. */
    private static void requireWork(Issue issue, int runs, String field) {
        long n = issue.size();
        long work = runs * n * n * n;
        if (work > MAX_WORK) {
            long most = Math.max(1, MAX_WORK / (n * n * n));
            throw new ApiProblem(422, "Too much work", runs + " model runs of " + n + " stakeholders are " + work
                    + " units of work (runs × stakeholders³); at most " + MAX_WORK + " per request. Ask at most " + most + " runs",
                    List.of(new ApiProblem.FieldError(field, "at most " + most + " model runs for " + n + " stakeholders")));
        }
    }

    private static Variant variant(Context ctx, String fallback) {
        String name = ctx.queryParam("variant");
        try {
            return Variant.named(name == null || name.isBlank() ? fallback : name.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("variant", Params.printable(e.getMessage()));
        }
    }

    private static String actor(Context ctx, Issue issue, String parameter) {
        String name = ctx.queryParam(parameter);
        if (name == null || name.isBlank()) {
            throw ApiProblem.invalidField(parameter, "required: the name of a stakeholder of the issue");
        }
        if (issue.indexOf(name.strip()) < 0) {
            throw ApiProblem.invalidField(parameter, "'" + Params.printable(name) + "' is not a stakeholder; they are: "
                    + String.join(", ", issue.stakeholderList().stream().map(Stakeholder::name).toList()));
        }
        return name.strip();
    }

    private static Long seed(Context ctx) {
        String text = ctx.queryParam("seed");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("seed", "'" + Params.printable(text) + "' is not a whole number");
        }
    }

    private static Map<String, Object> forecastJson(Issue issue, Forecast forecast) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issue", issue.name());
        json.put("scaleDescription", issue.scale());
        json.put("scale", List.of(issue.lowerBound(), issue.upperBound()));
        json.put("variant", forecast.variant().name());
        json.put("stakeholders", issue.stakeholderList().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("capability", s.capability());
            m.put("position", s.position());
            m.put("salience", s.salience());
            return m;
        }).toList());
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (RoundResult round : forecast.roundList()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("round", round.round());
            r.put("positions", round.positionList());
            r.put("weightedMean", round.weightedMean());
            r.put("weightedMedian", round.weightedMedian());
            r.put("offers", round.offerList().stream().map(BargainingApi::offer).toList());
            rounds.add(r);
        }
        json.put("rounds", rounds);
        json.put("forecast", Map.of("weightedMedian", forecast.last().weightedMedian(), "weightedMean", forecast.last().weightedMean(),
                "rounds", forecast.rounds()));
        json.put("sources", issue.sourceList());
        json.put("assumptions", issue.assumptionList());
        return json;
    }

    private static Map<String, Object> offer(Offer o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receiver", o.receiver());
        m.put("sender", o.sender());
        m.put("type", o.type().name().toLowerCase(Locale.ROOT));
        m.put("from", o.fromPosition());
        m.put("to", o.toPosition());
        return m;
    }

    private static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", s.mean());
        m.put("sd", s.sd());
        m.put("p05", s.p05());
        m.put("p25", s.p25());
        m.put("p50", s.p50());
        m.put("p75", s.p75());
        m.put("p95", s.p95());
        return m;
    }
}
