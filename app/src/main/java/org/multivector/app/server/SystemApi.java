package org.multivector.app.server;

import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/health} and {@code /openapi.json}: what the server is and what it offers. */
final class SystemApi implements ApiModule {

    /** The class-path resource holding the OpenAPI 3 document. */
    static final String OPENAPI_RESOURCE = "/openapi.json";

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        byte[] openApi = openApiDocument();
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.get("/api/health", ctx -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "ok");
            String version = SystemApi.class.getPackage().getImplementationVersion();
            json.put("version", version == null ? "development" : version);
            json.put("tokenRequired", context.settings().token().isPresent());
            json.put("defaultDataset", context.catalog().defaultName());
            ctx.json(json);
        });
    }

    /** The OpenAPI document as stored in the application's resources. */
    static byte[] openApiDocument() {
        try (InputStream in = SystemApi.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the application lacks its resource " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
