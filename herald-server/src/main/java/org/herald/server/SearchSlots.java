package org.herald.server;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many searches run at once, and how many may wait for a turn. A search past both is refused at once with 503
 * and {@code Retry-After}, and one that waited its longest is refused too: a flood of costly reads then costs the
 * server a bounded number of running queries, never an unbounded queue of them holding threads and heap, and the
 * requests outside the guard ({@code /api/health}, an article by id, POSTs) still find a thread.
 */
final class SearchSlots {
    /** How long a search may wait for a slot before it is refused. */
    static final long MAX_WAIT_MILLIS = 1000;
    /** Waiting searches allowed per running one. */
    static final int WAITING_PER_SLOT = 8;

    private final Semaphore running;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    SearchSlots(int slots) {
        if (slots < 1) throw new IllegalArgumentException("slots must be positive: " + slots);
        this.running = new Semaphore(slots);
        this.maxWaiting = slots * WAITING_PER_SLOT;
    }

    /** The handler, run only once it has a slot. */
    Handler guard(Handler handler) {
        return ctx -> {
            take();
            try {
                handler.handle(ctx);
            } finally {
                running.release();
            }
        };
    }

    /**
     * Runs one search of a download in a slot, waiting up to {@code maxWaitMillis} for it. A download runs a search
     * per page and writes each page to the client outside the slot, so a slow reader holds no slot.
     */
    <T> T call(Supplier<T> search, long maxWaitMillis) {
        take(maxWaitMillis);
        try {
            return search.get();
        } finally {
            running.release();
        }
    }

    private void take() {
        take(MAX_WAIT_MILLIS);
    }

    private void take(long maxWaitMillis) {
        if (running.tryAcquire()) return;
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static ApiError busy() {
        return ApiError.unavailable("overloaded", "the server is answering as many searches as it can; retry in a"
                + " moment");
    }
}
