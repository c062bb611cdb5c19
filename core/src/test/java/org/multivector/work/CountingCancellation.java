package org.multivector.work;

import java.util.concurrent.atomic.AtomicInteger;

/** A cancellation that lets {@code allowed} polls through, then asks to stop; it counts every poll. */
public final class CountingCancellation implements Cancellation {

    private final int allowed;
    private final AtomicInteger polls = new AtomicInteger();

    public CountingCancellation(int allowed) {
        this.allowed = allowed;
    }

    @Override
    public boolean cancelled() {
        return polls.incrementAndGet() > allowed;
    }

    @Override
    public String reason() {
        return "stopped by the test after " + allowed + " polls";
    }

    /** How many times the computation asked. */
    public int polls() {
        return polls.get();
    }
}
