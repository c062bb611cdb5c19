package org.multivector.app.server;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;

/**
 * Exceptions that come from the client's side of the exchange, not from a bug: a body that ends
 * before its {@code Content-Length} (Jetty's "Early EOF"), text that is not valid Unicode (a lone
 * surrogate), a charset nobody knows, work stopped at its deadline. They get a 4xx/503 problem, never a 500.
 */
final class ClientFaults {

    private ClientFaults() {}

    /** The problem to answer for {@code e}, or null when it is a server fault. */
    static ApiProblem of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (name.equals("org.eclipse.jetty.io.EofException") || message.contains("Early EOF")) {
                return new ApiProblem(
                        400,
                        "Bad request",
                        "the request body ended before its Content-Length",
                        List.of(new ApiProblem.FieldError("Content-Length", "more than the bytes sent")));
            }
            if (name.equals("org.eclipse.jetty.http.BadMessageException")) {
                return new ApiProblem(400, "Bad request", "the request is malformed", List.of());
            }
            if (t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.nio.charset.IllegalCharsetNameException) {
                return new ApiProblem(
                        415,
                        "Unsupported media type",
                        "the Content-Type names a charset this server does not know; send UTF-8",
                        List.of(new ApiProblem.FieldError("Content-Type", "unknown charset")));
            }
            if (t instanceof CharacterCodingException) {
                return new ApiProblem(
                        400,
                        "Bad request",
                        "the body holds text that is not valid Unicode (for example a lone surrogate such as \\\\ud800)",
                        List.of(new ApiProblem.FieldError("body", "not valid Unicode")));
            }
            if (t instanceof CancellationException || t instanceof TimeoutException) {
                return new ApiProblem(
                        503,
                        "Stopped",
                        "the computation took longer than the server allows ("
                                + ComputeGuard.DEFAULT_DEADLINE.toSeconds() + " s) and was stopped; ask for less work",
                        List.of());
            }
        }
        return null;
    }
}
