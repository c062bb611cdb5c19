/**
 * The dashboard: an HTTP server (Javalin) with a REST API over every analysis, the web pages that
 * draw them, and long runs whose progress streams to the browser as Server-Sent Events.
 *
 * <p>Defaults are safe: the server binds to the loopback address; bound to any other address it
 * needs an API token and then asks for it on every request that changes state. Every error reaches
 * the client as RFC 9457 {@code application/problem+json}, never as a stack trace.
 */
package org.multivector.app.server;
