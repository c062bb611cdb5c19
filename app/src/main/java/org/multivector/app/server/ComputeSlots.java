package org.multivector.app.server;

import io.javalin.http.Context;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounded work: at most {@link #SLOTS} requests that compute (every POST, PUT, PATCH or DELETE
 * under {@code /api/}) run at once; one more waits up to {@link #WAIT_MILLIS} ms for a slot and is
 * then refused with 429, so a burst of expensive requests queues briefly instead of filling the
 * heap. Reads (GET) are cheap look-ups and are not limited.
 */
final class ComputeSlots {

    /**
     * The heap one computing request may claim at worst: parsing a 1 MiB scenario (the largest body,
     * a 1,000,000-character YAML value) peaks near 220 MB (scripts/memory-under-load.sh).
     */
    static final long HEAP_PER_SLOT = 256L << 20;
    /**
     * Requests computing at once: twice the cores, at least 4, but never more than the heap holds
     * at {@link #HEAP_PER_SLOT} each (at least 2), so a many-core machine with a small heap stays
     * within it.
     */
    static final int SLOTS = Math.max(2, (int) Math.min(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
            Runtime.getRuntime().maxMemory() / HEAP_PER_SLOT));
    /** How long a request waits for a slot. */
    static final long WAIT_MILLIS = 2_000;

    private static final Semaphore PERMITS = new Semaphore(SLOTS, true);
    private static final String HELD = "multivector.computeSlot";

    private ComputeSlots() {}

    static void acquire(Context ctx) {
        try {
            if (!PERMITS.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                ctx.header("Retry-After", "2");
                throw new ApiProblem(
                        429,
                        "Too many requests",
                        SLOTS + " requests are already computing; try again in a moment",
                        List.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Service unavailable", "the server is stopping", List.of());
        }
        ctx.attribute(HELD, Boolean.TRUE);
    }

    static void release(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HELD))) {
            ctx.attribute(HELD, Boolean.FALSE);
            PERMITS.release();
        }
    }
}
