package org.herald.pipeline;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.analysis.Analysis;
import org.herald.model.json.AnalysisJson;
import org.herald.nlp.Analyzer;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/**
 * Extracts, analyses and stores documents, one call each. The content hash is checked before any work, so
 * re-ingesting a stored page costs a hash and a look-up. Safe to call from several threads: two threads given
 * the same bytes analyse them once. The ingestor never commits; the caller decides how often to pay for
 * durability ({@link Store#commit()}), and a crash loses at most the uncommitted documents, which the next run
 * finds missing and ingests again.
 */
public final class Ingestor {
    private final ArticleExtractor extractor;
    private final Supplier<Analyzer> analyzer;
    private final Store store;
    private final Clock clock;
    private final AnalysisJson json = new AnalysisJson();
    /** Ids put by this ingestor: the store sees them only after a refresh, a repeat in one batch must not. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();

    /**
     * @param analyzer asked for the analyzer when the first new document arrives, once: loading the language
     *                 models takes seconds, and re-ingesting stored pages should not pay for it
     */
    public Ingestor(ArticleExtractor extractor, Supplier<Analyzer> analyzer, Store store, Clock clock) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = new Once<>(Objects.requireNonNull(analyzer, "analyzer"));
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Ingestor(ArticleExtractor extractor, Analyzer analyzer, Store store) {
        this(extractor, () -> analyzer, store, Clock.systemUTC());
    }

    /** Loads the analyzer now if no document has yet: the first document's time is then its own. */
    public void prepare() {
        analyzer.get();
    }

    /** Stores the document unless the same bytes are stored already; never throws for bad input. */
    public IngestResult ingest(RawDocument doc) {
        return ingest(doc, Optional.empty());
    }

    /**
     * Like {@link #ingest(RawDocument)}, with a publication date to use when the page itself gives none (a feed
     * item's pubDate): the page's own date always wins, and a fallback date is marked inferred.
     */
    public IngestResult ingest(RawDocument doc, Optional<String> publishedFallback) {
        return ingest(doc, publishedFallback, new StoreDecision());
    }

    /**
     * Like {@link #ingest(RawDocument, Optional)}, for a caller that may give the document up over its time budget
     * ({@link StoreDecision#giveUp()}): once it has, nothing is stored, and once the put has begun, the caller waits
     * for it, so what the caller reports is what the store holds.
     */
    public IngestResult ingest(RawDocument doc, Optional<String> publishedFallback, StoreDecision decision) {
        String id = ContentHash.of(doc.bytes());
        if (store.contains(id) || !taken.add(id)) {
            return IngestResult.alreadyStored(doc.source(), id);
        }
        Outcome<Analysis> analysed;
        try {
            Outcome<Article> extracted = extractor.extract(doc);
            if (publishedFallback.isPresent() && extracted instanceof Outcome.Ok<Article> ok) {
                extracted = Outcome.ok(ok.source(), ok.value().withPublishedFallback(publishedFallback.get()),
                        ok.warnings());
            }
            analysed = analyzer.get().process(extracted);
        } catch (RuntimeException e) {
            taken.remove(id); // the analyzer failed to load: nothing was stored, the next run may try again
            throw e;
        }
        return keep(id, doc, analysed, decision);
    }

    /**
     * Forgets that {@code articleId} was stored by this ingestor, when the caller's commit of it failed: the next
     * copy of those bytes is then ingested again instead of being answered "already stored" with nothing readable.
     */
    public void forget(String articleId) {
        taken.remove(articleId);
    }

    /**
     * Stores an analysis the caller already made of {@code doc} (the demo prints it first), under the document's
     * content hash, unless those bytes are stored already.
     */
    public IngestResult keep(RawDocument doc, Outcome<Analysis> analysed) {
        String id = ContentHash.of(doc.bytes());
        if (store.contains(id) || !taken.add(id)) {
            return IngestResult.alreadyStored(doc.source(), id);
        }
        return keep(id, doc, analysed, new StoreDecision());
    }

    private IngestResult keep(String id, RawDocument doc, Outcome<Analysis> analysed, StoreDecision decision) {
        try {
            if (analysed instanceof Outcome.Failed<Analysis> f) {
                taken.remove(id);
                return IngestResult.failed(doc.source(), Optional.of(id), f.reason(), f.detail());
            }
            if (Thread.currentThread().isInterrupted() || !decision.claimForStore()) {
                // The batch abandoned this document over its time budget and counted it failed: storing it now
                // would make the counts lie.
                taken.remove(id);
                return IngestResult.failed(doc.source(), Optional.of(id), Reason.TIMEOUT,
                        "abandoned over its time budget before it was stored");
            }
            Outcome.Ok<Analysis> ok = (Outcome.Ok<Analysis>) analysed;
            String text = json.toLine(ok, Optional.of(id));
            store.put(new StoredArticle(id, ok.value(), text, Optional.of(doc.bytes()), clock.instant()));
            return IngestResult.stored(doc.source(), id, ok.value(), text, ok.warnings());
        } catch (IllegalArgumentException e) {
            // The store refused this analysis (a span outside the body, say): a bug for this document only.
            taken.remove(id);
            return IngestResult.failed(doc.source(), Optional.of(id), Reason.STAGE_FAILED, "store: " + e.getMessage());
        } catch (RuntimeException e) {
            // The store itself failed (disk full, index closed): every later document would fail the same way,
            // so the caller stops the batch; the id stays free for the next run.
            taken.remove(id);
            throw e;
        }
    }

    /** A supplier asked at most once, however many threads ask at the same time. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private volatile T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = Objects.requireNonNull(source.get(), "the analyzer supplier gave null");
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
