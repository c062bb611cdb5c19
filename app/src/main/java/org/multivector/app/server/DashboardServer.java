package org.multivector.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.multivector.report.InvalidRequestException;
import org.multivector.report.ResultJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard server: the REST API, the OpenAPI document, the web pages and their assets, all
 * served from this process (nothing from a CDN).
 *
 * <p>Security defaults: it listens on loopback unless told otherwise, and then only with a token
 * ({@link ServerSettings#checkSafe}); a request that changes state (POST, PUT, PATCH, DELETE) must
 * carry the token when one is set, as {@code Authorization: Bearer TOKEN}, and must not come from
 * another web site (a foreign {@code Origin} is refused, so a page elsewhere cannot drive a local
 * server). Request bodies are limited to {@link ServerSettings#maxRequestBytes}; every error is
 * answered as {@code application/problem+json} and no stack trace ever reaches a client.
 */
public final class DashboardServer implements AutoCloseable {

    /** The media type of every error response (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final Javalin app;
    private final List<Route> routeList;
    private final JobRegistry jobs;
    private final ComputeGuard compute;

    private DashboardServer(Javalin app, List<Route> routeList, JobRegistry jobs, ComputeGuard compute) {
        this.app = app;
        this.routeList = routeList;
        this.jobs = jobs;
        this.compute = compute;
    }

    /**
     * Builds and starts a server.
     *
     * @throws IllegalStateException when the settings are unsafe (see {@link ServerSettings#checkSafe})
     */
    public static DashboardServer start(ServerSettings settings, DatasetCatalog catalog, java.nio.file.Path runStore) {
        return start(settings, catalog, runStore, ComputeGuard.DEFAULT_DEADLINE, JobRegistry.DEFAULT_LIMIT);
    }

    /**
     * A server whose computing requests stop after {@code requestDeadline} and whose jobs stop after
     * {@code jobLimit} (tests shorten them to zero to see every computation stop).
     */
    static DashboardServer start(
            ServerSettings settings,
            DatasetCatalog catalog,
            java.nio.file.Path runStore,
            java.time.Duration requestDeadline,
            java.time.Duration jobLimit) {
        settings.checkSafe();
        JobRegistry jobs = new JobRegistry(2, java.time.Clock.systemUTC(), jobLimit);
        ComputeGuard compute = new ComputeGuard(requestDeadline, System::nanoTime);
        List<Route> routes = Collections.synchronizedList(new ArrayList<>());
        ObjectMapper mapper = ResultJson.mapper();
        ServerContext context = new ServerContext(settings, catalog, jobs, mapper, compute);
        List<ApiModule> all = new ArrayList<>();
        all.add(new SystemApi());
        all.add(new DatasetApi());
        all.add(new ProfileApi());
        all.add(new JobApi());
        all.add(new ExposureApi());
        all.add(new CorridorsApi());
        all.add(new BargainingApi());
        all.add(new ScenarioApi(runStore));
        all.add(new StrategyApi(runStore));
        Javalin app = Javalin.create(config -> configure(config, settings, context, all, mapper, routes));
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            jobs.close();
            compute.close();
            throw new IllegalStateException(
                    "cannot listen on " + settings.host() + ":" + settings.port() + ": " + rootMessage(e)
                            + "\nMaybe another program uses that port; try --port with another number.",
                    e);
        }
        return new DashboardServer(app, List.copyOf(routes), jobs, compute);
    }

    private static void configure(
            JavalinConfig config,
            ServerSettings settings,
            ServerContext context,
            List<ApiModule> modules,
            ObjectMapper mapper,
            List<Route> routes) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblemHandler()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
        });
        config.staticFiles.enableWebjars();
        config.events.handlerAdded(meta -> {
            if (meta.getHttpMethod().isHttpMethod()) {
                routes.add(new Route(meta.getHttpMethod().name().toLowerCase(Locale.ROOT), meta.getPath()));
            }
        });
        config.routes.before(ctx -> guard(ctx, settings));
        config.routes.after(ctx -> {
            context.compute().finish(ctx);
            ComputeSlots.release(ctx);
        });
        config.routes.exception(ApiProblem.class, (problem, ctx) -> problem(ctx, problem));
        config.routes.exception(
                InvalidRequestException.class,
                (bad, ctx) -> problem(ctx, ApiProblem.invalidField(bad.field(), Params.message(bad.getMessage()))));
        config.routes.exception(
                java.util.concurrent.CancellationException.class,
                (e, ctx) -> problem(ctx, context.compute().problem(ctx)));
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> problem(ctx, new ApiProblem(e.getStatus(), reason(e.getStatus()), describe(e), List.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            ApiProblem clientFault = ClientFaults.of(e);
            if (clientFault != null) {
                problem(ctx, clientFault);
                return;
            }
            System.err.println("multivector: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            if (System.getenv("MULTIVECTOR_DEBUG") != null) {
                e.printStackTrace();
            }
            problem(
                    ctx,
                    new ApiProblem(
                            500,
                            "Internal error",
                            "the server failed on this request; this is a bug in multivector, not in your input",
                            List.of()));
        });
        config.routes.get("/", ctx -> ctx.redirect("/profile.html"));
        PageShell.render()
                .forEach((path, html) -> config.routes.get(
                        path, ctx -> ctx.header("Cache-Control", "no-cache").html(html)));
        for (ApiModule module : modules) {
            module.register(config.routes, context);
        }
    }

    /**
     * Who gets in: the {@code Host} must name this server (DNS rebinding), an {@code Origin}, when
     * sent, must be this server's (no other site, no sandboxed {@code null} origin), and with a token
     * every API call but {@code /api/health} must carry it. The token is also accepted as
     * {@code ?token=} on the event stream only, since browsers' EventSource cannot send headers.
     */
    private static void guard(Context ctx, ServerSettings settings) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (!settings.hostAllowed(ctx.header("Host"))) {
            throw new ApiProblem(
                    403,
                    "Forbidden",
                    "this server does not answer to the name " + Params.printable(String.valueOf(ctx.header("Host")))
                            + "; reach it by its address (a page elsewhere may not borrow it by DNS rebinding)",
                    List.of(new ApiProblem.FieldError(
                            "Host", "not this server's address; Maybe serve --allow-host NAME")));
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            String expected = ctx.scheme() + "://" + ctx.host();
            if (!origin.equalsIgnoreCase(expected)) {
                throw new ApiProblem(
                        403,
                        "Forbidden",
                        "requests must come from this dashboard, not from " + Params.printable(origin),
                        List.of(new ApiProblem.FieldError(
                                "Origin", origin.equals("null") ? "an opaque (null) origin" : "a foreign origin")));
            }
        }
        String path = ctx.path();
        boolean api = path.startsWith("/api/") || path.equals("/api");
        if (settings.token().isPresent() && api && !path.equals("/api/health")) {
            String header = ctx.header("Authorization");
            String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip()
                    : null;
            if (given == null && path.startsWith("/api/jobs/") && path.endsWith("/events")) {
                given = ctx.queryParam("token");
            }
            if (given == null
                    || !MessageDigest.isEqual(
                            given.getBytes(StandardCharsets.UTF_8),
                            settings.token().get().getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiProblem(
                        401,
                        "Unauthorized",
                        given == null
                                ? "this server requires its API token: send Authorization: Bearer TOKEN"
                                : "the API token does not match",
                        List.of(new ApiProblem.FieldError("Authorization", "missing or wrong token")));
            }
        }
        if (STATE_CHANGING.contains(ctx.method()) && api) {
            ComputeSlots.acquire(ctx);
        }
    }

    static void problem(Context ctx, ApiProblem problem) {
        ctx.status(problem.status());
        ctx.contentType(PROBLEM_JSON);
        ctx.json(problem.toJson(ctx.path()));
        ctx.contentType(PROBLEM_JSON);
    }

    private static String describe(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "nothing here; the API is described at /openapi.json";
            case 405 -> "this method is not allowed here";
            case 413 -> "the request body is too large";
            default ->
                e.getMessage() == null || e.getMessage().isBlank()
                        ? reason(e.getStatus())
                        : Params.printable(e.getMessage());
        };
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            case ComputeGuard.CLIENT_CLOSED -> "Client closed request";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** The port the server listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Every endpoint registered, in registration order (for the OpenAPI test). */
    public List<Route> routes() {
        return routeList;
    }

    /** The job registry, shared by every module. */
    public JobRegistry jobs() {
        return jobs;
    }

    /** The deadline and client watch of computing requests, with their counts (for tests). */
    ComputeGuard compute() {
        return compute;
    }

    @Override
    public void close() {
        jobs.close();
        app.stop();
        compute.close();
    }
}
