package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on the loopback address. */
@org.junit.jupiter.api.Timeout(30)
class PoliteFetcherTest {
    private static final Duration DELAY = Duration.ofMillis(60);
    private final WatchSettings settings = WatchSettings.defaults(Optional.of("desk@news.example"))
            .withHostDelay(DELAY)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
            .withRetries(3, Duration.ofMillis(50), Duration.ofSeconds(2))
            .withMaxBytes(64 * 1024);
    private final PoliteFetcher fetcher = new PoliteFetcher(settings);
    private final LoopbackSite site;

    PoliteFetcherTest() throws Exception {
        site = new LoopbackSite();
    }

    @AfterEach
    void close() {
        fetcher.close();
        site.close();
    }

    private FetchResult fetch(String path) throws InterruptedException {
        return fetcher.fetch(site.url(path), Validators.none());
    }

    @Test
    void robotsTxtIsReadOnceAndADisallowedPathIsNeverAsked() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .page("/public", "text/html", "<p>ok</p>")
                .page("/private/secret", "text/html", "<p>no</p>");
        assertInstanceOf(FetchResult.Ok.class, fetch("/public"));
        FetchResult blocked = fetch("/private/secret");
        assertInstanceOf(FetchResult.Disallowed.class, blocked);
        assertEquals(List.of(), site.requests("/private/secret"));
        assertEquals(1, site.requests("/robots.txt").size());
        assertEquals("Herald/" + WatchSettings.version() + " (+desk@news.example)",
                site.requests("/public").get(0).header("User-Agent"));
    }

    @Test
    void aGroupForHeraldWinsOverTheStarGroup() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: Herald\nAllow: /\n")
                .page("/page", "text/html", "<p>ok</p>");
        assertInstanceOf(FetchResult.Ok.class, fetch("/page"));
    }

    @Test
    void noRobotsTxtAllowsEverythingAndAFailingOneAllowsNothing() throws Exception {
        site.page("/page", "text/html", "<p>ok</p>");
        assertInstanceOf(FetchResult.Ok.class, fetch("/page"), "robots.txt 404: allowed");
        try (LoopbackSite down = new LoopbackSite()) {
            down.on("/robots.txt", x -> LoopbackSite.send(x, 500, "text/plain", "oops"))
                    .page("/page", "text/html", "<p>ok</p>");
            FetchResult r = fetcher.fetch(down.url("/page"), Validators.none());
            assertEquals("robots_unavailable", assertInstanceOf(FetchResult.Failed.class, r).reason());
            assertEquals(List.of(), down.requests("/page"));
        }
    }

    @Test
    void requestsToOneHostKeepTheDelayAndTheCrawlDelayWhenLonger() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.25\n");
        for (int i = 0; i < 4; i++) {
            site.page("/p" + i, "text/html", "<p>" + i + "</p>");
        }
        try (LoopbackSite fast = new LoopbackSite()) {
            for (int i = 0; i < 4; i++) {
                fast.page("/p" + i, "text/html", "<p>" + i + "</p>");
            }
            Thread other = new Thread(() -> {
                try {
                    for (int i = 0; i < 4; i++) {
                        fetcher.fetch(fast.url("/p" + i), Validators.none());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            other.start();
            for (int i = 0; i < 4; i++) {
                assertInstanceOf(FetchResult.Ok.class, fetch("/p" + i));
            }
            other.join();
            assertTrue(fast.shortestGapMillis() >= DELAY.toMillis(), "gap " + fast.shortestGapMillis());
        }
        assertEquals(5, site.requests().size());
        assertTrue(site.shortestGapMillis() >= 250, "Crawl-delay 0.25 s, gap " + site.shortestGapMillis());
    }

    @Test
    void conditionalGetSendsTheValidatorsAndA304IsNotModified() throws Exception {
        site.feed("/feed", "application/rss+xml", "<rss/>", "\"v1\"", "Wed, 04 Mar 2026 10:00:00 GMT");
        FetchResult.Ok first = assertInstanceOf(FetchResult.Ok.class, fetch("/feed"));
        assertEquals(Optional.of("\"v1\""), first.validators().etag());
        assertEquals(Optional.of("Wed, 04 Mar 2026 10:00:00 GMT"), first.validators().lastModified());
        assertInstanceOf(FetchResult.NotModified.class, fetcher.fetch(site.url("/feed"), first.validators()));
        LoopbackSite.Request second = site.requests("/feed").get(1);
        assertEquals("\"v1\"", second.header("If-None-Match"));
        assertEquals("Wed, 04 Mar 2026 10:00:00 GMT", second.header("If-Modified-Since"));
    }

    @Test
    void a503IsRetriedAfterABackoffAndThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.on("/flaky", x -> {
            if (calls.getAndIncrement() == 0) {
                LoopbackSite.send(x, 503, "text/plain", "busy");
            } else {
                LoopbackSite.send(x, 200, "text/html", "<p>back</p>");
            }
        });
        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetch("/flaky"));
        assertArrayEquals("<p>back</p>".getBytes(StandardCharsets.UTF_8), ok.body());
        assertEquals(2, site.requests("/flaky").size());
    }

    @Test
    void a429WaitsForItsRetryAfterAndAnEndless5xxGivesUpAfterTheRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.on("/limited", x -> {
            if (calls.getAndIncrement() == 0) {
                x.getResponseHeaders().set("Retry-After", "1");
                LoopbackSite.send(x, 429, "text/plain", "slow down");
            } else {
                LoopbackSite.send(x, 200, "text/html", "<p>now</p>");
            }
        }).on("/broken", x -> LoopbackSite.send(x, 502, "text/plain", "bad gateway"));
        assertInstanceOf(FetchResult.Ok.class, fetch("/limited"));
        List<LoopbackSite.Request> limited = site.requests("/limited");
        double gap = (limited.get(1).nanos() - limited.get(0).nanos()) / 1e6;
        assertTrue(gap >= 1000, "Retry-After: 1 honoured, gap " + gap + " ms");

        FetchResult.Failed broken = assertInstanceOf(FetchResult.Failed.class, fetch("/broken"));
        assertEquals("http_502", broken.reason());
        assertEquals(1 + settings.maxRetries(), site.requests("/broken").size());
    }

    @Test
    void aRetryAfterLongerThanWeWaitFailsAtOnce() throws Exception {
        site.on("/later", x -> {
            x.getResponseHeaders().set("Retry-After", "3600");
            LoopbackSite.send(x, 429, "text/plain", "come back in an hour");
        });
        assertEquals("http_429", assertInstanceOf(FetchResult.Failed.class, fetch("/later")).reason());
        assertEquals(1, site.requests("/later").size());
    }

    @Test
    void redirectsAreFollowedWithinTheLimitEachHopCheckedAgainstRobots() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n")
                .redirect("/r1", 301, "/r2").redirect("/r2", 302, site.url("/r3").toString())
                .redirect("/r3", 307, "/final").page("/final", "text/html", "<p>here</p>")
                .redirect("/loop-a", 302, "/loop-b").redirect("/loop-b", 302, "/loop-a")
                .redirect("/to-members", 301, "/members/page").page("/members/page", "text/html", "<p>x</p>");
        for (int i = 0; i < 7; i++) {
            site.redirect("/long" + i, 302, "/long" + (i + 1));
        }
        FetchResult.Ok ok = assertInstanceOf(FetchResult.Ok.class, fetch("/r1"));
        assertEquals(site.url("/final"), ok.url());
        assertEquals(site.url("/r1"), ok.requested());

        assertEquals("redirect_loop", assertInstanceOf(FetchResult.Failed.class, fetch("/loop-a")).reason());
        assertEquals(1, site.requests("/loop-a").size());
        assertEquals("too_many_redirects", assertInstanceOf(FetchResult.Failed.class, fetch("/long0")).reason());
        assertEquals(List.of(), site.requests("/long6"), "5 redirects followed, the 6th not");

        FetchResult.Disallowed d = assertInstanceOf(FetchResult.Disallowed.class, fetch("/to-members"));
        assertEquals(site.url("/members/page"), d.url());
        assertEquals(List.of(), site.requests("/members/page"));
    }

    @Test
    void aBodyOverTheCapFailsAsTooLargeAndASlowHostAsTimeout() throws Exception {
        site.on("/huge", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
            byte[] chunk = new byte[8192];
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 1000; i++) { // 8 MB if nobody stops reading
                    out.write(chunk);
                }
            }
        }).on("/slow", x -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackSite.send(x, 200, "text/html", "<p>late</p>");
        });
        FetchResult.Failed huge = assertInstanceOf(FetchResult.Failed.class, fetch("/huge"));
        assertEquals("too_large", huge.reason());
        long start = System.nanoTime();
        FetchResult.Failed slow = assertInstanceOf(FetchResult.Failed.class, fetch("/slow"));
        assertEquals("timeout", slow.reason());
        assertTrue((System.nanoTime() - start) / 1e6 < 2500, "gave up at the read timeout");
    }
}
