package org.multivector.world.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvReaderTest {

    static List<CsvRecord> readAll(String text) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text))) {
            CsvRecord record;
            while ((record = reader.next()) != null) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void quoted_fields_keep_commas_quotes_and_line_breaks() throws Exception {
        List<CsvRecord> records = readAll("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fieldList()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(records.get(1).fieldList()).containsExactly("two\nlines", "x", "");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void every_field_knows_its_line_and_column() throws Exception {
        List<CsvRecord> records = readAll("id,name\r\n7,\"Kazakhstan\"\r\n12,Russia");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).columnList()).containsExactly(1, 3);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).columnList()).containsExactly(1, 4);
        assertThat(records.get(2).fieldList()).containsExactly("12", "Russia");
    }

    @Test
    void a_byte_order_mark_is_skipped() throws Exception {
        CsvReader reader = CsvReader.utf8(new ByteArrayInputStream("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_8)));
        CsvRecord record = reader.next();
        assertThat(record.fieldList()).containsExactly("a", "b");
        assertThat(record.columnList()).containsExactly(1, 3);
    }

    @Test
    void another_delimiter_can_be_chosen() throws Exception {
        try (CsvReader reader = new CsvReader(new StringReader("a\tb,c\n"), '\t')) {
            assertThat(reader.next().fieldList()).containsExactly("a", "b,c");
        }
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> readAll("a,b\nc,\"open\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void a_stray_quote_inside_a_field_is_reported() {
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> readAll("a,b\nc,5\" pipe\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }
}
