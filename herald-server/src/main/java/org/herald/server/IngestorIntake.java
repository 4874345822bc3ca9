package org.herald.server;

import java.util.Objects;
import org.herald.extract.RawDocument;
import org.herald.store.IngestResult;
import org.herald.store.Ingestor;
import org.herald.store.Store;

/**
 * The intake a real server uses: the store's {@link Ingestor}, then a commit, so that 201 means the article
 * survives a crash and the next {@code GET} finds it. A commit per request costs a few milliseconds of fsync,
 * which is nothing next to the seconds of analysis before it.
 */
public final class IngestorIntake implements ArticleIntake {
    private final Ingestor ingestor;
    private final Store store;

    /** @param store the store the ingestor writes to */
    public IngestorIntake(Ingestor ingestor, Store store) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public IngestReply accept(RawDocument document) {
        IngestResult result = ingestor.ingest(document);
        String id = result.articleId().orElse("");
        return switch (result.status()) {
            case STORED -> {
                store.commit();
                yield new IngestReply.Stored(id, false, result.analysisJson());
            }
            // The same bytes came before: answer with what was stored then. Empty only while another request
            // is still analysing them.
            case ALREADY_STORED -> new IngestReply.Stored(id, true,
                    store.findArticle(id).map(article -> article.analysisJson()));
            case FAILED -> new IngestReply.Refused(result.reason().orElseThrow(), result.detail());
        };
    }
}
