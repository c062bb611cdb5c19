package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and the server agree: every route is described, every description is a route. */
class OpenApiContractTest {

    static DashboardServer server;
    static JsonNode document;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(ServerSettings.loopback(0), Fixtures.servedCatalog(), Fixtures.tempStore());
        document = Http.json(new Http(server.port()).get("/openapi.json"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The API routes: the page redirect at / and the dashboard's pages are not part of the API. */
    static List<Route> apiRoutes() {
        return server.routes().stream()
                .filter(r -> !r.path().equals("/") && !r.path().endsWith(".html"))
                .toList();
    }

    @Test
    void the_document_is_openapi_3() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
    }

    @Test
    void every_registered_route_is_in_the_document() {
        List<String> missing = new ArrayList<>();
        for (Route route : apiRoutes()) {
            JsonNode path = document.get("paths").get(route.path());
            if (path == null || path.get(route.method()) == null) {
                missing.add(route.method().toUpperCase() + " " + route.path());
            }
        }
        assertThat(missing).as("routes the OpenAPI document does not describe").isEmpty();
    }

    @Test
    void every_documented_operation_is_a_registered_route() {
        Set<Route> registered = new HashSet<>(apiRoutes());
        List<String> extra = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (!registered.contains(new Route(method, path.getKey()))) {
                    extra.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(extra).as("documented operations the server does not have").isEmpty();
    }

    @Test
    void every_path_parameter_is_declared_and_every_operation_answers_problems_as_documented() {
        Pattern parameter = Pattern.compile("\\{([^}]+)}");
        for (Route route : apiRoutes()) {
            JsonNode operation = document.get("paths").get(route.path()).get(route.method());
            Set<String> declared = new HashSet<>();
            for (JsonNode p : operation.path("parameters")) {
                JsonNode resolved = resolve(p);
                if (resolved.get("in").asText().equals("path")) {
                    declared.add(resolved.get("name").asText());
                }
            }
            Set<String> inPath = new HashSet<>();
            Matcher m = parameter.matcher(route.path());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            assertThat(declared)
                    .as("path parameters of %s %s", route.method(), route.path())
                    .isEqualTo(inPath);
            assertThat(operation.get("responses").fieldNames())
                    .toIterable()
                    .as("responses of %s %s", route.method(), route.path())
                    .anyMatch(code -> code.startsWith("2"));
        }
    }

    @Test
    void every_reference_resolves() {
        List<String> broken = new ArrayList<>();
        collectBroken(document, broken);
        assertThat(broken).isEmpty();
    }

    private static void collectBroken(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && document.at(ref.asText().substring(1)).isMissingNode()) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectBroken(child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectBroken(child, broken));
        }
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asText().substring(1));
    }
}
