package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;
import org.herald.pipeline.IngestResult;
import org.herald.pipeline.StoreDecision;
import org.herald.store.ContentHash;

/**
 * The routes another process on this machine stores documents through ({@link HandOff}). Every document is
 * committed before its reply, as {@code POST /api/articles} does: "stored" means durable and searchable, so the
 * sender's own bookkeeping (how far an archive was read, which feed items were stored) never claims an article a
 * crash of the server would lose.
 *
 * <pre>
 * POST /internal/documents?source=S&amp;format=html|text|auto[&amp;url=U][&amp;published=D][&amp;crawled=T][&amp;budget_ms=B]
 *   body: the document's bytes
 *   → {"status": "stored" | "already_stored" | "failed", "id"?, "reason"?, "detail"?}
 * GET  /internal/documents/{id}  → {"stored": true | false}
 * GET  /internal/store           → {"articles": N}
 * </pre>
 *
 * <p>With {@code budget_ms}, the sender's {@code --doc-timeout}, the server gives a document up once its extraction
 * and analysis have run that long, and answers {@code failed} with reason {@code timeout}: it then stores nothing
 * of it. A document whose put had begun when the budget ran out is waited for and answered {@code stored}. The
 * sender waits for the answer rather than abandoning the document itself, so its counts are what the store holds.
 */
final class HandOffApi {
    /**
     * Larger than any document a sender passes on: {@code ingest} refuses files over its own limit before reading
     * them, and the watcher pages over 5 MiB.
     */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private final HandOff handOff;
    private final ObjectMapper mapper;
    // Cached, not fixed: a document given up may run on until its next stage checks, and must not hold up the next;
    // the request threads bound how many run at once.
    /** Documents given up over their budget whose analysis still runs, by content hash: done when it ends. */
    private final ConcurrentHashMap<String, CompletableFuture<Void>> givenUp = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "herald-hand-off");
        t.setDaemon(true);
        return t;
    });

    HandOffApi(HandOff handOff, ObjectMapper mapper) {
        this.handOff = handOff;
        this.mapper = mapper;
    }

    void post(Context ctx) throws IOException {
        HandOff h = check(ctx);
        String source = ctx.queryParam("source");
        if (source == null || source.isBlank()) throw new ApiError(400, "bad_request", "source is required");
        RawDocument doc = new RawDocument(source, body(ctx), Optional.ofNullable(ctx.queryParam("url")),
                format(ctx.queryParam("format")), crawled(ctx.queryParam("crawled")));
        Optional<String> published = Optional.ofNullable(ctx.queryParam("published"));
        Optional<Duration> budget = budget(ctx.queryParam("budget_ms"));
        IngestResult result = budget.isPresent()
                ? withinBudget(h, doc, published, budget.get())
                : h.ingestor().ingest(doc, published);
        if (result.status() == IngestResult.Status.STORED) {
            try {
                h.store().commit();
            } catch (RuntimeException e) {
                // Not durable, so not stored: the sender's next run must analyse it again, not hear "already".
                result.articleId().ifPresent(h.ingestor()::forget);
                throw e;
            }
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("status", result.status().name().toLowerCase(Locale.ROOT));
        result.articleId().ifPresent(id -> o.put("id", id));
        result.reason().ifPresent(r -> o.put("reason", r.kind()));
        if (!result.detail().isEmpty()) o.put("detail", result.detail());
        ctx.json(o);
    }

    /**
     * The ingest on a worker, given up after {@code budget} unless its put has begun; the worker is then
     * interrupted, and its stages stop at their next check.
     */
    private IngestResult withinBudget(HandOff h, RawDocument doc, Optional<String> published, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        String id = ContentHash.of(doc.bytes());
        StoreDecision decision = new StoreDecision();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        Future<IngestResult> work = null;
        try {
            try {
                // The same bytes given up earlier may still be analysed (until a stage checks): meanwhile the
                // ingestor would call them "already stored", which they are not. Wait for that work to end first.
                CompletableFuture<Void> earlier = givenUp.get(id);
                if (earlier != null) earlier.get(remaining(deadline), TimeUnit.NANOSECONDS);
                work = workers.submit(() -> {
                    started.set(true);
                    try {
                        return h.ingestor().ingest(doc, published, decision);
                    } finally {
                        finished.complete(null);
                    }
                });
                return work.get(remaining(deadline), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (!decision.giveUp()) return work.get(); // being stored: a put and a commit, then the answer
                if (work != null) {
                    work.cancel(true);
                    if (!started.get()) finished.complete(null); // cancelled before it ran: it never will
                    givenUp.put(id, finished);
                    finished.whenComplete((v, x) -> givenUp.remove(id, finished));
                }
                return IngestResult.failed(doc.source(), Optional.empty(), Reason.TIMEOUT, doc.source()
                        + ": took longer than " + seconds(budget) + " (--doc-timeout); the server gave it up and"
                        + " stored nothing of it");
            }
        } catch (InterruptedException e) {
            // The server is stopping: the document is given up if it can be, and the sender hears no answer.
            decision.giveUp();
            if (work != null) work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the server stopped while a handed-off document was analysed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r; // the store failed: a 500 ends the batch
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static Optional<Duration> budget(String value) {
        if (value == null) return Optional.empty();
        try {
            long ms = Long.parseLong(value);
            if (ms > 0) return Optional.of(Duration.ofMillis(ms));
        } catch (NumberFormatException e) {
            // the same answer as for zero
        }
        throw new ApiError(400, "bad_request", "budget_ms is a positive number of milliseconds, not '" + value + "'");
    }

    void contains(Context ctx) {
        HandOff h = check(ctx);
        ctx.json(mapper.createObjectNode().put("stored", h.store().contains(ctx.pathParam("id"))));
    }

    void count(Context ctx) {
        HandOff h = check(ctx);
        ctx.json(mapper.createObjectNode().put("articles", h.store().articleCount()));
    }

    /** 401 without the hand-off token. */
    private HandOff check(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                // constant time: the comparison must not tell an attacker how much of the token was right
                && MessageDigest.isEqual(header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8),
                        handOff.token().getBytes(StandardCharsets.UTF_8));
        if (!ok) throw new ApiError(401, "unauthorized", "send the hand-off token of the store's serve.json");
        return handOff;
    }

    private static RawDocument.Format format(String value) {
        try {
            return RawDocument.Format.valueOf((value == null ? "auto" : value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_request", "format is html, text or auto, not '" + value + "'");
        }
    }

    private static Optional<Instant> crawled(String value) {
        if (value == null) return Optional.empty();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "bad_request", "crawled is an ISO-8601 instant, not '" + value + "'");
        }
    }

    private static byte[] body(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > MAX_BYTES) {
            throw new ApiError(413, "payload_too_large", "the body is larger than " + MAX_BYTES + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new ApiError(413, "payload_too_large", "the body is larger than " + MAX_BYTES + " bytes");
            }
            return body;
        }
    }
}
