package org.multivector.app.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte over a socket, for what java.net.http refuses to send (a foreign Host, a short body, garbage). */
final class RawHttp {

    private RawHttp() {}

    /** Sends {@code request} (and half-closes), returns the whole answer as text ("" when the server closed without one). */
    static String exchange(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the server may reset after answering a malformed request; what arrived counts
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.UTF_8));
    }

    /** The status code of the final answer (after any 1xx interim ones, such as 100 Continue), 0 when there was none. */
    static int status(String answer) {
        String rest = answer;
        while (rest.startsWith("HTTP/1.") && rest.length() >= 12) {
            int status = Integer.parseInt(rest.substring(9, 12));
            int end = rest.indexOf("\r\n\r\n");
            if (status >= 200 || end < 0) {
                return status;
            }
            rest = rest.substring(end + 4);
        }
        return 0;
    }
}
