package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.bargaining.BargainingDocuments;
import org.multivector.bargaining.ExpectedUtilityModel;
import org.multivector.bargaining.Forecast;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
import org.multivector.bargaining.MonteCarlo;
import org.multivector.bargaining.Perturbation;
import org.multivector.bargaining.Variant;
import org.multivector.bargaining.io.InvalidIssueException;
import org.multivector.bargaining.io.IssueReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** A shipped bargaining issue: its file name, format ({@code csv} or {@code yaml}) and text. */
    record Example(String name, String format, String text) {}

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/bargaining/examples", ctx -> {
            List<Example> list = new ArrayList<>();
            for (String name : ClassPathFolder.list(EXAMPLES, "")) {
                if (name.endsWith(".yaml") || name.endsWith(".csv")) {
                    list.add(new Example(
                            name, name.endsWith(".csv") ? "csv" : "yaml", ClassPathFolder.read(EXAMPLES + name)));
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
            Forecast forecast = ExpectedUtilityModel.of(variant)
                    .run(issue, context.compute().start(ctx));
            ctx.json(BargainingDocuments.forecast(forecast));
        });
        routes.post("/api/bargaining/montecarlo", ctx -> {
            Issue issue = issue(ctx);
            Variant variant = variant(ctx, "scholz-code");
            Integer runs = Params.optionalInt(ctx, "runs", 1, MAX_MONTE_CARLO_RUNS);
            Long seed = seed(ctx);
            Perturbation noise;
            try {
                noise = new Perturbation(
                        Params.optionalDouble(ctx, "noiseCapability", 0, 10, Perturbation.DEFAULT.capability()),
                        Params.optionalDouble(ctx, "noiseSalience", 0, 1, Perturbation.DEFAULT.salience()),
                        Params.optionalDouble(ctx, "noisePosition", 0, 1, Perturbation.DEFAULT.position()));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("noiseCapability", Params.printable(e.getMessage()));
            }
            int runCount = runs == null ? 1000 : runs;
            requireWork(issue, runCount, "runs");
            MonteCarlo.Result result = MonteCarlo.run(
                    issue,
                    variant,
                    noise,
                    runCount,
                    seed == null ? 1 : seed,
                    true,
                    context.compute().start(ctx));
            ctx.json(BargainingDocuments.monteCarlo(issue, variant, result));
        });
        routes.post("/api/bargaining/manoeuvre", ctx -> {
            Issue issue = issue(ctx);
            Variant variant = variant(ctx, ManoeuvreRoom.DEFAULT_VARIANT.name());
            String leverText = ctx.queryParam("lever") == null
                    ? "capability"
                    : ctx.queryParam("lever").strip().toLowerCase(Locale.ROOT);
            ManoeuvreRoom.Lever lever = switch (leverText) {
                case "capability", "" -> ManoeuvreRoom.Lever.CAPABILITY;
                case "salience" -> ManoeuvreRoom.Lever.SALIENCE;
                default ->
                    throw ApiProblem.invalidField(
                            "lever", "'" + Params.printable(leverText) + "' is not capability or salience");
            };
            String testText = ctx.queryParam("test") == null
                    ? "credible"
                    : ctx.queryParam("test").strip().toLowerCase(Locale.ROOT);
            ManoeuvreRoom.Test test = switch (testText) {
                case "credible", "" -> ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE;
                case "strict" -> ManoeuvreRoom.Test.NO_EXPECTED_GAIN;
                default ->
                    throw ApiProblem.invalidField(
                            "test", "'" + Params.printable(testText) + "' is not credible or strict");
            };
            BargainingDocuments.ManoeuvreRequest request = new BargainingDocuments.ManoeuvreRequest(
                    ctx.queryParam("focal"),
                    ctx.queryParam("vary"),
                    lever,
                    Params.optionalDouble(ctx, "from", 0, 100, 0),
                    Params.optionalDouble(ctx, "to", 0, 100, 2),
                    Params.optionalDouble(ctx, "step", 1e-3, 100, 0.25),
                    test);
            int count = request.factors().length;
            if (count > MAX_FACTORS) {
                throw ApiProblem.invalidField(
                        "step",
                        "from, to and step give " + count + " factors; at most " + MAX_FACTORS + " per request here");
            }
            requireWork(issue, count, "step");
            ctx.json(request.answer(issue, variant, context.compute().start(ctx)));
        });
    }

    /** The issue in the body: YAML ({@code application/yaml}) or the CSV of the literature ({@code text/csv}). */
    private static Issue issue(Context ctx) {
        String text = Bodies.text(ctx, "application/yaml", "application/x-yaml", "text/yaml", "text/csv");
        String type = ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        try {
            Issue issue = type.equals("text/csv")
                    ? IssueReader.readCsv(
                            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "issue.csv", "issue")
                    : IssueReader.readYaml(text, "issue.yaml");
            if (issue.size() > MAX_ACTORS) {
                throw new ApiProblem(
                        422,
                        "Too much work",
                        "the issue has " + issue.size() + " stakeholders; at most " + MAX_ACTORS
                                + " are accepted here (the model's cost grows with their cube)",
                        List.of(new ApiProblem.FieldError("body", "at most " + MAX_ACTORS + " stakeholders")));
            }
            return issue;
        } catch (InvalidIssueException e) {
            throw ApiProblem.invalidInput(
                    "the issue has " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"),
                    e.problems(),
                    file -> file);
        }
    }

    /** 422 when {@code runs} model runs of the issue exceed {@link #MAX_WORK}. */
    private static void requireWork(Issue issue, int runs, String field) {
        long n = issue.size();
        long work = runs * n * n * n;
        if (work > MAX_WORK) {
            long most = Math.max(1, MAX_WORK / (n * n * n));
            throw new ApiProblem(
                    422,
                    "Too much work",
                    runs + " model runs of " + n + " stakeholders are " + work
                            + " units of work (runs × stakeholders³); at most " + MAX_WORK
                            + " per request. Ask at most " + most + " runs",
                    List.of(new ApiProblem.FieldError(
                            field, "at most " + most + " model runs for " + n + " stakeholders")));
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
}
