package org.multivector.app.server;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SelectableChannelEndPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Notices a client that goes away while its request computes. An HTTP/1.1 server does not read
 * from a connection while a handler runs, so a closed connection goes unseen until the answer is
 * written, after the work is done. This watch registers the request's socket with a selector of
 * its own (one thread for every request watched) and, when the socket turns readable, reads one
 * byte. A reset means the client has gone. End of stream means only that the client will send
 * nothing more: it may have closed the connection, or only shut its sending side and still wait
 * for the answer (a half-close, which TCP cannot tell apart from a close without sending). So an
 * HTTP/1.1 request that reaches end of stream is probed: the watch writes an interim
 * {@code 102 Processing} answer (a 1xx that every HTTP/1.1 client reads past, RFC 9110 §15.2),
 * after 100 ms and then at doubling gaps up to 2 s; a closed peer answers it with a reset, the
 * next probe fails, and the client counts as gone, while a half-closed client keeps its
 * computation and gets its answer. (HTTP/1.0 allows no 1xx: there end of stream counts as gone.)
 * A byte that is there is a pipelined next request; it is consumed, watching stops, and the
 * answer closes the connection ({@code Connection: close}) so the client sends that request again
 * on a new one. Watching stops, under the registration's lock, before the answer is written, so a
 * probe never interleaves with it.
 *
 * <p>The request body must have been read before watching starts (it then cannot be consumed here).
 * Requests that do not come over a plain socket (another transport) are not watched; their
 * computations still stop at their deadline.
 */
final class ClientWatch implements AutoCloseable {

    private final Selector selector;
    private final Thread thread;
    private final Queue<Registration> pending = new ConcurrentLinkedQueue<>();
    /** Registrations at end of stream, probed on the watch thread only. */
    private final java.util.List<Registration> probing = new java.util.ArrayList<>();

    private static final byte[] PROCESSING =
            "HTTP/1.1 102 Processing\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long FIRST_PROBE_NANOS = 100_000_000L;
    private static final long LONGEST_PROBE_GAP_NANOS = 2_000_000_000L;
    private volatile boolean open = true;

    ClientWatch() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::loop, "multivector-client-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** A request being watched. */
    final class Registration implements AutoCloseable {
        private final SocketChannel channel;
        private final Runnable onGone;
        private SelectionKey key;
        private boolean active = true;
        private boolean consumedNextRequest;
        /** Whether the request may be sent interim answers (HTTP/1.1) to tell a half-close from a close. */
        private final boolean probe;

        private long nextProbe;
        private long probeGap;

        private Registration(SocketChannel channel, Runnable onGone, boolean probe) {
            this.channel = channel;
            this.onGone = onGone;
            this.probe = probe;
        }

        /** Called on the watch thread when the socket is readable. */
        private synchronized void readable() {
            if (!active) {
                cancelKey();
                return;
            }
            boolean gone;
            try {
                ByteBuffer one = ByteBuffer.allocate(1);
                int read = channel.read(one);
                gone = read < 0;
                if (read < 0 && probe) {
                    // end of stream: a close or a half-close; the probes below tell them apart
                    cancelKey();
                    probeGap = FIRST_PROBE_NANOS;
                    nextProbe = System.nanoTime() + probeGap;
                    probing.add(this);
                    return;
                }
                if (read > 0) {
                    consumedNextRequest = true;
                    active = false;
                    cancelKey();
                    return;
                }
            } catch (IOException e) {
                gone = true;
            }
            if (gone) {
                active = false;
                cancelKey();
                onGone.run();
            }
        }

        /**
         * Sends a {@code 102 Processing} when one is due; false once it stops being probed (watching
         * ended, or the client has gone: then {@code onGone} has run).
         */
        private synchronized boolean probe(long now) {
            if (!active) {
                return false;
            }
            if (now - nextProbe < 0) {
                return true;
            }
            try {
                ByteBuffer interim = ByteBuffer.wrap(PROCESSING);
                long give = now + 1_000_000_000L;
                while (interim.hasRemaining()) {
                    if (channel.write(interim) == 0) {
                        if (System.nanoTime() - give > 0) {
                            // a client that reads nothing for a second with its buffer full: the
                            // connection cannot carry an answer any more
                            active = false;
                            onGone.run();
                            return false;
                        }
                        Thread.onSpinWait();
                    }
                }
                probeGap = Math.min(probeGap * 2, LONGEST_PROBE_GAP_NANOS);
                nextProbe = now + probeGap;
                return true;
            } catch (IOException e) {
                // the peer answered an earlier probe with a reset: it closed the connection
                active = false;
                onGone.run();
                return false;
            }
        }

        private void cancelKey() {
            if (key != null) {
                key.cancel();
            }
        }

        /** Whether this watch read the first byte of a pipelined request (the answer must then close the connection). */
        synchronized boolean consumedNextRequest() {
            return consumedNextRequest;
        }

        /** Stops watching; after it returns the watch reads nothing more from the socket. */
        @Override
        public void close() {
            synchronized (this) {
                active = false;
                cancelKey();
            }
            selector.wakeup();
        }
    }

    /**
     * Watches the connection of {@code ctx}, calling {@code onGone} (once, on the watch thread) when
     * the client goes away; null when the request does not come over a socket this can watch.
     */
    Registration watch(Context ctx, Runnable onGone) {
        SocketChannel channel = channelOf(ctx);
        if (channel == null || !open) {
            return null;
        }
        Registration registration =
                new Registration(channel, onGone, "HTTP/1.1".equals(ctx.req().getProtocol()));
        pending.add(registration);
        selector.wakeup();
        return registration;
    }

    private static SocketChannel channelOf(Context ctx) {
        try {
            ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
            if (request == null) {
                return null;
            }
            EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            return endPoint instanceof SelectableChannelEndPoint selectable
                            && selectable.getChannel() instanceof SocketChannel socket
                    ? socket
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void loop() {
        while (open) {
            try {
                selector.select(probing.isEmpty() ? 1_000 : 50);
                for (Registration r; (r = pending.poll()) != null; ) {
                    synchronized (r) {
                        if (!r.active) {
                            continue;
                        }
                        try {
                            r.key = r.channel.register(selector, SelectionKey.OP_READ, r);
                        } catch (ClosedChannelException | CancelledKeyException e) {
                            r.active = false;
                            r.onGone.run();
                        } catch (IllegalBlockingModeException | IllegalArgumentException e) {
                            r.active = false; // not watchable; the deadline still holds
                        }
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.attachment() instanceof Registration r) {
                        r.readable();
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                probing.removeIf(r -> !r.probe(now));
            } catch (IOException | RuntimeException e) {
                if (open) {
                    System.err.println("multivector: the client watch failed on one round: " + e);
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            thread.join(2_000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
