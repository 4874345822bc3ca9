package org.herald.pipeline;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.herald.extract.RawDocument;
import org.herald.store.Store;

/**
 * The intake of the process that owns the store's writer: its {@link Ingestor}, and the store's own commits.
 * Closing it closes the store (without a commit, as {@link Store#close()} does).
 */
public final class StoreIntake implements DocumentIntake {
    private final Ingestor ingestor;
    private final Store store;
    private final String name;

    /** @param name how the store is named to the user (its folder) */
    public StoreIntake(Ingestor ingestor, Store store, String name) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public IngestResult ingest(RawDocument doc, Optional<String> publishedFallback) {
        return ingestor.ingest(doc, publishedFallback);
    }

    @Override
    public void prepare() {
        ingestor.prepare();
    }

    @Override
    public boolean contains(String articleId) {
        return store.contains(articleId);
    }

    @Override
    public long commit() {
        return store.commit();
    }

    @Override
    public long articleCount() {
        return store.articleCount();
    }

    @Override
    public String describe() {
        return "the store " + name;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
