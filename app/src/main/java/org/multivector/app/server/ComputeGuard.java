package org.multivector.app.server;

import io.javalin.http.Context;
import org.multivector.work.Cancellation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A deadline and a client watch for every request that computes: a handler asks {@link #start} for
 * the request's {@link Work}, passes it to the engine (which polls it between units of work, see
 * {@link Cancellation}), and the server's after-handler ends it. The work stops when its deadline
 * passes (answered 503) or when the client goes away ({@link ClientWatch}; answered 499, which
 * nobody reads), so a computation never outlives the request that asked for it.
 *
 * <p>It keeps counts of how computations ended, and the last few of them, for tests and the log.
 */
final class ComputeGuard implements AutoCloseable {

    /** How long a request may compute unless the server is told otherwise. */
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** The status of an answer to a client that closed its connection before it was ready (nginx's convention). */
    static final int CLIENT_CLOSED = 499;

    private static final String ATTRIBUTE = "multivector.work";
    private static final int KEPT = 64;

    /** Why a computation stopped. */
    enum Stop {
        DEADLINE,
        CLIENT_GONE
    }

    /** How one computation ended: its route, why it stopped (null: it finished), how often it polled. */
    record Ended(String route, Stop stop, long polls) {}

    private final Duration deadline;
    private final LongSupplier nanoTime;
    private final ClientWatch watch = new ClientWatch();
    private final Set<Work> inFlight = ConcurrentHashMap.newKeySet();
    private final Deque<Ended> endedList = new ArrayDeque<>();
    private final AtomicLong stoppedByDeadline = new AtomicLong();
    private final AtomicLong stoppedByClient = new AtomicLong();

    ComputeGuard(Duration deadline, LongSupplier nanoTime) {
        this.deadline = deadline;
        this.nanoTime = nanoTime;
    }

    ComputeGuard() {
        this(DEFAULT_DEADLINE, System::nanoTime);
    }

    /** The stop signal of one request's computation. */
    final class Work implements Cancellation {
        private final String route;
        private final long deadlineNanos;
        private final AtomicLong polls = new AtomicLong();
        private volatile Stop stop;
        private ClientWatch.Registration registration;

        private Work(String route) {
            this.route = route;
            this.deadlineNanos = nanoTime.getAsLong() + deadline.toNanos();
        }

        @Override
        public boolean cancelled() {
            polls.incrementAndGet();
            if (stop == null && nanoTime.getAsLong() - deadlineNanos >= 0) {
                stop = Stop.DEADLINE;
            }
            return stop != null;
        }

        @Override
        public String reason() {
            return stop == Stop.CLIENT_GONE
                    ? "the client closed the connection before the answer was ready"
                    : "the computation took longer than the server allows (" + deadline.toSeconds() + " s)";
        }

        /** Why it stopped, or null while it may go on. */
        Stop stop() {
            return stop;
        }

        /** How often the computation asked whether to stop. */
        long polls() {
            return polls.get();
        }

        private void clientGone() {
            if (stop == null) {
                stop = Stop.CLIENT_GONE;
            }
        }
    }

    /**
     * The work of the request in {@code ctx}: reads the body first (so the client watch never sees
     * it), starts the deadline and watches the client.
     */
    Work start(Context ctx) {
        ctx.bodyAsBytes();
        Work work = new Work(ctx.method() + " " + ctx.endpoint().path);
        ctx.attribute(ATTRIBUTE, work);
        inFlight.add(work);
        work.registration = watch.watch(ctx, work::clientGone);
        return work;
    }

    /**
     * Runs {@code task} as the work of the request in {@code ctx} ({@link #start}): the readers and
     * models it calls poll that work, and it is checked once more when the task is done, so that a
     * request whose client has gone, or one past its deadline, stops (503 or 499) rather than answering.
     */
    <T> T guarded(Context ctx, java.util.function.Supplier<T> task) {
        Work work = start(ctx);
        return org.multivector.work.Cancellation.callWith(work, () -> {
            T result = task.get();
            work.check();
            return result;
        });
    }

    /** Ends the request's work, if it had one (the server's after-handler calls this for every request). */
    void finish(Context ctx) {
        Work work = ctx.attribute(ATTRIBUTE);
        if (work == null) {
            return;
        }
        ctx.attribute(ATTRIBUTE, null);
        if (work.registration != null) {
            work.registration.close();
            if (work.registration.consumedNextRequest()) {
                ctx.header("Connection", "close");
            }
        }
        if (!inFlight.remove(work)) {
            return;
        }
        Stop stop = work.stop;
        if (stop == Stop.DEADLINE) {
            stoppedByDeadline.incrementAndGet();
        } else if (stop == Stop.CLIENT_GONE) {
            stoppedByClient.incrementAndGet();
        }
        synchronized (endedList) {
            endedList.addLast(new Ended(work.route, stop, work.polls()));
            while (endedList.size() > KEPT) {
                endedList.removeFirst();
            }
        }
    }

    /** The answer to a computation of {@code ctx} that stopped: 499 when its client went away, else 503. */
    ApiProblem problem(Context ctx) {
        Work work = ctx.attribute(ATTRIBUTE);
        if (work != null && work.stop == Stop.CLIENT_GONE) {
            return new ApiProblem(
                    CLIENT_CLOSED, "Client closed request", work.reason() + "; the computation was stopped", List.of());
        }
        return new ApiProblem(
                503,
                "Stopped",
                (work != null ? work.reason() : "the computation was stopped") + " and was stopped; ask for less work",
                List.of());
    }

    /** The deadline of every computing request. */
    Duration deadline() {
        return deadline;
    }

    /** Computations under way now. */
    int inFlight() {
        return inFlight.size();
    }

    /** Computations stopped because their client went away. */
    long stoppedByClient() {
        return stoppedByClient.get();
    }

    /** Computations stopped at their deadline. */
    long stoppedByDeadline() {
        return stoppedByDeadline.get();
    }

    /** The last computations that ended, oldest first. */
    List<Ended> ended() {
        synchronized (endedList) {
            return List.copyOf(endedList);
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}
