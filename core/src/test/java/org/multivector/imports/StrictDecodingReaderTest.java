package org.multivector.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strict decoder's buffer grows while the file goes on, and every character before a bad byte still comes first. */
class StrictDecodingReaderTest {

    @Test
    void a_long_text_decodes_whole_across_the_growing_buffer() throws IOException {
        String text = "Kazakhstan, Côte d'Ivoire; Türkiye — €\n".repeat(10_000);
        assertThat(readAll(text.getBytes(Charset.forName("windows-1252")), Charset.forName("windows-1252")))
                .isEqualTo(text);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    @Test
    void the_characters_before_a_bad_byte_far_into_the_file_come_before_the_error() throws IOException {
        byte[] good = "ab\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = 'z';
        StringBuilder seen = new StringBuilder();
        try (StrictDecodingReader reader =
                new StrictDecodingReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            char[] buffer = new char[1000];
            assertThatThrownBy(() -> {
                        int n;
                        while ((n = reader.read(buffer, 0, buffer.length)) > 0) {
                            seen.append(buffer, 0, n);
                        }
                    })
                    .isInstanceOf(CharacterCodingException.class);
        }
        assertThat(seen.length()).isEqualTo(good.length);
    }

    private static String readAll(byte[] bytes, Charset charset) throws IOException {
        StringBuilder out = new StringBuilder();
        try (StrictDecodingReader reader = new StrictDecodingReader(new ByteArrayInputStream(bytes), charset)) {
            char[] buffer = new char[777];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) > 0) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }
}
