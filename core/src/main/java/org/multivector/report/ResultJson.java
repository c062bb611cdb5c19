package org.multivector.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON mapper for results. The command line writes documents indented, the server compactly;
 * both serialise the same records with the same settings, so the trees are equal. Numbers are written
 * as Java prints them (shortest round-trip form); a figure that does not exist is {@code null},
 * never {@code NaN} (see {@link #finite(double)}).
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private ResultJson() {}

    /** A fresh copy of the result mapper, for a server or a test that reads JSON with the same settings. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The document as indented JSON (the command line's {@code --format json}). */
    public static String pretty(Object document) {
        try {
            return PRETTY.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write " + document.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The value, or null when it is not a finite number (an unknown figure stays unknown in JSON). */
    public static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** The value rounded to six decimals, so that documents do not carry floating-point noise (NaN and infinities stay as they are). */
    public static double round6(double value) {
        return Double.isFinite(value) ? Math.round(value * 1e6) / 1e6 : value;
    }

    /** The value rounded to six decimals, or null when it is not a finite number. */
    public static @Nullable Double round6OrNull(double value) {
        return Double.isFinite(value) ? round6(value) : null;
    }
}
