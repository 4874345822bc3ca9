package org.herald.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Settles, once, the race between a worker about to store a document and a caller giving the document up over its
 * time budget: either the worker stores it and the caller hears "stored", or the caller gives it up and the worker
 * stores nothing. An interrupt alone cannot settle it: it may land just after the worker looked, while the article
 * is being put, and the caller would then count failed what the store keeps (#13: a hand-off's counts must add up).
 *
 * <p>Safe to use from two threads; one decision per document.
 */
public final class StoreDecision {
    private static final int OPEN = 0;
    private static final int STORING = 1;
    private static final int GIVEN_UP = 2;
    private final AtomicInteger state = new AtomicInteger(OPEN);

    /** The worker, just before the put: true when it may store, false when the document was given up. */
    public boolean claimForStore() {
        return state.compareAndSet(OPEN, STORING) || state.get() == STORING;
    }

    /**
     * The caller, over the budget: true when the document is given up and will not be stored; false when the
     * worker had begun to store it already, so the caller must wait for its outcome (a put and a commit).
     */
    public boolean giveUp() {
        return state.compareAndSet(OPEN, GIVEN_UP) || state.get() == GIVEN_UP;
    }
}
