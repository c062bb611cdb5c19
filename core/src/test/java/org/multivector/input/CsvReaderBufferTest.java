package org.multivector.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader's buffers start small and grow while the text goes on: a file far longer than
 * every buffer size, whose fields, quoted line breaks and multi-byte characters fall across each
 * boundary, reads back exactly as written, with the right line numbers.
 */
class CsvReaderBufferTest {

    @Test
    void a_long_file_reads_back_exactly_across_every_buffer_boundary() throws Exception {
        List<List<String>> written = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int lines = 0;
        for (int r = 0; text.length() < 300_000; r++) {
            List<String> row = List.of(
                    "r" + r,
                    "Қазақстан €" + "x".repeat(r % 97),
                    "\"quoted, with a\nbreak\" " + r,
                    Integer.toString(r * 7));
            written.add(row);
            text.append(row.get(0))
                    .append(',')
                    .append(row.get(1))
                    .append(",\"")
                    .append(row.get(2).replace("\"", "\"\""))
                    .append("\",")
                    .append(row.get(3))
                    .append('\n');
            lines += 2;
        }
        List<List<String>> read = new ArrayList<>();
        int lastLine = 0;
        try (InputStream in = new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
                CsvReader csv = CsvReader.utf8(in)) {
            CsvRecord record;
            while ((record = csv.next()) != null) {
                read.add(record.fieldList());
                lastLine = record.line();
            }
        }
        assertThat(read).isEqualTo(written);
        assertThat(lastLine).isEqualTo(lines - 1);
    }

    @Test
    void a_field_longer_than_the_largest_buffer_is_read_whole() throws Exception {
        String field = "é".repeat(CsvReader.MAX_BUFFER * 2 + 3);
        byte[] bytes = ("a,b\n" + field + ",z\n").getBytes(StandardCharsets.UTF_8);
        try (CsvReader csv = CsvReader.utf8(new ByteArrayInputStream(bytes))) {
            assertThat(csv.next().fieldList()).containsExactly("a", "b");
            assertThat(csv.next().fieldList()).containsExactly(field, "z");
            assertThat(csv.next()).isNull();
        }
    }
}
