package org.multivector.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.multivector.report.ResultJson;

/** JSON output of the command line: the result documents (and the few command-only maps) through the one result mapper, indented. */
public final class Json {

    private static final ObjectMapper MAPPER = ResultJson.mapper();

    private Json() {}

    /** The value (a result document, maps, lists, records, numbers, strings) as indented JSON. */
    public static String write(Object value) {
        return ResultJson.pretty(value);
    }

    /** The result mapper, for callers that need to read JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
