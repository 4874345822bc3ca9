package org.herald.server;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.herald.extract.RawDocument;
import org.herald.model.Causes;
import org.herald.pipeline.IngestResult;
import org.herald.pipeline.Ingestor;
import org.herald.store.ContentHash;
import org.herald.store.Store;

/**
 * The intake a real server uses: the store's {@link Ingestor}, then a commit, so that 201 means the article
 * survives a crash and the next {@code GET} finds it. A commit per request costs a few milliseconds of fsync,
 * which is nothing next to the seconds of analysis before it.
 */
public final class IngestorIntake implements ArticleIntake {
    private final Ingestor ingestor;
    private final Store store;
    private final ConcurrentHashMap<String, CompletableFuture<IngestReply>> inFlight = new ConcurrentHashMap<>();
    private volatile Optional<String> writeProblem = Optional.empty();

    /** @param store the store the ingestor writes to */
    public IngestorIntake(Ingestor ingestor, Store store) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Answers a document; a copy of bytes another request is still analysing waits for that request and shares its
     * outcome, so "already stored" is said only of an article that is committed and readable.
     */
    @Override
    public IngestReply accept(RawDocument document) {
        String id = ContentHash.of(document.bytes());
        CompletableFuture<IngestReply> mine = new CompletableFuture<>();
        CompletableFuture<IngestReply> first = inFlight.putIfAbsent(id, mine);
        if (first != null) return sameAs(first);
        try {
            IngestReply reply = acceptFirst(document);
            mine.complete(reply);
            return reply;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    // The first request's outcome: stored by it is already stored for this one; refused or failed, the same.
    private static IngestReply sameAs(CompletableFuture<IngestReply> first) {
        IngestReply reply;
        try {
            reply = first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
        return reply instanceof IngestReply.Stored s ? new IngestReply.Stored(s.id(), true, s.analysisJson()) : reply;
    }

    @Override
    public Optional<String> writeProblem() {
        return writeProblem;
    }

    private IngestReply acceptFirst(RawDocument document) {
        IngestResult result = ingestor.ingest(document);
        String id = result.articleId().orElse("");
        return switch (result.status()) {
            case STORED -> {
                try {
                    store.commit();
                    writeProblem = Optional.empty();
                } catch (RuntimeException e) {
                    // Not durable, so not stored: a retry must analyse and store it again, not hear "already".
                    ingestor.forget(id);
                    writeProblem = Optional.of(Causes.oneLine(e));
                    throw e;
                }
                yield new IngestReply.Stored(id, false, result.analysisJson());
            }
            // The same bytes came before (and were committed): answer with what was stored then.
            case ALREADY_STORED -> new IngestReply.Stored(id, true,
                    store.findArticle(id).map(article -> article.analysisJson()));
            case FAILED -> new IngestReply.Refused(result.reason().orElseThrow(), result.detail());
        };
    }
}
