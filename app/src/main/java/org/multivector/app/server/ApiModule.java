package org.multivector.app.server;

import io.javalin.config.RoutesConfig;

/** A group of endpoints (one analysis, or one concern), registered on the server at start-up. */
public interface ApiModule {

    /** Adds this module's endpoints; each must be described in {@code openapi.json}. */
    void register(RoutesConfig routes, ServerContext context);
}
