package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.ForwardingStore;
import org.herald.store.QueryTimeoutException;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches past the server's slots are refused at once with 503 and Retry-After; light requests still answer. */
class LoadSheddingTest {
    /** Event searches wait for {@code release}; quote searches run out of time. */
    private static final class SlowStore extends ForwardingStore {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        SlowStore(Store delegate) {
            super(delegate);
        }

        @Override
        public EventPage searchEvents(EventQuery query) {
            entered.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.searchEvents(query);
        }

        @Override
        public QuotePage searchQuotes(QuoteQuery query) {
            throw new QueryTimeoutException(Duration.ofMillis(250));
        }
    }

    @Test
    void aSearchPastTheSlotsIs503WithRetryAfterWhileHealthAnswers(@TempDir Path dir) throws Exception {
        try (LuceneStore lucene = LuceneStore.open(dir)) {
            new SampleArticles().fill(lucene);
            SlowStore store = new SlowStore(lucene);
            try (HeraldServer server = new HeraldServer(store, Optional.empty(),
                    ServerSettings.readOnly(0).withMaxSearches(1)).start()) {
                Http http = new Http(server.port());
                CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> http.get("/api/events"));
                assertTrue(store.entered.await(30, TimeUnit.SECONDS), "the first search started");

                long start = System.nanoTime();
                Http.Reply refused = http.get("/api/articles?q=talks");
                assertEquals(503, refused.status(), refused.body());
                assertEquals("overloaded", refused.errorCode());
                assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
                // It waited at most its bounded turn, not for the first search.
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "refused without queueing");

                Http.Reply health = http.get("/api/health");
                assertEquals(200, health.status());
                assertEquals(200, http.get("/api/cameo").status(), "light requests are not searches");

                store.release.countDown();
                assertEquals(200, first.get(30, TimeUnit.SECONDS).status());
                assertEquals(200, http.get("/api/articles?q=talks").status(), "a freed slot is taken again");
            }
        }
    }

    @Test
    void aQueryPastItsBudgetIs503TimeoutWithRetryAfter(@TempDir Path dir) throws Exception {
        try (LuceneStore lucene = LuceneStore.open(dir);
             HeraldServer server = new HeraldServer(new SlowStore(lucene), Optional.empty(),
                     ServerSettings.readOnly(0)).start()) {
            Http.Reply r = new Http(server.port()).get("/api/quotes?q=war");
            assertEquals(503, r.status(), r.body());
            assertEquals("timeout", r.errorCode());
            assertTrue(r.json().path("error").path("message").asText().contains("250 ms"), r.body());
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
        }
    }
}
