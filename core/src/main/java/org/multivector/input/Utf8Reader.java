package org.multivector.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and knows where it is: bytes that are not UTF-8 raise a
 * {@link TextInputException} naming the byte offset, the line and the byte, instead of the JDK's
 * {@code MalformedInputException: Input length = 1}; more than {@code maxBytes} bytes raise one naming
 * the limit, after reading no more than the limit. Reading past the end keeps answering -1.
 */
public final class Utf8Reader extends Reader {

    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** The byte buffer's first and largest sizes: it grows while reads keep filling it, so a short text costs little. */
    private static final int FIRST_BUFFER = 1 << 11;

    private static final int MAX_BUFFER = 1 << 14;

    private ByteBuffer bytes = ByteBuffer.allocate(FIRST_BUFFER);
    /** File offset of {@code bytes.get(0)}. */
    private long base;

    private long bytesRead;
    private boolean endOfInput;
    private boolean finished;
    private boolean filledLast;
    private int line = 1;

    /** A reader of {@code in} that refuses more than {@code maxBytes} bytes. */
    public Utf8Reader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (finished) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                countLines(target, offset, out.position());
                long at = base + bytes.position();
                int value = bytes.get(bytes.position()) & 0xFF;
                throw new TextInputException(
                        new Place.Bytes(at, line),
                        InputRule.ENCODING,
                        String.format(
                                "byte 0x%02X at offset %d is not UTF-8%nMaybe save the file as UTF-8 (it may be Latin-1, Windows-1252 or UTF-16).",
                                value, at));
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                if (out.position() == offset) {
                    finished = true;
                    return -1;
                }
                break;
            }
            fill();
        }
        countLines(target, offset, out.position());
        return out.position() - offset;
    }

    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        if (filledLast && bytes.capacity() < MAX_BUFFER) {
            ByteBuffer larger = ByteBuffer.allocate(Math.min(MAX_BUFFER, bytes.capacity() * 4));
            bytes.flip();
            larger.put(bytes);
            bytes = larger;
        }
        int room = bytes.remaining();
        int n = in.read(bytes.array(), bytes.position(), room);
        filledLast = n == room;
        if (n < 0) {
            endOfInput = true;
        } else {
            bytesRead += n;
            bytes.position(bytes.position() + n);
            if (bytesRead > maxBytes) {
                throw new TextInputException(
                        Place.WHOLE_FILE,
                        InputRule.TOO_LARGE,
                        "the file is larger than the limit of " + ReadLimits.describe(maxBytes)
                                + "; nothing of it was read\nMaybe split it, or check that it is the right file.");
            }
        }
        bytes.flip();
    }

    private void countLines(char[] target, int from, int to) {
        for (int i = from; i < to; i++) {
            if (target[i] == '\n') {
                line++;
            }
        }
    }

    /** Reads a whole stream of at most {@code maxBytes} bytes as text, dropping a leading byte-order mark. */
    public static String readAll(InputStream in, long maxBytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Utf8Reader reader = new Utf8Reader(in, maxBytes)) {
            char[] chunk = new char[1 << 12];
            int n;
            while ((n = reader.read(chunk, 0, chunk.length)) > 0) {
                text.append(chunk, 0, n);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
