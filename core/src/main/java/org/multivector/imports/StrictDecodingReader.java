package org.multivector.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes in a charset, refusing bytes that are not valid in it, and delivers every character
 * before a bad byte first: the error surfaces only when the reader reaches it, so a CSV reader reports
 * the line of the bad bytes (an {@link java.io.InputStreamReader} decodes ahead and fails early).
 */
final class StrictDecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    /** The byte buffer starts at 2 KiB and grows 4 times at each step up to 64 KiB while reads keep filling it. */
    private static final int FIRST_BUFFER = 1 << 11;

    private static final int MAX_BUFFER = 1 << 16;

    private ByteBuffer bytes = ByteBuffer.allocate(FIRST_BUFFER);
    private boolean filledLast;
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException pending;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            // the decoder has been flushed at the end of input: every later call is also the end
            // (a CSV reader asks again after the last line when the file has no final newline)
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                CharacterCodingException error = new CharacterCodingException() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getMessage() {
                        return "bytes not valid in " + decoder.charset().name();
                    }
                };
                if (out.position() > offset) {
                    pending = error;
                    break;
                }
                throw error;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                return out.position() == offset ? -1 : out.position() - offset;
            }
            bytes.compact();
            if (filledLast && bytes.capacity() < MAX_BUFFER) {
                ByteBuffer larger = ByteBuffer.allocate(Math.min(MAX_BUFFER, bytes.capacity() * 4));
                bytes.flip();
                larger.put(bytes);
                bytes = larger;
            }
            int room = bytes.remaining();
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), room);
            filledLast = n == room;
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        return out.position() - offset;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
