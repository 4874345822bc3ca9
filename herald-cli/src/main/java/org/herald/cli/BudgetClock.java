package org.herald.cli;

import java.util.function.Supplier;

/**
 * The clock of the documents' time budgets, which stops while a one-off cost is paid on a document's thread:
 * {@code ingest} loads the language models when the first new document arrives (so that re-ingesting stored
 * pages never pays for them), and that load, 30 to 70 s on a busy machine, must not count against the document
 * that happened to trigger it, nor against those waiting for it (#11: a page of three lines failed as
 * {@code timeout} under the default 60 s).
 */
final class BudgetClock {
    private long pausedBefore;
    private long pausedSince;
    private int pauses;

    /** Runs {@code work} with the clock stopped for every document. */
    <T> T untimed(Supplier<T> work) {
        synchronized (this) {
            if (pauses++ == 0) pausedSince = System.nanoTime();
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                if (--pauses == 0) pausedBefore += System.nanoTime() - pausedSince;
            }
        }
    }

    /** Nanoseconds the clock has stood still up to {@code now} (a {@link System#nanoTime()}). */
    synchronized long pausedUpTo(long now) {
        return pausedBefore + (pauses > 0 ? now - pausedSince : 0);
    }
}
