package org.herald.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.herald.extract.RawDocument;
import org.herald.model.Causes;
import org.herald.model.Reason;
import org.herald.pipeline.IngestResult;
import org.herald.pipeline.Ingestor;
import org.herald.store.ContentHash;
import org.herald.store.Store;

/**
 * The intake a real server uses: the store's {@link Ingestor}, then a commit, so that 201 means the article
 * survives a crash and the next {@code GET} finds it. A commit per request costs a few milliseconds of fsync,
 * which is nothing next to the seconds of analysis before it.
 *
 * <p>Each document has a time budget, as in the batch commands ({@code --doc-timeout}, default
 * {@value #DEFAULT_BUDGET_SECONDS} s): past it the request is answered {@code timeout} and its thread freed, while
 * the analysis, on a worker thread of its own, is interrupted and stops at the next stage.
 */
public final class IngestorIntake implements ArticleIntake {
    /** The batch commands' default {@code --doc-timeout}. */
    public static final int DEFAULT_BUDGET_SECONDS = 60;

    private final Ingestor ingestor;
    private final Store store;
    private final Duration budget;
    private final ConcurrentHashMap<String, CompletableFuture<IngestReply>> inFlight = new ConcurrentHashMap<>();
    private volatile Optional<String> writeProblem = Optional.empty();
    // Cached, not fixed: an abandoned analysis may run on until its next check, and must not keep the next POST
    // waiting. The request threads bound how many run at once.
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "herald-intake");
        t.setDaemon(true);
        return t;
    });

    /** @param store the store the ingestor writes to */
    public IngestorIntake(Ingestor ingestor, Store store) {
        this(ingestor, store, Duration.ofSeconds(DEFAULT_BUDGET_SECONDS));
    }

    /** @param budget how long one document's extraction, analysis and commit may take */
    public IngestorIntake(Ingestor ingestor, Store store, Duration budget) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.store = Objects.requireNonNull(store, "store");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("budget must be positive: " + budget);
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
        if (first != null) return sameAs(first, document);
        // The worker, not this thread, completes and removes the entry: a copy arriving while an abandoned analysis
        // still runs then waits for its real outcome instead of starting a second one (or hearing "already stored"
        // of bytes that are not committed).
        Future<?> work = workers.submit(() -> {
            IngestReply reply;
            try {
                reply = acceptFirst(document);
            } catch (RuntimeException | Error e) {
                inFlight.remove(id, mine);
                mine.completeExceptionally(e);
                return;
            }
            // Gone before the outcome is told: a retry the caller sends on hearing it must start afresh (after a
            // failed commit) or find the committed article, never be handed this outcome again.
            inFlight.remove(id, mine);
            mine.complete(reply);
        });
        try {
            return outcome(mine, budget.toNanos());
        } catch (TimeoutException e) {
            work.cancel(true);
            return overBudget(document);
        }
    }

    private IngestReply overBudget(RawDocument document) {
        return new IngestReply.Refused(Reason.TIMEOUT, document.source() + ": took longer than " + seconds(budget)
                + " to extract and analyse (--doc-timeout); abandoned");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    // The first request's outcome: stored by it is already stored for this one; refused or failed, the same.
    private IngestReply sameAs(CompletableFuture<IngestReply> first, RawDocument document) {
        IngestReply reply;
        try {
            reply = outcome(first, budget.toNanos());
        } catch (TimeoutException e) {
            return overBudget(document);
        }
        return reply instanceof IngestReply.Stored s ? new IngestReply.Stored(s.id(), true, s.analysisJson()) : reply;
    }

    private static IngestReply outcome(CompletableFuture<IngestReply> reply, long nanos) throws TimeoutException {
        try {
            return reply.get(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a document was analysed", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
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
                // Abandoned after the put: the article is in the index, so commit it (a retry then hears "already
                // stored" of something readable). Lucene's fsync on an interrupted thread would fail and roll back
                // other requests' puts with it, so the interrupt is cleared first.
                Thread.interrupted();
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
