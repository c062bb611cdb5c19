package org.multivector.app.store;

import org.multivector.scenario.EnsembleListener;
import org.multivector.scenario.EnsembleResult;
import org.multivector.scenario.ScenarioModel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Stores an ensemble's runs as they finish, in batches: an {@link EnsembleListener} that collects
 * finished runs and, every {@link #FLUSH_MILLIS} ms or {@link #MAX_BATCH} runs, opens the store,
 * appends the batch in one transaction and closes it again, so other processes can use the store
 * between batches. The writes happen on a thread of their own, so the workers keep computing. A crash loses at most the runs not yet flushed; {@code simulate --resume}
 * computes them again.
 */
public final class RunRecorder implements EnsembleListener {

    /** The longest time finished runs wait in memory before being stored. */
    static final long FLUSH_MILLIS = 2_000;
    /** The most runs stored in one batch. */
    static final int MAX_BATCH = 5_000;

    private final Path storeFile;
    private final int id;
    private final ScenarioModel model;
    private final EnsembleListener progress;
    private final ReentrantLock writing = new ReentrantLock();
    private final List<RunStore.StoredRun> pending = new ArrayList<>();
    private long lastFlush = System.nanoTime();
    private volatile RunStoreException failure;
    private final java.util.concurrent.atomic.AtomicBoolean flushQueued =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService writer =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "multivector-run-writer");
                thread.setDaemon(true);
                return thread;
            });

    /** How long to wait for the store at each use: the configured wait, or longer while the owner's deadline allows. */
    private final Supplier<Duration> wait;

    private RunRecorder(
            Path storeFile, int id, ScenarioModel model, EnsembleListener progress, Supplier<Duration> wait) {
        this.wait = wait;
        this.storeFile = storeFile;
        this.id = id;
        this.model = model;
        this.progress = progress;
    }

    /** Starts recording a new ensemble in the store; its id is allocated now. Each use of the store waits the configured time. */
    public static RunRecorder start(
            Path storeFile,
            RunStore.Metadata metadata,
            ScenarioModel model,
            org.multivector.scenario.EnsembleRequest request,
            EnsembleListener progress) {
        return start(storeFile, metadata, model, request, progress, () -> Duration.ZERO);
    }

    /**
     * Starts recording for an owner with a deadline of its own (a server job): each use of the store
     * waits for another user as long as {@code timeLeft} says the owner still has, and at least the
     * configured wait ({@code MULTIVECTOR_STORE_WAIT}, 60 s). Under heavy load a job then waits its
     * turn instead of giving up after a minute and losing its ensemble.
     */
    public static RunRecorder start(
            Path storeFile,
            RunStore.Metadata metadata,
            ScenarioModel model,
            org.multivector.scenario.EnsembleRequest request,
            EnsembleListener progress,
            Supplier<Duration> timeLeft) {
        Supplier<Duration> wait = waitFor(timeLeft);
        try (RunStore store = RunStore.open(storeFile, wait)) {
            return new RunRecorder(storeFile, store.begin(metadata, model, request), model, progress, wait);
        }
    }

    /** Goes on recording ensemble {@code id} (a resumed one; see {@link RunStore#takeOver}). */
    public static RunRecorder resume(Path storeFile, int id, ScenarioModel model, EnsembleListener progress) {
        return new RunRecorder(storeFile, id, model, progress, waitFor(() -> Duration.ZERO));
    }

    /**
     * The wait for an owner with {@code timeLeft}: that time, or the configured wait when it is
     * shorter (an owner whose time is up or who was cancelled still waits that long to store what it
     * completed).
     */
    public static Supplier<Duration> waitFor(Supplier<Duration> timeLeft) {
        return () -> {
            Duration configured = StoreLock.configuredWait();
            Duration left = timeLeft.get();
            return left != null && left.compareTo(configured) > 0 ? left : configured;
        };
    }

    /** The id of the ensemble in the store. */
    public int id() {
        return id;
    }

    @Override
    public void runCompleted(int done, int total) {
        progress.runCompleted(done, total);
    }

    @Override
    public void runFinished(int run, double[] parameterValues, double[] values) {
        boolean due;
        synchronized (pending) {
            pending.add(new RunStore.StoredRun(run, parameterValues.clone(), values.clone()));
            due = pending.size() >= MAX_BATCH || System.nanoTime() - lastFlush >= FLUSH_MILLIS * 1_000_000;
        }
        progress.runFinished(run, parameterValues, values);
        if (due && failure == null && !writer.isShutdown() && flushQueued.compareAndSet(false, true)) {
            try {
                writer.execute(() -> {
                    flushQueued.set(false);
                    writing.lock();
                    try {
                        flush();
                    } finally {
                        writing.unlock();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException finishing) {
                // finish() or abandon() is under way and stores what is left
            }
        }
    }

    /** Whether storing a batch failed (the ensemble should stop: its runs cannot be kept). */
    public boolean failed() {
        return failure != null;
    }

    /**
     * Stores the last runs and the ensemble's quantiles and status.
     *
     * @throws RunStoreException when a batch or this last write could not be stored
     */
    public void finish(EnsembleResult result, double elapsedSeconds) {
        stopWriter();
        writing.lock();
        try {
            if (failure != null) {
                throw failure;
            }
            flush();
            if (failure != null) {
                throw failure;
            }
            try (RunStore store = RunStore.open(storeFile, wait)) {
                store.finish(id, result, elapsedSeconds);
            }
        } finally {
            writing.unlock();
        }
    }

    /** After a failure elsewhere: stores what can be stored and marks the ensemble interrupted, never throwing. */
    public void abandon() {
        stopWriter();
        writing.lock();
        try {
            if (failure == null) {
                flush();
            }
            try (RunStore store = RunStore.open(storeFile, wait)) {
                store.abandon(id);
            }
        } catch (RunStoreException e) {
            System.err.println("multivector: could not mark ensemble " + id + " interrupted: " + e.getMessage());
        } finally {
            writing.unlock();
        }
    }

    private void stopWriter() {
        writer.shutdown();
        try {
            // the batch under way may wait for the store as long as the owner's deadline allows
            long limit = Math.max(
                    Duration.ofMinutes(10).toNanos(), wait.get().plusMinutes(1).toNanos());
            if (!writer.awaitTermination(limit, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                failure = new RunStoreException(
                        "the run store did not take a batch of runs within "
                                + Duration.ofNanos(limit).toMinutes() + " minutes",
                        null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void flush() {
        List<RunStore.StoredRun> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
            lastFlush = System.nanoTime();
        }
        if (batch.isEmpty()) {
            return;
        }
        try (RunStore store = RunStore.open(storeFile, wait)) {
            store.append(id, model, batch);
        } catch (RunStoreException e) {
            failure = e;
        }
    }
}
