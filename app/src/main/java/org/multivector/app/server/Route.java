package org.multivector.app.server;

/**
 * One registered endpoint: the HTTP method in lower case (as OpenAPI spells it) and the path with
 * its {@code {parameters}}.
 */
public record Route(String method, String path) {}
