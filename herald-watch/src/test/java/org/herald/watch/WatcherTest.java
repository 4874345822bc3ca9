package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher end to end: three loopback hosts serving robots.txt, RSS 2.0, Atom, RSS 1.0, a sitemap index with a
 * Google News sitemap, article pages and the ways hosts misbehave; a real Lucene store and the real ingestion path.
 */
@Timeout(120)
class WatcherTest {
    private static final Duration DELAY = Duration.ofMillis(50);
    private static final Duration CRAWL_DELAY = Duration.ofMillis(150);
    private final WatchSettings settings = WatchSettings.defaults(Optional.of("desk@news.example"))
            .withHostDelay(DELAY)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
            .withRetries(2, Duration.ofMillis(50), Duration.ofSeconds(3))
            .withMaxBytes(256 * 1024);
    private final LoopbackSite news;
    private final LoopbackSite wire;
    private final LoopbackSite slow;

    @TempDir
    Path temp;

    WatcherTest() throws Exception {
        news = new LoopbackSite();
        wire = new LoopbackSite();
        slow = new LoopbackSite();
        serveNews();
        serveWire();
        slow.page("/feed.xml", "application/rss+xml", rss(List.of(slow.url("/late"))))
                .on("/late", x -> {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LoopbackSite.send(x, 200, "text/html", Pages.article("Late", "2026-03-01"));
                });
    }

    @AfterEach
    void close() {
        news.close();
        wire.close();
        slow.close();
    }

    private void serveNews() {
        AtomicInteger flaky = new AtomicInteger();
        news.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: "
                        + CRAWL_DELAY.toMillis() / 1000.0 + "\n")
                .feed("/rss.xml", "application/rss+xml", """
                        <rss version="2.0"><channel><title>News</title>
                          <item><link>/a1</link><pubDate>Sun, 01 Feb 2026 08:00:00 GMT</pubDate></item>
                          <item><link>/a2</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>
                          <item><link>/private/p1</link></item>
                          <item><link>/missing</link></item>
                          <item><link>/flaky</link></item>
                        </channel></rss>""", "\"rss-1\"", null)
                .feed("/atom.xml", "application/atom+xml", """
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
                          <entry><link href="/a3"/><updated>2026-03-03T10:00:00Z</updated></entry>
                          <entry><link href="/a1"/></entry>
                          <entry><link href="/moved"/></entry>
                        </feed>""", null, "Tue, 03 Mar 2026 10:00:00 GMT")
                .page("/a1", "text/html; charset=utf-8", Pages.article("Harbour council meets", "2026-03-01"))
                .page("/a2", "text/html", Pages.article("Ferry plan has no date on its page", null))
                .page("/private/p1", "text/html", Pages.article("Private", "2026-03-01"))
                .page("/a3", "text/html", Pages.article("Mayor speaks", "2026-03-03"))
                .redirect("/moved", 301, "/a4")
                .page("/a4", "text/html", Pages.article("Moved story", "2026-03-04"))
                .on("/flaky", x -> {
                    if (flaky.getAndIncrement() == 0) {
                        LoopbackSite.send(x, 503, "text/plain", "busy");
                    } else {
                        LoopbackSite.send(x, 200, "text/html", Pages.article("Flaky host recovers", "2026-03-02"));
                    }
                });
    }

    private void serveWire() {
        AtomicInteger limited = new AtomicInteger();
        String b1 = Pages.article("Wire story", "2026-03-02");
        wire.page("/rdf.xml", "application/rdf+xml", """
                        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                                 xmlns="http://purl.org/rss/1.0/">
                          <channel rdf:about="/"><title>Wire</title></channel>
                          <item rdf:about="/b1"><link>/b1</link></item>
                          <item rdf:about="/b1-copy"><link>/b1-copy</link></item>
                        </rdf:RDF>""")
                .page("/b1", "text/html", b1)
                .page("/b1-copy", "text/html", b1)
                .page("/sitemap-index.xml", "application/xml", """
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sitemap><loc>/news-sitemap.xml</loc></sitemap>
                          <sitemap><loc>/sitemap-2.xml</loc></sitemap>
                        </sitemapindex>""")
                .feed("/news-sitemap.xml", "application/xml", """
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                          <url><loc>/b3</loc><news:news>
                            <news:publication_date>2026-03-05T07:00:00Z</news:publication_date>
                            <news:title>Port reopens</news:title></news:news></url>
                          <url><loc>/limited</loc></url>
                        </urlset>""", "\"news-1\"", null)
                .feed("/sitemap-2.xml", "application/xml", """
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>/b4</loc></url><url><loc>/big</loc></url><url><loc>/loop-a</loc></url>
                        </urlset>""", "\"s2-1\"", null)
                .page("/b3", "text/html", Pages.article("Port reopens", null))
                .page("/b4", "text/html", Pages.article("Sitemap story", "2026-02-20"))
                .on("/big", x -> {
                    x.getResponseHeaders().set("Content-Type", "text/html");
                    x.sendResponseHeaders(200, 0);
                    try (OutputStream out = x.getResponseBody()) {
                        byte[] chunk = new byte[16 * 1024];
                        for (int i = 0; i < 64; i++) { // 1 MiB against a 256 KiB cap
                            out.write(chunk);
                        }
                    }
                })
                .redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a")
                .on("/limited", x -> {
                    if (limited.getAndIncrement() == 0) {
                        x.getResponseHeaders().set("Retry-After", "1");
                        LoopbackSite.send(x, 429, "text/plain", "slow down");
                    } else {
                        LoopbackSite.send(x, 200, "text/html", Pages.article("Rate limited story", "2026-03-05"));
                    }
                });
    }

    private static String rss(List<URI> links) {
        StringBuilder items = new StringBuilder();
        links.forEach(l -> items.append("<item><link>").append(l).append("</link></item>"));
        return "<rss version=\"2.0\"><channel><title>t</title>" + items + "</channel></rss>";
    }

    private List<URI> feeds() {
        return List.of(news.url("/rss.xml"), news.url("/atom.xml"), wire.url("/rdf.xml"),
                wire.url("/sitemap-index.xml"), slow.url("/feed.xml"));
    }

    /** One watcher over the store folder, as one run of {@code herald watch --once} builds it. */
    private RoundCounts round(Path storeDir) throws Exception {
        return round(storeDir, true);
    }

    private RoundCounts round(Path storeDir, boolean everyFeed) throws Exception {
        try (Store store = LuceneStore.open(storeDir);
             WatchState state = WatchState.open(storeDir, store::contains, settings);
             PoliteFetcher fetcher = new PoliteFetcher(settings)) {
            Watcher watcher = new Watcher(feeds(), settings, fetcher, Pipeline.intake(store), state,
                    Clock.systemUTC());
            return watcher.round(everyFeed);
        }
    }

    private static void assertAddsUp(RoundCounts c) {
        assertEquals(c.itemsNew(), c.stored() + c.alreadyStored() + c.skippedByRobots() + c.failed()
                + c.leftForNextRound(), c.summary());
    }

    @Test
    void pagesAreStoredOnceAcrossRoundsAndRestartsWithConditionalGetsAndPoliteness() throws Exception {
        Path storeDir = temp.resolve("store");

        RoundCounts first = round(storeDir);
        assertAddsUp(first);
        assertEquals(15, first.itemsNew(), first.summary());
        assertEquals(9, first.stored(), first.summary());
        assertEquals(1, first.alreadyStored(), "b1-copy has the bytes of b1: " + first.summary());
        assertEquals(1, first.skippedByRobots(), first.summary());
        assertEquals(Map.of("http_404", 1, "too_large", 1, "redirect_loop", 1, "timeout", 1),
                first.failedByReason(), first.summary());
        assertEquals(7, first.feedsRead(), "5 feeds and the 2 sitemaps of the index: " + first.summary());

        assertEquals(List.of(), news.requests("/private/p1"), "robots.txt forbids it");
        assertTrue(news.shortestGapMillis() >= CRAWL_DELAY.toMillis(), "news gap " + news.shortestGapMillis());
        assertTrue(wire.shortestGapMillis() >= DELAY.toMillis(), "wire gap " + wire.shortestGapMillis());
        assertTrue(news.requests("/a1").get(0).header("User-Agent").startsWith("Herald/"));

        try (Store store = LuceneStore.open(storeDir)) {
            assertEquals(9, store.articleCount());
            String a1 = store.findArticle(ContentHash.of(Pages.article("Harbour council meets", "2026-03-01")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))).orElseThrow().analysisJson();
            assertTrue(a1.contains("\"published\":\"2026-03-01"), "the page's own date wins: " + a1);
            String a2 = store.findArticle(ContentHash.of(Pages.article("Ferry plan has no date on its page", null)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))).orElseThrow().analysisJson();
            assertTrue(a2.contains("\"published\":\"2026-03-02T08:00Z\""), "the feed's pubDate fills in: " + a2);
            String b3 = store.findArticle(ContentHash.of(Pages.article("Port reopens", null)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))).orElseThrow().analysisJson();
            assertTrue(b3.contains("\"published\":\"2026-03-05T07:00Z\""), "news:publication_date: " + b3);
        }

        // A second run (a new watcher, fetcher and state over the same folder): feeds answer 304 to the validators
        // the first run saved, and no stored page is fetched again. Only the page that timed out is tried again.
        RoundCounts second = round(storeDir);
        assertAddsUp(second);
        assertEquals(1, second.itemsNew(), second.summary());
        assertEquals(Map.of("timeout", 1), second.failedByReason());
        assertEquals(0, second.stored());
        assertEquals(4, second.feedsNotModified(), "rss, atom and the index's two sitemaps: " + second.summary());
        assertEquals("\"rss-1\"", news.requests("/rss.xml").get(1).header("If-None-Match"));
        assertEquals("Tue, 03 Mar 2026 10:00:00 GMT", news.requests("/atom.xml").get(1).header("If-Modified-Since"));
        assertEquals("\"news-1\"", wire.requests("/news-sitemap.xml").get(1).header("If-None-Match"));
        for (String page : List.of("/a1", "/a2", "/a3", "/moved", "/missing")) {
            assertEquals(1, news.requests(page).size(), page);
        }
        assertEquals(2, news.requests("/flaky").size(), "one 503, one 200, nothing in the second round");
        for (String page : List.of("/b1", "/b1-copy", "/b3", "/b4", "/big", "/loop-a")) {
            assertEquals(1, wire.requests(page).size(), page);
        }
        assertEquals(2, slow.requests("/late").size(), "a timeout is tried again");
        assertTrue(Files.readString(storeDir.resolve("watch-state/feeds.tsv")).contains("\"rss-1\""));
        try (Store store = LuceneStore.open(storeDir)) {
            assertEquals(9, store.articleCount());
        }

        // Without --once only feeds that are due are read: every feed was just read and waits its interval.
        int requests = news.requests().size() + wire.requests().size() + slow.requests().size();
        RoundCounts due = round(storeDir, false);
        assertEquals(0, due.feedsRead() + due.feedsFailed(), due.summary());
        assertEquals(requests, news.requests().size() + wire.requests().size() + slow.requests().size());
    }

    @Test
    void aBacklogPastThePagesPerHostIsWorkedOffInTheRoundsThatFollowAtOnce() throws Exception {
        Path storeDir = temp.resolve("store");
        WatchSettings two = settings.withPagesPerHost(2);
        try (Store store = LuceneStore.open(storeDir);
             WatchState state = WatchState.open(storeDir, store::contains, two);
             PoliteFetcher fetcher = new PoliteFetcher(two)) {
            Watcher watcher = new Watcher(List.of(news.url("/rss.xml")), two, fetcher, Pipeline.intake(store),
                    state, Clock.systemUTC());
            RoundCounts first = watcher.round(false);
            assertAddsUp(first);
            assertEquals(5, first.itemsNew());
            assertEquals(2, first.stored());
            assertEquals(3, first.leftForNextRound());
            assertTrue(first.summary().endsWith(" + 3 left for the next round"), first.summary());

            RoundCounts second = watcher.round(false); // due at once, and read whole: no validators were kept
            assertAddsUp(second);
            assertEquals(0, second.feedsNotModified());
            assertEquals(3, second.itemsNew());
            assertEquals(1, second.skippedByRobots());
            assertEquals(Map.of("http_404", 1), second.failedByReason());
            assertEquals(1, second.leftForNextRound());

            RoundCounts third = watcher.round(false);
            assertAddsUp(third);
            assertEquals(1, third.stored(), third.summary());
            assertEquals(0, third.leftForNextRound());

            RoundCounts fourth = watcher.round(false);
            assertEquals(0, fourth.feedsRead(), "the backlog is done: the feed waits its interval");
            assertEquals(3, store.commit(), "a1, a2 and flaky");
        }
    }

    @Test
    void aPageThatAnalysesPastItsBudgetFailsAsTimeoutAndTheHostGoesOn() throws Exception {
        Path storeDir = temp.resolve("store");
        WatchSettings quick = settings.withDocTimeout(Duration.ofMillis(300));
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/feed.xml", "application/rss+xml", rss(List.of(site.url("/slow-to-read"), site.url("/fine"))))
                    .page("/slow-to-read", "text/html", Pages.article("Officials say take your time", "2026-03-01"))
                    .page("/fine", "text/html", Pages.article("A quick one", "2026-03-01"));
            try (Store store = LuceneStore.open(storeDir);
                 WatchState state = WatchState.open(storeDir, store::contains, quick);
                 PoliteFetcher fetcher = new PoliteFetcher(quick)) {
                Watcher watcher = new Watcher(List.of(site.url("/feed.xml")), quick, fetcher,
                        Pipeline.intake(store), state, Clock.systemUTC());
                long start = System.nanoTime();
                RoundCounts round = watcher.round(true);
                assertTrue((System.nanoTime() - start) / 1e6 < 5000, "not held up by the slow page");
                assertAddsUp(round);
                assertEquals(Map.of("timeout", 1), round.failedByReason(), round.summary());
                assertEquals(1, round.stored());
                assertEquals(1, store.articleCount());
            }
        }
    }

    @Test
    void stopEndsARunningWatcherPromptlyWithWhatItStoredCommitted() throws Exception {
        Path storeDir = temp.resolve("store");
        java.util.concurrent.CountDownLatch firstRound = new java.util.concurrent.CountDownLatch(1);
        RoundCounts[] total = {null};
        try (Store store = LuceneStore.open(storeDir);
             WatchState state = WatchState.open(storeDir, store::contains, settings);
             PoliteFetcher fetcher = new PoliteFetcher(settings)) {
            Watcher watcher = new Watcher(List.of(news.url("/rss.xml")), settings, fetcher, Pipeline.intake(store),
                    state, Clock.systemUTC());
            Thread running = new Thread(() -> {
                try {
                    total[0] = watcher.runUntilStopped(c -> firstRound.countDown());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            running.start();
            assertTrue(firstRound.await(30, java.util.concurrent.TimeUnit.SECONDS));
            long start = System.nanoTime();
            watcher.stop(); // it sleeps until the feed is due again, minutes from now
            running.join(5000);
            assertTrue(!running.isAlive() && (System.nanoTime() - start) / 1e6 < 5000, "stopped promptly");
            assertEquals(3, total[0].stored(), total[0].summary());
        }
        try (Store store = LuceneStore.open(storeDir)) {
            assertEquals(3, store.articleCount(), "committed before the watcher returned");
        }
    }
}
