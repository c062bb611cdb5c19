package org.multivector.app.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /api/jobs}: the state of long runs, their cancellation, and their progress as
 * Server-Sent Events. Each event is named {@code progress} while the job runs and {@code end} once
 * it is over; its data is the job's JSON (without the result, which {@code GET /api/jobs/{id}}
 * gives).
 */
final class JobApi implements ApiModule {

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        JobRegistry jobs = context.jobs();
        routes.get(
                "/api/jobs",
                ctx -> ctx.json(jobs.list().stream().map(s -> s.toJson(false)).toList()));
        routes.get(
                "/api/jobs/{id}",
                ctx -> ctx.json(jobs.find(ctx.pathParam("id"))
                        .orElseThrow(() -> missing(ctx.pathParam("id")))
                        .toJson(true)));
        routes.delete("/api/jobs/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (!jobs.cancel(id)) {
                throw missing(id);
            }
            ctx.status(202).json(jobs.find(id).map(s -> s.toJson(false)).orElse(Map.of("id", id)));
        });
        routes.before("/api/jobs/{id}/events", ctx -> {
            if (jobs.find(ctx.pathParam("id")).isEmpty()) {
                throw missing(ctx.pathParam("id"));
            }
        });
        routes.sse("/api/jobs/{id}/events", client -> stream(client, jobs, context));
    }

    private static void stream(SseClient client, JobRegistry jobs, ServerContext context) {
        String id = client.ctx().pathParam("id");
        AtomicBoolean ended = new AtomicBoolean();
        client.keepAlive();
        var handle = jobs.watch(id, snapshot -> {
            if (ended.get()) {
                return;
            }
            try {
                String data = context.mapper().writeValueAsString(snapshot.toJson(false));
                if (snapshot.state().finished()) {
                    ended.set(true);
                    client.sendEvent("end", data);
                    client.close();
                } else {
                    client.sendEvent("progress", data);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        if (handle.isEmpty()) {
            client.sendEvent("end", "{\"id\":\"" + id + "\",\"state\":\"unknown\"}");
            client.close();
            return;
        }
        client.onClose(handle.get());
    }

    static ApiProblem missing(String id) {
        return new ApiProblem(
                404,
                "Not found",
                "no job with id '" + Params.printable(id) + "' (finished jobs are forgotten after "
                        + JobRegistry.MAX_FINISHED + " more)",
                List.of(new ApiProblem.FieldError("id", "unknown job")));
    }
}
