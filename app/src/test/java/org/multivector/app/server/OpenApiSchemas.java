package org.multivector.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * API answers checked against the response schemas of {@code openapi.json}: the document's 200 schema
 * of an operation, with its {@code #/components/...} references resolved within the same document
 * (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApiSchemas {

    private static final JsonNode DOCUMENT = read();

    private OpenApiSchemas() {}

    /** What the answer to {@code method path} (a concrete path with its query) breaks of its documented 200 schema. */
    static List<String> violations(String method, String path, JsonNode answer) {
        String template = template(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        String pointer = "#/paths/" + template.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/200/content/application~1json/schema";
        ObjectNode root = DOCUMENT.deepCopy();
        root.put("$ref", pointer);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root.toString(), InputFormat.JSON);
        return schema.validate(answer.toString(), InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    /** The documented path template a concrete path matches ({@code /api/datasets/{dataset}/profile/{country}}). */
    private static String template(String path) {
        for (Iterator<String> names = DOCUMENT.get("paths").fieldNames(); names.hasNext(); ) {
            String template = names.next();
            String regex = "^" + Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
            if (path.matches(regex)) {
                return template;
            }
        }
        throw new AssertionError("no operation in openapi.json for " + path);
    }

    private static JsonNode read() {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream("/openapi.json")) {
            return Http.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
