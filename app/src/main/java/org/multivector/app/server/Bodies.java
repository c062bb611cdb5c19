package org.multivector.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.util.List;

/** Reading request bodies: the content type checked, the size limited (by the server), parse errors located. */
final class Bodies {

    private Bodies() {}

    /** The body as JSON; 415 for another content type, 400 with line and column for malformed JSON. */
    static JsonNode json(Context ctx, ObjectMapper mapper) {
        requireType(ctx, "application/json");
        String body = ctx.body();
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new ApiProblem(
                        400,
                        "Invalid request",
                        "the request body is empty; it must be a JSON object",
                        List.of(new ApiProblem.FieldError("body", "empty")));
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String message = e.getOriginalMessage() == null
                    ? "malformed JSON"
                    : Params.printable(
                            e.getOriginalMessage().lines().findFirst().orElse(""));
            throw new ApiProblem(
                    400,
                    "Invalid request",
                    "the body is not valid JSON: " + message,
                    List.of(new ApiProblem.FieldError("body", message, Math.max(line, 0), Math.max(column, 0))));
        }
    }

    /** The body as text, when sent with one of {@code types}. */
    static String text(Context ctx, String... types) {
        requireType(ctx, types);
        return ctx.body();
    }

    private static void requireType(Context ctx, String... types) {
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        for (String allowed : types) {
            if (allowed.equals(type)) {
                return;
            }
        }
        throw new ApiProblem(
                415,
                "Unsupported media type",
                "send the body as " + String.join(" or ", types)
                        + (type.isEmpty() ? " (no Content-Type was given)" : ", not " + Params.printable(type)),
                List.of(new ApiProblem.FieldError("Content-Type", "expected " + String.join(" or ", types))));
    }
}
