package org.multivector.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Exclusive use of a run store, across threads and processes. DuckDB lets only one process open a
 * database file for writing and refuses the others at once; so every use of the store first takes
 * this lock — a {@link Semaphore} for the threads of this JVM, then an OS lock ({@code fcntl}) on a
 * side file {@code NAME.lock} for other processes — waiting up to a timeout instead of failing.
 * The OS drops the lock when its process dies, even by {@code kill -9}, so a crash never leaves the
 * store locked. The side file holds the holder's process id, for the message of whoever waits.
 */
final class StoreLock implements AutoCloseable {

    /** How long a user of the store waits for another one by default; {@code MULTIVECTOR_STORE_WAIT} (seconds) changes it. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private static final Map<Path, Semaphore> LOCAL = new ConcurrentHashMap<>();

    /** The longest pause between two looks at the store's lock (and at the wait, which may have shrunk). */
    private static final long POLL_MILLIS = 200;

    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The time to wait: the system property {@code multivector.store.wait} or the environment
     * variable {@code MULTIVECTOR_STORE_WAIT} (seconds) when set, else {@link #DEFAULT_WAIT}.
     */
    static Duration configuredWait() {
        String text = System.getProperty("multivector.store.wait", System.getenv("MULTIVECTOR_STORE_WAIT"));
        if (text != null) {
            try {
                return Duration.ofMillis((long) (Double.parseDouble(text.strip()) * 1000));
            } catch (NumberFormatException ignored) {
                // fall back to the default; the variable is a convenience for tests and scripts
            }
        }
        return DEFAULT_WAIT;
    }

    /**
     * Takes the lock of the store {@code store}, waiting at most {@code wait}.
     *
     * @throws RunStoreException when another user holds it longer, naming its process
     */
    static StoreLock acquire(Path store, Duration wait) {
        return acquire(store, () -> wait);
    }

    /**
     * Takes the lock of the store {@code store}, waiting while the time since the call is below
     * {@code wait}, asked again at every poll: a server job's wait is its time left, which drops to
     * the configured wait when the user cancels the job, so the cancelled job stops waiting then
     * instead of at its own deadline.
     *
     * @throws RunStoreException when another user holds it longer, naming its process
     */
    static StoreLock acquire(Path store, Supplier<Duration> wait) {
        Path key = store.toAbsolutePath().normalize();
        Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
        long start = System.nanoTime();
        Semaphore local = LOCAL.computeIfAbsent(key, k -> new Semaphore(1, true));
        try {
            while (!local.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                Duration limit = wait.get();
                if (System.nanoTime() - start > limit.toNanos()) {
                    throw busy(store, limit, "another task of this process");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStoreException("interrupted while waiting for the run store " + store.getFileName(), e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long pause = 5;
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(
                            ByteBuffer.wrap(
                                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
                            0);
                    return new StoreLock(local, channel, lock);
                }
                Duration limit = wait.get();
                if (System.nanoTime() - start > limit.toNanos()) {
                    throw busy(store, limit, holder(channel));
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, POLL_MILLIS);
            }
        } catch (IOException e) {
            release(local, channel);
            throw new RunStoreException(
                    "cannot lock the run store " + store + " (" + lockFile.getFileName() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            release(local, channel);
            Thread.currentThread().interrupt();
            throw new RunStoreException("interrupted while waiting for the run store " + store.getFileName(), e);
        } catch (RuntimeException e) {
            release(local, channel);
            throw e;
        }
    }

    private static RunStoreException busy(Path store, Duration wait, String who) {
        return new RunStoreException(
                "the run store " + store + " was in use by " + who + " for more than " + wait.toSeconds()
                        + " s; nothing was written\nMaybe wait for it to finish and try again, use --store PATH for another file, "
                        + "or wait longer with MULTIVECTOR_STORE_WAIT=SECONDS",
                null);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String pid = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? "multivector process " + pid : "another process";
        } catch (IOException e) {
            return "another process";
        }
    }

    private static void release(Semaphore local, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing releases the OS lock; nothing more to do
        } finally {
            local.release();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it too
        }
        release(local, channel);
    }
}
