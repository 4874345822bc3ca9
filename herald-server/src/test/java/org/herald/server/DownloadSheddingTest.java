package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herald.model.json.AnalysisJson;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.ForwardingStore;
import org.herald.store.QueryTimeoutException;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How downloads (#12) meet the server's load shedding: a first page the store cannot answer is still an error
 * reply; a later one cuts the transfer off, so no client takes a short file for a whole one; and downloads past the
 * search slots are refused.
 */
class DownloadSheddingTest {
    /** Event pages after the first wait for {@code release}, or time out when {@code timeOut}; quotes time out. */
    private static final class FailingStore extends ForwardingStore {
        final CountDownLatch laterPage = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean timeOut;

        FailingStore(Store delegate) {
            super(delegate);
        }

        @Override
        public EventPage searchEvents(EventQuery query) {
            if (query.paging().cursor().isPresent()) {
                laterPage.countDown();
                if (timeOut) throw new QueryTimeoutException(Duration.ofMillis(10));
                try {
                    if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.searchEvents(query);
        }

        @Override
        public QuotePage searchQuotes(QuoteQuery query) {
            throw new QueryTimeoutException(Duration.ofMillis(10));
        }
    }

    @Test
    void aFailedFirstPageIsA503AndAFailedLaterPageCutsTheTransferOff(@TempDir Path dir) throws Exception {
        try (LuceneStore lucene = LuceneStore.open(dir)) {
            fill(lucene);
            FailingStore store = new FailingStore(lucene);
            store.timeOut = true;
            try (HeraldServer server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start()) {
                Http http = new Http(server.port());
                Http.Reply quotes = http.get("/api/quotes.csv");
                assertEquals(503, quotes.status());
                assertEquals("timeout", quotes.errorCode());
                assertTrue(quotes.header("Retry-After").isPresent());
                assertThrows(UncheckedIOException.class, () -> http.get("/api/events.csv"),
                        "a download whose second page failed must not end as if it were whole");
                assertEquals(200, http.get("/api/health").status(), "the server goes on");
            }
        }
    }

    @Test
    void downloadsPastTheSearchSlotsAreRefused(@TempDir Path dir) throws Exception {
        try (LuceneStore lucene = LuceneStore.open(dir)) {
            fill(lucene);
            FailingStore store = new FailingStore(lucene);
            try (HeraldServer server = new HeraldServer(store, Optional.empty(),
                    ServerSettings.readOnly(0).withMaxSearches(1)).start()) {
                Http http = new Http(server.port());
                CompletableFuture<Http.Reply> first = CompletableFuture.supplyAsync(() -> http.get("/api/events.csv"));
                assertTrue(store.laterPage.await(30, TimeUnit.SECONDS), "the first download reached its second page");
                Http.Reply second = http.get("/api/articles.csv");
                assertEquals(503, second.status());
                assertEquals("overloaded", second.errorCode());
                store.release.countDown();
                assertEquals(200, first.get(60, TimeUnit.SECONDS).status());
                assertEquals(200, http.get("/api/articles.csv").status(), "the slot is free again");
            }
        }
    }

    /** More events than one page, so a download has a second page. */
    private static void fill(Store store) {
        SyntheticArticles synthetic = new SyntheticArticles(5, 6, LocalDate.parse("2024-01-01"), 30);
        AnalysisJson json = new AnalysisJson();
        for (int n = 0; n < 250; n++) store.put(synthetic.stored(n, json));
        store.commit();
    }
}
