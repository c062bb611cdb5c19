package org.multivector.app.server;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Long-running work started by a request and watched by the browser: a POST submits a {@link Task},
 * gets a job id back at once, and {@code GET /api/jobs/{id}/events} streams the job's progress as
 * Server-Sent Events until it ends.
 *
 * <p>A job is a progress tracker, not a store: whatever must outlive the server (a scenario run's
 * results) the task writes to the run store itself, and puts in its result where to find it. Jobs
 * run on a small fixed pool (analyses use every core on their own); at most {@link #MAX_PENDING}
 * may wait or run at once, further submissions are refused, and only the latest
 * {@link #MAX_FINISHED} finished jobs are remembered.
 */
public final class JobRegistry implements AutoCloseable {

    /** Jobs waiting or running at once; one more is refused with 429. */
    public static final int MAX_PENDING = 8;
    /** Finished jobs remembered for late readers. */
    public static final int MAX_FINISHED = 100;
    /**
     * How long a job may run before it is stopped like a cancelled one (its completed work is kept,
     * a scenario ensemble as an interrupted one) and fails with a message saying so: two hours, far
     * beyond the largest ensemble the limits admit on a laptop.
     */
    public static final java.time.Duration DEFAULT_LIMIT = java.time.Duration.ofHours(2);
    /** Progress updates closer together than this are merged, so a fast loop cannot flood clients. */
    static final long MIN_UPDATE_MILLIS = 100;

    /** Where a job is in its life. */
    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED;

        /** Whether the job has ended, one way or another. */
        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** What a task tells about its progress, and asks about cancellation. */
    public interface Progress {
        /** {@code done} of {@code total} units finished; {@code message} says what is going on. */
        void update(long done, long total, String message);

        /** Whether the user cancelled the job or it ran past its time limit; a task checks this between units and stops early. */
        boolean cancelled();

        /** How long the job may still run before its time limit (zero once past it or once cancelled); what a save may wait for the store. */
        default java.time.Duration timeLeft() {
            return java.time.Duration.ZERO;
        }
    }

    /** The work of a job; returns its result as a JSON-ready value (maps, lists, records). */
    @FunctionalInterface
    public interface Task {
        Object run(Progress progress) throws Exception;
    }

    /** A failure whose message is meant for the user (bad input found late); other exceptions show as an internal error. */
    public static final class TaskFailure extends Exception {
        public TaskFailure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A job's state at one moment.
     *
     * @param result the task's result once it succeeded, else null
     * @param error  why it failed, for the user, else null
     */
    public record Snapshot(
            String id,
            String kind,
            String title,
            State state,
            long done,
            long total,
            String message,
            Object result,
            String error,
            Instant created,
            Instant finished) {

        /** The JSON shape of a job in the API; {@code withResult} false leaves the (possibly large) result out. */
        public Map<String, Object> toJson(boolean withResult) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("kind", kind);
            json.put("title", title);
            json.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
            json.put("done", done);
            json.put("total", total);
            json.put("message", message);
            json.put("created", created.toString());
            json.put("finished", finished == null ? null : finished.toString());
            json.put("error", error);
            if (withResult) {
                json.put("result", result);
            }
            return json;
        }
    }

    private final ExecutorService executor;
    private final Clock clock;
    private final java.time.Duration limit;
    private final Map<String, Job> jobMap = new ConcurrentHashMap<>();
    private final Deque<String> finishedOrder = new ArrayDeque<>();

    /** A registry running jobs on {@code threads} threads, each for at most {@link #DEFAULT_LIMIT}. */
    public JobRegistry(int threads, Clock clock) {
        this(threads, clock, DEFAULT_LIMIT);
    }

    /** A registry running jobs on {@code threads} threads, each stopped once it has run for {@code limit} by {@code clock}. */
    public JobRegistry(int threads, Clock clock, java.time.Duration limit) {
        this.limit = limit;
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "multivector-job");
            thread.setDaemon(true);
            return thread;
        });
        this.clock = clock;
    }

    /** A registry with two worker threads on the system clock. */
    public JobRegistry() {
        this(2, Clock.systemUTC());
    }

    /**
     * Starts {@code task} as a new job.
     *
     * @throws ApiProblem 429 when {@link #MAX_PENDING} jobs already wait or run
     */
    public synchronized Snapshot submit(String kind, String title, Task task) {
        long pending = jobMap.values().stream()
                .filter(j -> !j.snapshot().state().finished())
                .count();
        if (pending >= MAX_PENDING) {
            throw new ApiProblem(
                    429,
                    "Too many jobs",
                    pending + " jobs are already waiting or running; wait for one to finish or cancel one",
                    List.of());
        }
        Job job = new Job(UUID.randomUUID().toString(), kind, title, clock.instant());
        jobMap.put(job.id, job);
        executor.submit(() -> job.run(task));
        return job.snapshot();
    }

    /** The job with this id, if remembered. */
    public Optional<Snapshot> find(String id) {
        Job job = jobMap.get(id);
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    /** Every remembered job, newest first. */
    public List<Snapshot> list() {
        List<Snapshot> list =
                new ArrayList<>(jobMap.values().stream().map(Job::snapshot).toList());
        list.sort((a, b) -> b.created().compareTo(a.created()));
        return list;
    }

    /** Asks the job to stop; returns false when there is no such job. */
    public boolean cancel(String id) {
        Job job = jobMap.get(id);
        if (job == null) {
            return false;
        }
        job.cancelled = true;
        return true;
    }

    /**
     * Calls {@code listener} with the job's current state now and on every change until it ends
     * (the last call carries a finished state).
     *
     * @return a handle that stops the calls; empty when there is no such job
     */
    public Optional<Runnable> watch(String id, Consumer<Snapshot> listener) {
        Job job = jobMap.get(id);
        if (job == null) {
            return Optional.empty();
        }
        Snapshot now;
        synchronized (job.notifying) { // no older state can reach the listener after this newer one
            job.listenerList.add(listener);
            now = job.snapshot();
            listener.accept(now);
        }
        if (now.state().finished()) {
            job.listenerList.remove(listener);
        }
        return Optional.of(() -> job.listenerList.remove(listener));
    }

    private synchronized void remember(Job job) {
        finishedOrder.addLast(job.id);
        while (finishedOrder.size() > MAX_FINISHED) {
            jobMap.remove(finishedOrder.removeFirst());
        }
    }

    @Override
    public void close() {
        jobMap.values().forEach(job -> job.cancelled = true);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Job implements Progress {
        final String id;
        final String kind;
        final String title;
        final Instant created;
        final List<Consumer<Snapshot>> listenerList = new CopyOnWriteArrayList<>();
        /** Held while listeners are called, so a new watcher's first state and later ones arrive in order. */
        final Object notifying = new Object();

        volatile boolean cancelled;
        private volatile Instant deadline;
        private volatile boolean timedOut;
        private Snapshot current;
        private long lastNotified;

        Job(String id, String kind, String title, Instant created) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.created = created;
            this.current =
                    new Snapshot(id, kind, title, State.QUEUED, 0, 0, "waiting to start", null, null, created, null);
        }

        synchronized Snapshot snapshot() {
            return current;
        }

        void run(Task task) {
            if (cancelled) {
                finish(State.CANCELLED, null, "cancelled before it started");
                return;
            }
            deadline = clock.instant().plus(limit);
            set(new Snapshot(id, kind, title, State.RUNNING, 0, 0, "started", null, null, created, null), true);
            try {
                Object result = task.run(this);
                if (timedOut) {
                    finish(State.FAILED, null, timeLimitMessage());
                } else if (cancelled) {
                    finish(State.CANCELLED, null, "cancelled");
                } else {
                    finish(State.SUCCEEDED, result, null);
                }
            } catch (TaskFailure e) {
                if (timedOut) {
                    finish(State.FAILED, null, timeLimitMessage());
                } else if (cancelled) {
                    String message = e.getMessage() == null ? "" : e.getMessage();
                    finish(State.CANCELLED, null, message.startsWith("cancelled") ? message : "cancelled: " + message);
                } else {
                    finish(State.FAILED, null, e.getMessage());
                }
            } catch (Exception | Error e) {
                if (timedOut) {
                    finish(State.FAILED, null, timeLimitMessage());
                    return;
                }
                System.err.println("multivector: job " + id + " (" + kind + ") failed: " + e);
                finish(
                        cancelled ? State.CANCELLED : State.FAILED,
                        null,
                        cancelled ? "cancelled" : "internal error; the server log has the details");
            }
        }

        @Override
        public void update(long done, long total, String message) {
            Snapshot previous = snapshot();
            boolean last = total > 0 && done >= total;
            long now = System.nanoTime() / 1_000_000;
            set(
                    new Snapshot(id, kind, title, State.RUNNING, done, total, message, null, null, created, null),
                    last || now - lastNotified >= MIN_UPDATE_MILLIS || previous.state() != State.RUNNING);
        }

        @Override
        public boolean cancelled() {
            if (!timedOut && deadline != null && !clock.instant().isBefore(deadline)) {
                timedOut = true;
            }
            return cancelled || timedOut;
        }

        @Override
        public java.time.Duration timeLeft() {
            if (cancelled) {
                return java.time.Duration.ZERO; // a cancelled job stops waiting for the run store
            }
            Instant end = deadline;
            if (end == null) {
                return limit;
            }
            java.time.Duration left = java.time.Duration.between(clock.instant(), end);
            return left.isNegative() ? java.time.Duration.ZERO : left;
        }

        private String timeLimitMessage() {
            return "stopped: the job ran for the server's limit of " + limit.toMinutes() + " minutes"
                    + (kind.equals("scenario-run")
                            ? "; the runs it completed are stored as an interrupted ensemble"
                            : "");
        }

        private void finish(State state, Object result, String error) {
            Snapshot previous = snapshot();
            long done = state == State.SUCCEEDED ? Math.max(previous.total(), previous.done()) : previous.done();
            String message = switch (state) {
                case SUCCEEDED -> "finished";
                case CANCELLED -> "cancelled";
                default -> "failed";
            };
            set(
                    new Snapshot(
                            id,
                            kind,
                            title,
                            state,
                            done,
                            previous.total(),
                            message,
                            result,
                            error,
                            created,
                            clock.instant()),
                    true);
            listenerList.clear();
            remember(this);
        }

        private void set(Snapshot next, boolean notify) {
            synchronized (this) {
                current = next;
                if (!notify) {
                    return;
                }
                lastNotified = System.nanoTime() / 1_000_000;
            }
            synchronized (notifying) {
                for (Consumer<Snapshot> listener : listenerList) {
                    try {
                        listener.accept(next);
                    } catch (RuntimeException e) {
                        listenerList.remove(listener);
                    }
                }
            }
        }
    }
}
