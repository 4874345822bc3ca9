package org.herald.watch;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How politely and how often the watcher reads. {@link #defaults(Optional)} is what {@code herald watch} uses;
 * tests shorten the delays with the {@code with…} methods.
 *
 * @param userAgent      "Herald/0.1.0 (+mailto:desk@news.example)": names us and how to reach the person running it
 * @param hostDelay      the pause after each request before the next to the same host
 * @param maxCrawlDelay  a robots.txt Crawl-delay is honoured up to this; a longer one is cut to it
 * @param readTimeout    the longest a response may take to arrive in full once asked for
 * @param maxBytes       a body larger than this fails as {@code too_large} (reading stops there)
 * @param maxRedirects   redirect hops followed, each checked against robots.txt
 * @param maxRetries     tries after the first on 429 and 5xx, waiting {@code retryBase} × 2ⁿ (or Retry-After)
 * @param maxRetryWait   a Retry-After longer than this is not waited for: the page fails and a later round retries
 * @param robotsTtl      how long a host's robots.txt is trusted before it is read again
 * @param firstRefresh   a feed's refresh interval before its history says anything
 * @param minRefresh     the interval shrinks (halves) after a round with new items, not below this …
 * @param maxRefresh     … and grows (doubles) after one without, or after a failure, not above this
 * @param sitemapDepth   sitemap indexes nested deeper than this are not followed
 * @param threads        hosts read at the same time (each host still one request at a time)
 * @param commitEvery    the store is committed after this many new articles, and at the end of every round
 * @param maxAttempts    a page that failed for a passing reason (timeout, 5xx) is tried this often, then left
 * @param pagesPerHost   new pages fetched per host and round; the rest wait for the next rounds, so a feed with a
 *                       big backlog (a sitemap's archive) cannot hold up the others' refresh for hours
 * @param docTimeout     the longest one page's extraction and analysis may take; past it the page fails as
 *                       {@code timeout} (as {@code herald ingest --doc-timeout} does) and its host goes on
 */
public record WatchSettings(String userAgent, Duration hostDelay, Duration maxCrawlDelay, Duration connectTimeout,
                            Duration readTimeout, int maxBytes, int maxRedirects, int maxRetries, Duration retryBase,
                            Duration maxRetryWait, Duration robotsTtl, Duration firstRefresh, Duration minRefresh,
                            Duration maxRefresh, int sitemapDepth, int threads, int commitEvery, int maxAttempts,
                            int pagesPerHost, Duration docTimeout) {
    public static final int FIVE_MIB = 5 * 1024 * 1024;

    public WatchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        for (Duration d : new Duration[] {hostDelay, maxCrawlDelay, connectTimeout, readTimeout, retryBase,
                maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh, docTimeout}) {
            if (Objects.requireNonNull(d, "duration").isNegative()) {
                throw new IllegalArgumentException("a duration is negative: " + d);
            }
        }
        if (minRefresh.compareTo(maxRefresh) > 0) {
            throw new IllegalArgumentException("minRefresh " + minRefresh + " is above maxRefresh " + maxRefresh);
        }
        if (maxBytes < 1 || maxRedirects < 0 || maxRetries < 0 || sitemapDepth < 0 || threads < 1
                || commitEvery < 1 || maxAttempts < 1 || pagesPerHost < 1) {
            throw new IllegalArgumentException("a count is out of range");
        }
    }

    /**
     * Five seconds between requests to a host, Crawl-delay up to two minutes, 5 MiB, 5 redirects, 3 retries;
     * feeds refreshed every 15 minutes at first, then between 5 minutes and 6 hours as they turn out.
     *
     * @param contact an e-mail address or URL for site owners to reach whoever runs this watcher
     */
    public static WatchSettings defaults(Optional<String> contact) {
        return new WatchSettings(userAgent(contact), Duration.ofSeconds(5), Duration.ofSeconds(120),
                Duration.ofSeconds(10), Duration.ofSeconds(30), FIVE_MIB, 5, 3, Duration.ofSeconds(2),
                Duration.ofSeconds(120), Duration.ofHours(24), Duration.ofMinutes(15), Duration.ofMinutes(5),
                Duration.ofHours(6), 3, 4, 20, 3, 200, Duration.ofSeconds(60));
    }

    /** "Herald/0.1.0 (+desk@news.example)", or "Herald/0.1.0" when no contact is given. */
    public static String userAgent(Optional<String> contact) {
        return "Herald/" + version() + contact.map(c -> " (+" + c.strip() + ")").orElse("");
    }

    static String version() {
        try (InputStream in = WatchSettings.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("$") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    public WatchSettings withHostDelay(Duration d) {
        return new WatchSettings(userAgent, d, maxCrawlDelay, connectTimeout, readTimeout, maxBytes, maxRedirects,
                maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh, sitemapDepth,
                threads, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withTimeouts(Duration connect, Duration read) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connect, read, maxBytes, maxRedirects,
                maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh, sitemapDepth,
                threads, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withRetries(int retries, Duration base, Duration maxWait) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, retries, base, maxWait, robotsTtl, firstRefresh, minRefresh, maxRefresh, sitemapDepth,
                threads, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withMaxBytes(int bytes) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, bytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh,
                sitemapDepth, threads, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withRefresh(Duration first, Duration min, Duration max) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, first, min, max, sitemapDepth,
                threads, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withThreads(int n) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh,
                sitemapDepth, n, commitEvery, maxAttempts, pagesPerHost, docTimeout);
    }

    public WatchSettings withPagesPerHost(int n) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh,
                sitemapDepth, threads, commitEvery, maxAttempts, n, docTimeout);
    }

    public WatchSettings withDocTimeout(Duration d) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh,
                sitemapDepth, threads, commitEvery, maxAttempts, pagesPerHost, d);
    }

    public WatchSettings withCommitEvery(int n) {
        return new WatchSettings(userAgent, hostDelay, maxCrawlDelay, connectTimeout, readTimeout, maxBytes,
                maxRedirects, maxRetries, retryBase, maxRetryWait, robotsTtl, firstRefresh, minRefresh, maxRefresh,
                sitemapDepth, threads, n, maxAttempts, pagesPerHost, docTimeout);
    }

    /** The pause after each request to a host whose robots.txt asks for {@code crawlDelay}. */
    Duration pauseFor(Optional<Duration> crawlDelay) {
        Duration asked = crawlDelay.map(d -> d.compareTo(maxCrawlDelay) > 0 ? maxCrawlDelay : d).orElse(Duration.ZERO);
        return asked.compareTo(hostDelay) > 0 ? asked : hostDelay;
    }
}
