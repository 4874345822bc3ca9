package org.herald.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.herald.model.Causes;
import org.herald.store.StoreWriteException;

/**
 * The store's {@link IndexWriter} and the searchers over it, kept usable across write failures. A write or commit
 * that fails (a full disk; Lucene then often closes the writer for good with a "tragic" exception) rolls the writer
 * back to the last commit and drops it, so nothing uncommitted survives to be committed, or believed stored, later;
 * the next write opens a new writer at the last commit, and writing resumes once the disk has room again. When no
 * writer can be opened, the store is read-only and {@link #problem()} says why.
 *
 * <p>A rollback discards every thread's uncommitted writes, not only the failing one's: a thread that wrote into a
 * writer since dropped gets a {@link StoreWriteException} from its next {@link #commit()} instead of a commit that
 * would claim its writes.
 */
final class WriterSlot implements Closeable {
    private final Directory directory;
    private final Supplier<IndexWriterConfig> config;
    private final Object lock = new Object();
    /** Null once a failure dropped it, until the next write opens another. */
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    /** Counts the writers opened; a thread's uncommitted writes went into the one it recorded. */
    private volatile long generation;
    private final ThreadLocal<Long> wroteInto = new ThreadLocal<>();
    private volatile Optional<String> problem = Optional.empty();

    /** @param config a fresh configuration for each writer (Lucene refuses to share one) */
    WriterSlot(Directory directory, Supplier<IndexWriterConfig> config) throws IOException {
        this.directory = directory;
        this.config = config;
        this.writer = new IndexWriter(directory, config.get());
        this.searchers = new SearcherManager(writer, null);
    }

    /** The searchers over the current writer; a reader acquired here is released to the same manager. */
    SearcherManager searchers() {
        return searchers;
    }

    Optional<String> problem() {
        return problem;
    }

    void update(Term id, List<Document> block) {
        IndexWriter w = open();
        wroteInto.set(generation);
        try {
            w.updateDocuments(id, block);
        } catch (IOException | AlreadyClosedException e) {
            throw failed(w, "cannot write article " + id.text(), e);
        }
    }

    /** Deletes every document of the article's block. */
    void delete(Term id) {
        IndexWriter w = open();
        wroteInto.set(generation);
        try {
            w.deleteDocuments(id);
        } catch (IOException | AlreadyClosedException e) {
            throw failed(w, "cannot delete article " + id.text(), e);
        }
    }

    /**
     * Rewrites doc values of one document, by its number in a reader of this writer's searchers: false when a merge
     * has since moved the document (read it again from a fresh reader and retry).
     */
    boolean updateDocValues(IndexReader reader, int doc, List<Field> fields) {
        IndexWriter w = open();
        wroteInto.set(generation);
        try {
            return w.tryUpdateDocValue(reader, doc, fields.toArray(Field[]::new)) != -1;
        } catch (IOException | AlreadyClosedException e) {
            throw failed(w, "cannot update document " + doc, e);
        }
    }

    /** Commits and makes the writes visible; the searchers are refreshed only after the commit succeeded. */
    void commit() {
        IndexWriter w = open();
        Long mine = wroteInto.get();
        wroteInto.remove();
        if (mine != null && mine != generation) {
            throw new StoreWriteException("commit failed: the writes since the last commit were lost when an earlier"
                    + " write failed (" + problem.orElse("a write failed") + ")", new IOException("writer rolled back"));
        }
        try {
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw failed(w, "commit failed", e);
        }
        problem = Optional.empty();
    }

    /** The writer, a new one at the last commit when a failure dropped the old (or Lucene closed it). */
    private IndexWriter open() {
        IndexWriter w = writer;
        if (w != null && w.isOpen() && w.getTragicException() == null) return w;
        synchronized (lock) {
            w = writer;
            if (w != null && w.isOpen() && w.getTragicException() == null) return w;
            if (w != null) drop(w, null);
            IndexWriter fresh;
            try {
                fresh = new IndexWriter(directory, config.get());
            } catch (IOException | RuntimeException e) {
                String why = "the store is read-only: no writer can be opened (" + Causes.oneLine(e) + ")";
                problem = Optional.of(why);
                throw new StoreWriteException(why, e instanceof IOException io ? io : new IOException(e));
            }
            SearcherManager old = searchers;
            try {
                searchers = new SearcherManager(fresh, null);
            } catch (IOException e) {
                IOUtils.closeWhileHandlingException(fresh);
                throw new StoreWriteException("the store is read-only: " + Causes.oneLine(e), e);
            }
            generation++;
            writer = fresh;
            // Readers that hold one of its searchers keep it until they release it.
            IOUtils.closeWhileHandlingException(old);
            return fresh;
        }
    }

    /** Rolls the failed writer back (first caller only), remembers why, and says so to the caller. */
    private StoreWriteException failed(IndexWriter w, String what, Exception e) {
        String why = what + ": " + Causes.oneLine(e);
        synchronized (lock) {
            if (writer == w) {
                problem = Optional.of(why);
                drop(w, e);
            }
        }
        return new StoreWriteException(why, e instanceof IOException io ? io : new IOException(e));
    }

    // Under the lock. Rollback discards the uncommitted writes and releases the write lock; it is a no-op on a
    // writer Lucene already closed after a tragic exception.
    private void drop(IndexWriter w, Exception cause) {
        try {
            w.rollback();
        } catch (IOException | RuntimeException r) {
            if (cause != null) cause.addSuppressed(r);
        }
        writer = null;
        generation++;
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            IndexWriter w = writer;
            writer = null;
            IOUtils.close(searchers, w);
        }
    }
}
