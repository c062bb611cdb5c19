package org.multivector.world.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.multivector.input.CsvFormatException;
import org.multivector.input.CsvReader;
import org.multivector.input.CsvRecord;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @Test
    void readsFieldsWithTheirLineAndColumn() throws Exception {
        List<CsvRecord> records = readAll("a,bb,\"c,\"\"d\"\"\"\r\n\nx,\"multi\nline\",z\n,,\n");
        assertThat(records).hasSize(4);
        assertThat(records.get(0).fieldList()).containsExactly("a", "bb", "c,\"d\"");
        assertThat(records.get(0).columnList()).containsExactly(1, 3, 6);
        assertThat(records.get(1).fieldList()).containsExactly("");
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).fieldList()).containsExactly("x", "multi\nline", "z");
        assertThat(records.get(2).columnList()).containsExactly(1, 3, 7);
        assertThat(records.get(3).columnList()).containsExactly(1, 2, 3);
        assertThat(records.get(3).line()).isEqualTo(5);
        assertThat(records.get(3).fieldList()).containsExactly("", "", "");
    }

    @Test
    void skipsAByteOrderMarkAndEndsWithoutANewline() throws Exception {
        byte[] bytes = "\uFEFFh1,h2\r\n1,2".getBytes(StandardCharsets.UTF_8);
        try (CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bytes))) {
            CsvRecord header = reader.next();
            assertThat(header.fieldList()).containsExactly("h1", "h2");
            assertThat(header.columnList()).containsExactly(1, 4);
            assertThat(reader.next().fieldList()).containsExactly("1", "2");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void reportsBrokenQuotingWhereItIs() {
        assertThatThrownBy(() -> readAll("a,b\nc,d\"e\n"))
                .isInstanceOfSatisfying(
                        CsvFormatException.class,
                        e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:4"));
        assertThatThrownBy(() -> readAll("a,\"b\"c\n"))
                .isInstanceOfSatisfying(
                        CsvFormatException.class,
                        e -> assertThat(e.line() + ":" + e.column()).isEqualTo("1:6"));
        assertThatThrownBy(() -> readAll("a\nb,\"open\n"))
                .isInstanceOfSatisfying(
                        CsvFormatException.class,
                        e -> assertThat(e.line() + ":" + e.column()).isEqualTo("2:3"));
    }

    @Test
    void reportsBytesThatAreNotUtf8() {
        byte[] bytes = "a,b\nc,d\n".getBytes(StandardCharsets.UTF_8);
        bytes[6] = (byte) 0xE9;
        assertThatThrownBy(() -> {
                    try (CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bytes))) {
                        while (reader.next() != null) {
                            // read on
                        }
                    }
                })
                .isInstanceOf(CsvFormatException.class);
    }

    @Test
    void copiesOnlyTheFieldsAskedForAndKeepsTheirPlaces() throws Exception {
        try (CsvReader reader = new CsvReader(new StringReader("a,bb,ccc,\"d,d\"\n1,22,333,4\n"))) {
            java.util.BitSet keep = new java.util.BitSet();
            keep.set(1);
            reader.keepOnly(keep);
            CsvRecord first = reader.next();
            assertThat(first.fieldList()).containsExactly("", "bb", "", "d,d");
            assertThat(first.columnList()).containsExactly(1, 3, 6, 10);
            reader.keepOnly(null);
            assertThat(reader.next().fieldList()).containsExactly("1", "22", "333", "4");
        }
    }

    /** Round trip over seeded random records, with fields long enough to cross the reader's 64K buffer. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsBackWhatWasWritten(long seed) throws Exception {
        Random random = new Random(seed);
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<List<Integer>> columns = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int r = 0; r < 300; r++) {
            int n = 1 + random.nextInt(6);
            List<String> fields = new ArrayList<>();
            List<Integer> cols = new ArrayList<>();
            lines.add(line);
            int column = 1;
            for (int f = 0; f < n; f++) {
                String field = randomField(random);
                if (n == 1 && field.isEmpty()) {
                    field = "x"; // a lone empty field is a blank line
                }
                fields.add(field);
                cols.add(column);
                boolean quote = field.contains(",")
                        || field.contains("\"")
                        || field.contains("\n")
                        || field.contains("\r")
                        || random.nextInt(5) == 0;
                String written = quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
                text.append(written);
                for (char c : written.toCharArray()) {
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                if (f < n - 1) {
                    text.append(',');
                    column++;
                }
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
            line++;
            rows.add(fields);
            columns.add(cols);
        }
        List<CsvRecord> records = readAll(text.toString());
        assertThat(records).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertThat(records.get(r).fieldList()).as("record %d", r).isEqualTo(rows.get(r));
            assertThat(records.get(r).columnList())
                    .as("columns of record %d", r)
                    .isEqualTo(columns.get(r));
            assertThat(records.get(r).line()).as("line of record %d", r).isEqualTo(lines.get(r));
        }
    }

    private static String randomField(Random random) {
        int kind = random.nextInt(10);
        int length = kind == 0 ? 20_000 + random.nextInt(50_000) : random.nextInt(12);
        String alphabet = kind == 1 ? "ab,\"\n é" : "abcdefghij0123456789 .-";
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < length; i++) {
            field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return field.toString();
    }
}
