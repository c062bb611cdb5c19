package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.multivector.app.cli.StrategyStudies;
import org.multivector.app.store.ExperimentStore;
import org.multivector.app.store.RunStoreException;
import org.multivector.corridors.CorridorNetwork;
import org.multivector.input.Problem;
import org.multivector.scenario.InvalidScenarioException;
import org.multivector.scenario.Lever;
import org.multivector.scenario.Scenario;
import org.multivector.scenario.ScenarioModel;
import org.multivector.scenario.ScenarioReader;
import org.multivector.strategy.InvalidStudyException;
import org.multivector.strategy.Policy;
import org.multivector.strategy.Study;
import org.multivector.strategy.StudyReader;
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
import java.util.Map;
import java.util.Set;

/**
 * Strategy studies: the shipped examples, validation of a study (every problem with line and
 * column), and a study run as a job whose progress streams by Server-Sent Events and whose
 * experiment is streamed to the run store (so a cancelled or crashed run resumes when started again).
 */
final class StrategyApi implements ApiModule {

    /** The largest scenario count one request may ask for. */
    static final int MAX_SCENARIOS = 100_000;

    static final String EXAMPLES = "examples/strategy/";
    private static final String[] YAML_TYPES = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"};

    private final Path storeFile;

    StrategyApi(Path storeFile) {
        this.storeFile = storeFile;
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        routes.get("/api/strategy/examples", ctx -> {
            ctx.json(ClassPathFolder.examples(EXAMPLES));
        });
        routes.post("/api/strategy/validate", ctx -> ctx.json(summary(compile(ctx, context))));
        routes.post("/api/strategy/runs", ctx -> {
            Compiled compiled = compile(ctx, context);
            Integer scenarios = Params.optionalInt(ctx, "scenarios", 2, MAX_SCENARIOS);
            String analysesText = ctx.queryParam("analyses");
            Set<StrategyStudies.Analysis> analyses;
            try {
                analyses = StrategyStudies.Analysis.parse(
                        analysesText == null || analysesText.isBlank() ? "all" : analysesText);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField(
                        "analyses",
                        "'" + Params.printable(e.getMessage())
                                + "' is not compare, optimise, discover, sensitivity or all");
            }
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

            Study study = compiled.study;
            ExperimentStore.Metadata metadata = new ExperimentStore.Metadata(
                    study.scenario().name(),
                    compiled.file,
                    sha256(compiled.text),
                    compiled.text,
                    compiled.model.datasetVersion(),
                    codeVersion(),
                    0,
                    "",
                    0);
            JobRegistry.Snapshot job = context.jobs()
                    .submit("strategy-study", study.scenario().name(), progress -> {
                        String[] phase = {"starting"};
                        long[] total = {0};
                        // the experiment waits its turn at the store for as long as the job may run
                        // (a cancel ends the wait), not for the store's fixed minute
                        StrategyStudies.Options options = new StrategyStudies.Options(
                                analyses,
                                scenarios,
                                null,
                                threads,
                                storeFile,
                                org.multivector.app.store.RunRecorder.waitFor(progress::timeLeft));
                        StrategyStudies.Outcome outcome;
                        try {
                            outcome = StrategyStudies.run(
                                    study,
                                    compiled.model,
                                    metadata,
                                    options,
                                    new StrategyStudies.Progress() {
                                        @Override
                                        public void phase(String name, long all, long done) {
                                            phase[0] = name;
                                            total[0] = all;
                                            progress.update(done, all, name);
                                        }

                                        @Override
                                        public void step(long done) {
                                            progress.update(done, total[0], phase[0]);
                                        }
                                    },
                                    progress::cancelled);
                        } catch (RunStoreException e) {
                            if (progress.cancelled()) {
                                throw new JobRegistry.TaskFailure("cancelled while waiting for the run store");
                            }
                            throw new JobRegistry.TaskFailure(
                                    "the run store cannot take the experiment now: " + ScenarioApi.storeMessage(e));
                        }
                        if (outcome.interrupted()) {
                            throw new JobRegistry.TaskFailure(
                                    "cancelled: " + outcome.experiment().doneCount()
                                            + " runs are stored; run the study again to resume");
                        }
                        return StrategyStudies.json(outcome);
                    });
            ctx.status(202).json(job.toJson(false));
        });
    }

    private record Compiled(String file, String text, Study study, ScenarioModel model) {}

    /**
     * Reads and compiles the study in the body under the request's compute deadline and client
     * watch ({@link ComputeGuard}): the YAML reader polls it between nodes, and it is checked
     * once more when compiling is done, so a large body whose client has gone, or one past the
     * deadline, stops (503 or 499) instead of running on.
     */
    private static Compiled compile(Context ctx, ServerContext context) {
        return context.compute().guarded(ctx, () -> compileUnguarded(ctx, context));
    }

    private static Compiled compileUnguarded(Context ctx, ServerContext context) {
        String text = Bodies.text(ctx, YAML_TYPES);
        String file = "study.yaml";
        Scenario scenario;
        Study study;
        try {
            scenario = ScenarioReader.read(new StringReader(text), file);
            study = StudyReader.read(scenario, text, file);
        } catch (InvalidScenarioException e) {
            throw problems(e.problems());
        } catch (InvalidStudyException e) {
            throw problems(e.problems());
        }
        String datasetName = ctx.queryParam("dataset");
        World world = context.catalog()
                .get(datasetName == null || datasetName.isBlank() ? scenario.dataset() : datasetName.strip());
        try {
            return new Compiled(
                    file,
                    text,
                    study,
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
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (Problem problem : problems) {
            errors.add(new ApiProblem.FieldError(
                    problem.file(),
                    "[" + problem.rule().id() + "] " + problem.message(),
                    problem.line(),
                    problem.column()));
        }
        return ApiProblem.invalidBody(
                "the study has " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + "; nothing was run",
                errors);
    }

    private static Map<String, Object> summary(Compiled compiled) {
        Study study = compiled.study;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", study.scenario().name());
        json.put("description", study.scenario().description());
        json.put("datasetVersion", compiled.model.datasetVersion());
        json.put("scenarios", study.sample().scenarios());
        List<Map<String, Object>> levers = new ArrayList<>();
        for (Lever lever : study.leverList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", lever.name());
            m.put("min", lever.min());
            m.put("max", lever.max());
            m.put("statusQuo", lever.baseline());
            m.put("unit", lever.unit());
            m.put("effect", lever.effect());
            m.put("costAssumed", lever.cost().assumed());
            levers.add(m);
        }
        json.put("levers", levers);
        json.put("policies", study.policyList().stream().map(Policy::name).toList());
        json.put("outcomes", study.outcomeList().stream().map(o -> o.name()).toList());
        return json;
    }

    private static String codeVersion() {
        String version = StrategyApi.class.getPackage().getImplementationVersion();
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
