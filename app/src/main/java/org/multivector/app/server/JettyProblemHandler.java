package org.multivector.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Errors Jetty answers itself, before a request reaches the application (a malformed URI, an
 * ambiguous path, a header too large), as {@code application/problem+json} like every other error,
 * without stacks, causes or server names.
 */
final class JettyProblemHandler extends ErrorHandler {

    private final ObjectMapper mapper = new ObjectMapper();

    JettyProblemHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, DashboardServer.PROBLEM_JSON);
        response.write(
                true,
                body(
                        code,
                        request.getHttpURI() == null
                                ? null
                                : request.getHttpURI().getPath()),
                callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, DashboardServer.PROBLEM_JSON);
        return body(status, null);
    }

    private ByteBuffer body(int code, String path) {
        String detail = switch (code) {
            case 400 -> "the request is malformed (for example an encoded control character or '..' in the path)";
            case 413 -> "the request is too large";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            default -> "the request could not be handled";
        };
        try {
            return ByteBuffer.wrap(mapper.writeValueAsBytes(
                    ApiProblem.body(code, code >= 500 ? "Internal error" : "Bad request", detail, path, List.of())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
