package org.herald.pipeline;

import java.io.Closeable;
import java.util.Optional;
import org.herald.extract.RawDocument;

/**
 * Where a batch (an ingest, a watcher) sends its documents to be stored: an {@link Ingestor} over a store this
 * process has opened for writing ({@link StoreIntake}), or the process that owns the store's writer (a running
 * {@code herald serve}), which then extracts, analyses and stores them. One writer per store, however many batches
 * feed it; the batch counts the same {@link IngestResult}s either way.
 *
 * <p>Safe to call from several threads.
 */
public interface DocumentIntake extends Closeable {

    /**
     * Stores the document unless the same bytes are stored already; a failed document is an
     * {@link IngestResult.Status#FAILED} result, never an exception. Throws a {@link RuntimeException} when the
     * store itself cannot be written: every later document would fail the same way.
     *
     * @param publishedFallback a date to use when the page gives none (a feed item's pubDate)
     */
    IngestResult ingest(RawDocument doc, Optional<String> publishedFallback);

    default IngestResult ingest(RawDocument doc) {
        return ingest(doc, Optional.empty());
    }

    /**
     * Pays now the one-off cost of the first new document, loading the language models (seconds to a minute), so
     * that a caller timing each document ({@code --doc-timeout}) times only that document's own work (#11). Nothing
     * for an intake whose documents another process analyses. Throws what {@link #ingest} would throw for it.
     */
    default void prepare() {}

    /**
     * True when the intake gives a document up over the batch's time budget itself and its answer is final: the
     * server that writes the store is handed the budget and answers {@code timeout} for a document it gave up and
     * stored nothing of. The caller then waits for the answer instead of abandoning the document, since a document
     * the caller abandons could still be stored by the other process, and the counts would no longer add up.
     */
    default boolean keepsTimeBudget() {
        return false;
    }

    /** True when an article with this id is stored (committed, or written by this intake). */
    boolean contains(String articleId);

    /** Makes every document stored so far durable; returns the number of articles now stored. */
    long commit();

    /** The number of articles stored (committed, or written by this intake and refreshed). */
    long articleCount();

    /** A line for the user saying where documents go ("the store herald-store", "the server at …"). */
    String describe();
}
