package org.multivector.imports;

import java.io.IOException;
import java.io.Writer;

/** Writes RFC 4180 CSV fields: quoted only when they hold a comma, a quote or a line break. */
final class CsvLines {

    private CsvLines() {}

    static void field(Writer out, String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    /** A figure as the dataset format writes it: shortest decimal that reads back the same, no exponent. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(Double.toString(value))
                .stripTrailingZeros()
                .toPlainString();
    }
}
