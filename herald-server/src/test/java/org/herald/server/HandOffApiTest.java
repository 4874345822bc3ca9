package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.pipeline.Ingestor;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13: the hand-off routes of a server that owns its store's writer, over real HTTP and a real store. The analyzer
 * finds nothing (no models): these tests are about who may store, what is answered, and that "stored" means
 * committed and searchable.
 */
class HandOffApiTest {
    private static final String TOKEN = "a-hand-off-token-for-this-run";
    private static final String PAGE = "<!doctype html><html><head><title>Ferry talks resume</title></head><body>"
            + "<article><h1>Ferry talks resume</h1>" + "<p>The harbour council of Port Emsa met on Monday to"
            + " discuss the ferry timetable, and officials said the port would stay open during the works.</p>"
            .repeat(4) + "</article></body></html>";

    @TempDir
    Path dir;

    private static Ingestor ingestor(Store store) {
        Analyzer nothing = new Analyzer(text -> new ParsedText(text, List.of()), Analyzer.Stages.none(),
                AnalyzeSettings.defaults());
        return new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), nothing, store);
    }

    private static Http.Reply post(Http http, String query, String body, Optional<String> token) {
        HttpRequest.Builder r = http.request("/internal/documents" + query)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> r.header("Authorization", "Bearer " + t));
        return http.send(r);
    }

    @Test
    void aHandedOffDocumentIsStoredCommittedAndSearchableBeforeTheAnswerAndOnceOnly() throws Exception {
        try (Store store = LuceneStore.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(),
                     Optional.of(new HandOff(ingestor(store), store, TOKEN)), ServerSettings.readOnly(0)).start()) {
            Http http = new Http(server.port());
            Http.Reply first = post(http, "?source=page.html&format=html&url=" + Http.encode("https://news.example/a")
                    + "&published=2026-03-04", PAGE, Optional.of(TOKEN));
            assertEquals(200, first.status(), first.body());
            String id = ContentHash.of(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("stored", first.json().path("status").asText(), first.body());
            assertEquals(id, first.json().path("id").asText());

            // No refresh was asked for: the hand-off committed before it answered.
            Http.Reply article = http.get("/api/articles/" + id);
            assertEquals(200, article.status(), article.body());
            assertEquals("https://news.example/a", article.json().path("url").asText());
            assertEquals("2026-03-04", article.json().path("published").asText().substring(0, 10),
                    "the sender's fallback date, for a page that gives none");
            assertEquals(1, http.get("/api/articles?limit=1").json().path("total").asLong());

            Http.Reply again = post(http, "?source=copy.html", PAGE, Optional.of(TOKEN));
            assertEquals("already_stored", again.json().path("status").asText(), again.body());
            assertTrue(http.get("/internal/documents/" + id, "Authorization", "Bearer " + TOKEN).json()
                    .path("stored").asBoolean());
            assertEquals(1, http.get("/internal/store", "Authorization", "Bearer " + TOKEN).json()
                    .path("articles").asLong());

            Http.Reply empty = post(http, "?source=empty.html&format=html", "", Optional.of(TOKEN));
            assertEquals(200, empty.status(), empty.body());
            assertEquals("failed", empty.json().path("status").asText(), empty.body());
            assertEquals("empty", empty.json().path("reason").asText(), empty.body());
            assertEquals(1, store.commit(), "nothing stored for the failure, nothing twice for the copy");
        }
    }

    @Test
    void onlyTheRunsTokenMayHandOffAndAServerWithoutAHandOffHasNoSuchRoutes() throws Exception {
        try (Store store = LuceneStore.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(),
                     Optional.of(new HandOff(ingestor(store), store, TOKEN)), ServerSettings.readOnly(0)).start()) {
            Http http = new Http(server.port());
            assertEquals(401, post(http, "?source=a", PAGE, Optional.empty()).status());
            assertEquals(401, post(http, "?source=a", PAGE, Optional.of("not-the-token-of-this-run")).status());
            assertEquals(401, http.get("/internal/store").status());
            assertEquals(400, post(http, "?format=html", PAGE, Optional.of(TOKEN)).status(), "source is required");
            assertEquals(400, post(http, "?source=a&format=pdf", PAGE, Optional.of(TOKEN)).status());
            assertEquals(0, store.commit(), "nothing refused was stored");
        }
        try (Store store = LuceneStore.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start()) {
            assertEquals(404, new Http(server.port()).get("/internal/store", "Authorization", "Bearer " + TOKEN)
                    .status());
        }
    }

    @Test
    void aDocumentPastTheSendersBudgetIsAnsweredTimeoutAndNeverStored() throws Exception {
        long slowMillis = 3_000;
        Analyzer slow = new Analyzer(text -> {
            long end = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(slowMillis);
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // a stage deaf to interrupts, as a long parse is
            }
            return new ParsedText(text, List.of());
        }, Analyzer.Stages.none(), AnalyzeSettings.defaults());
        try (Store store = LuceneStore.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(), Optional.of(new HandOff(
                     new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), slow, store), store, TOKEN)),
                     ServerSettings.readOnly(0)).start()) {
            Http http = new Http(server.port());
            assertEquals(400, post(http, "?source=a&budget_ms=0", PAGE, Optional.of(TOKEN)).status());
            assertEquals(400, post(http, "?source=a&budget_ms=soon", PAGE, Optional.of(TOKEN)).status());
            long start = System.nanoTime();
            Http.Reply late = post(http, "?source=late.html&format=html&budget_ms=500", PAGE, Optional.of(TOKEN));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, late.status(), late.body());
            assertEquals("failed", late.json().path("status").asText(), late.body());
            assertEquals("timeout", late.json().path("reason").asText(), late.body());
            assertTrue(millis < slowMillis, "answered at the budget, not when the stage ended: " + millis + " ms");
            Thread.sleep(slowMillis + 500);
            store.refresh();
            assertEquals(0, store.articleCount(), "given up, so never stored");

            Http.Reply inTime = post(http, "?source=in-time.html&format=html&budget_ms=60000", PAGE,
                    Optional.of(TOKEN));
            assertEquals("stored", inTime.json().path("status").asText(), "tried afresh: " + inTime.body());
            assertEquals(1, http.get("/api/articles?limit=1").json().path("total").asLong());
        }
    }
}
