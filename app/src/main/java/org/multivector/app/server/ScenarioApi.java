package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.app.store.RunDocuments;
import org.multivector.app.store.RunRecorder;
import org.multivector.app.store.RunStore;
import org.multivector.app.store.RunStoreException;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.input.Problem;
import org.multivector.scenario.Design;
import org.multivector.scenario.EnsembleRequest;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.LocalEnsembleRunner;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.scenario.Series;
import org.multivector.world.World;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenarios and their ensembles: validate a scenario file (every problem with line and column), run
 * an ensemble as a job whose progress streams by Server-Sent Events and whose result is saved in the
 * run store (a DuckDB file, so runs survive a restart), and read stored runs back as fan-chart
 * quantiles.
 */
final class ScenarioApi implements ApiModule {

    /** The largest ensemble one request may ask for. */
    static final int MAX_RUNS = 100_000;
    /** The most values (runs × series × periods) one job may hold in memory: 8 bytes each, 160 MB. */
    static final long MAX_VALUES = 20_000_000;
    /** The example scenarios shipped with the application (class-path folder). */
    static final String EXAMPLES = "examples/scenarios/";

    private static final String[] YAML_TYPES = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"};

    private final Path storeFile;

    ScenarioApi(Path storeFile) {
        this.storeFile = storeFile;
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.exception(RunStoreException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            DashboardServer.problem(
                    ctx,
                    new ApiProblem(
                            503,
                            "Run store unavailable",
                            "the run store cannot be used now: " + storeMessage(e),
                            List.of()));
        });
        routes.get("/api/scenarios/examples", ctx -> ctx.json(examples()));
        routes.post("/api/scenarios/validate", ctx -> {
            Compiled compiled = compile(ctx, context);
            ctx.json(summary(compiled));
        });
        routes.post("/api/scenarios/runs", ctx -> {
            Compiled compiled = compile(ctx, context);
            Scenario scenario = compiled.model.scenario();
            Integer runs = Params.optionalInt(ctx, "runs", 1, MAX_RUNS);
            Long seed = optionalLong(ctx, "seed");
            Design design = scenario.ensemble().design();
            String designText = ctx.queryParam("design");
            if (designText != null && !designText.isBlank()) {
                design = Design.fromFileName(designText.strip().toLowerCase(Locale.ROOT));
                if (design == null) {
                    throw ApiProblem.invalidField(
                            "design",
                            "'" + Params.printable(designText) + "' is not monte-carlo (mc) or latin-hypercube (lhs)");
                }
            }
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            EnsembleRequest request = new EnsembleRequest(
                    runs != null ? runs : Math.min(scenario.ensemble().runs(), MAX_RUNS),
                    seed != null ? seed : scenario.ensemble().seed(),
                    design,
                    threads);
            long values = (long) request.runs() * compiled.model.outputSize();
            if (values > MAX_VALUES) {
                throw new ApiProblem(
                        422,
                        "Too much work",
                        request.runs() + " runs of " + compiled.model.outputSize() + " values each make " + values
                                + " values; one job may hold at most " + MAX_VALUES
                                + ". Ask fewer runs, or record fewer outcomes",
                        List.of(new ApiProblem.FieldError(
                                "runs", "at most " + MAX_VALUES / compiled.model.outputSize() + " for this scenario")));
            }
            JobRegistry.Snapshot job = context.jobs()
                    .submit("scenario-run", scenario.name() + " (" + request.runs() + " runs)", progress -> {
                        long started = System.nanoTime();
                        progress.update(0, request.runs(), "running " + scenario.name());
                        RunRecorder recorder;
                        try {
                            recorder = RunRecorder.start(
                                    storeFile,
                                    new RunStore.Metadata(
                                            scenario.name(),
                                            compiled.file,
                                            compiled.sha256,
                                            compiled.text,
                                            compiled.model.datasetVersion(),
                                            codeVersion(),
                                            threads,
                                            0),
                                    compiled.model,
                                    request,
                                    (done, total) -> progress.update(done, total, "runs completed"),
                                    progress::timeLeft);
                        } catch (RunStoreException e) {
                            if (progress.cancelled()) {
                                throw new JobRegistry.TaskFailure(
                                        "cancelled while waiting for the run store; no run was made or stored");
                            }
                            throw new JobRegistry.TaskFailure(
                                    "the run store cannot take the ensemble now: " + storeMessage(e));
                        }
                        EnsembleResult result;
                        try {
                            result = new LocalEnsembleRunner()
                                    .run(
                                            compiled.model,
                                            request,
                                            recorder,
                                            () -> progress.cancelled() || recorder.failed());
                            double elapsed = (System.nanoTime() - started) / 1e9;
                            progress.update(result.completedCount(), request.runs(), "saving to the run store");
                            recorder.finish(result, elapsed);
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("runId", recorder.id());
                            out.put("runsCompleted", result.completedCount());
                            out.put("elapsedSeconds", elapsed);
                            return out;
                        } catch (RunStoreException e) {
                            recorder.abandon();
                            throw new JobRegistry.TaskFailure(
                                    "the run store could not save ensemble " + recorder.id() + ": " + storeMessage(e));
                        } catch (RuntimeException | Error e) {
                            recorder.abandon();
                            throw e;
                        }
                    });
            ctx.status(202).json(job.toJson(false));
        });
        routes.get("/api/runs", ctx -> {
            try (RunStore store = RunStore.open(storeFile)) {
                ctx.json(store.list().stream().map(RunDocuments.RunSummary::of).toList());
            }
        });
        routes.get("/api/runs/{id}", ctx -> {
            int id = Params.pathInt(ctx, "id", 1, Integer.MAX_VALUE);
            try (RunStore store = RunStore.open(storeFile)) {
                RunStore.Summary summary =
                        store.find(id).orElseThrow(() -> ApiProblem.notFound("id", "no stored run " + id));
                ctx.json(RunDocuments.storedRun(summary, store.quantiles(id), store.assumptions(id)));
            }
        });
        routes.delete("/api/runs/{id}", ctx -> {
            int id = Params.pathInt(ctx, "id", 1, Integer.MAX_VALUE);
            try (RunStore store = RunStore.open(storeFile)) {
                if (!store.delete(id)) {
                    throw ApiProblem.notFound("id", "no stored run " + id);
                }
            }
            ctx.status(204);
        });
    }

    /**
     * What a client may read about a store failure: whether it was busy, never its path or the
     * database's own message (those go to the server's log).
     */
    static String storeMessage(RunStoreException e) {
        if (e.getMessage() != null && e.getMessage().contains(" was in use by ")) {
            return "another multivector process or job held it too long; try again";
        }
        System.err.println("multivector: run store failure: " + e.getMessage());
        return "it failed to read or write (the server log has the details)";
    }

    private record Compiled(String file, String text, String sha256, ScenarioModel model) {}

    /**
     * Reads and compiles the scenario in the body against the dataset named by {@code ?dataset}
     * (default: the scenario's own), under the request's compute deadline and client
     * watch ({@link ComputeGuard}): the YAML reader polls it between nodes, and it is checked
     * once more when compiling is done, so a large body whose client has gone, or one past the
     * deadline, stops (503 or 499) instead of running on.
     */
    private static Compiled compile(Context ctx, ServerContext context) {
        return context.compute().guarded(ctx, () -> compileUnguarded(ctx, context));
    }

    private static Compiled compileUnguarded(Context ctx, ServerContext context) {
        String text = Bodies.text(ctx, YAML_TYPES);
        String file = "scenario.yaml";
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(new StringReader(text), file);
        } catch (InvalidScenarioException e) {
            throw problems(e.problems());
        }
        String datasetName = ctx.queryParam("dataset");
        World world = context.catalog()
                .get(datasetName == null || datasetName.isBlank() ? scenario.dataset() : datasetName.strip());
        try {
            return new Compiled(
                    file,
                    text,
                    sha256(text),
                    ScenarioModel.compile(
                            scenario,
                            world,
                            context.catalog().attachment(world.info().name(), CorridorNetwork.class),
                            file));
        } catch (InvalidScenarioException e) {
            throw problems(e.problems());
        }
    }

    private static ApiProblem problems(List<Problem> problems) {
        return ApiProblem.invalidInput("the scenario", "nothing was run", problems, file -> file);
    }

    private static Map<String, Object> summary(Compiled compiled) {
        ScenarioModel model = compiled.model;
        Scenario scenario = model.scenario();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", scenario.name());
        json.put("description", scenario.description());
        json.put("dataset", scenario.dataset());
        json.put("datasetVersion", model.datasetVersion());
        json.put("runs", scenario.ensemble().runs());
        json.put("seed", scenario.ensemble().seed());
        json.put("design", scenario.ensemble().design().fileName());
        json.put("series", model.series().stream().map(Series::label).toList());
        List<String> periods = new ArrayList<>();
        for (int k = 0; k < model.periods(); k++) {
            periods.add(model.periodLabel(k));
        }
        json.put("periods", periods);
        json.put(
                "routes",
                model.routes().stream()
                        .map(org.multivector.scenario.CompiledRoute::document)
                        .toList());
        json.put(
                "assumptions",
                scenario.assumptionList().stream()
                        .map(a -> a.text() + (a.reference().isEmpty() ? "" : " (" + a.reference() + ")"))
                        .toList());
        return json;
    }

    private static Long optionalLong(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField(name, "'" + Params.printable(text) + "' is not a whole number");
        }
    }

    /** The example scenarios on the class path, baseline first, then by name. */
    private static List<ClassPathFolder.Example> examples() {
        List<ClassPathFolder.Example> list = new ArrayList<>(ClassPathFolder.examples(EXAMPLES));
        list.sort(java.util.Comparator.comparing(
                        (ClassPathFolder.Example e) -> !e.name().equals("baseline.yaml"))
                .thenComparing(ClassPathFolder.Example::name));
        return list;
    }

    private static String codeVersion() {
        String version = ScenarioApi.class.getPackage().getImplementationVersion();
        return "multivector " + (version == null ? "development build" : version) + " (dashboard)";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
