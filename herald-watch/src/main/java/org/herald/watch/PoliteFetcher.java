package org.herald.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches as a guest: robots.txt read first and obeyed on every redirect hop, one request at a time per host with
 * {@link WatchSettings#hostDelay()} (or the host's Crawl-delay) between them, redirects followed by hand up to a
 * limit, 429 and 5xx retried with exponential backoff (Retry-After honoured), bodies capped, a User-Agent that
 * says who we are. Thread-safe: the schedule keeps threads on one host in line.
 */
public final class PoliteFetcher implements AutoCloseable {
    private final WatchSettings settings;
    private final HttpClient client;
    private final HostSchedule schedule = new HostSchedule();
    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    /** One robots.txt read at a time per host, however many threads need it. */
    private final Map<String, Object> robotsLocks = new ConcurrentHashMap<>();
    /** A robots.txt that could not be read is tried again this soon, not after a day. */
    private static final Duration UNAVAILABLE_TTL = Duration.ofMinutes(5);

    private record CachedRobots(RobotsRules rules, long readAt) {}

    /** One HTTP exchange: a status with its headers and body, or why there was none. */
    private record Exchange(int status, HttpResponse<byte[]> response, Optional<FetchResult.Failed> failure) {}

    public PoliteFetcher(WatchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // by hand: each hop is checked against robots.txt
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Fetches {@code url}, sending {@code validators} so an unchanged feed answers 304.
     *
     * @throws CancellationException when {@link #stop()} was called meanwhile
     */
    public FetchResult fetch(URI url, Validators validators) throws InterruptedException {
        URI at = url;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(at)) {
                return new FetchResult.Failed(url, "redirect_loop", "back at " + at + " after " + hop + " redirects");
            }
            RobotsRules rules = robotsFor(at);
            if (rules.unavailable()) {
                return new FetchResult.Failed(url, "robots_unavailable", "no answer for " + Urls.robots(at)
                        + ": nothing on that host is fetched until it answers");
            }
            if (!rules.allowed(at)) {
                return new FetchResult.Disallowed(url, at);
            }
            Exchange x = withRetries(at, validators, settings.pauseFor(rules.crawlDelay()));
            if (x.failure().isPresent()) {
                return new FetchResult.Failed(url, x.failure().get().reason(), x.failure().get().detail());
            }
            int status = x.status();
            if (isRedirect(status)) {
                URI from = at;
                Optional<URI> next = x.response().headers().firstValue("Location").flatMap(l -> Urls.resolve(from, l));
                if (next.isEmpty()) {
                    return new FetchResult.Failed(url, "bad_redirect", status + " from " + at + " without a usable"
                            + " Location");
                }
                if (hop >= settings.maxRedirects()) {
                    return new FetchResult.Failed(url, "too_many_redirects", "more than " + settings.maxRedirects()
                            + " redirects, the last to " + next.get());
                }
                at = next.get();
                continue;
            }
            if (status == 304) {
                return new FetchResult.NotModified(url);
            }
            if (status / 100 == 2) {
                var headers = x.response().headers();
                return new FetchResult.Ok(url, at, x.response().body(), headers.firstValue("Content-Type"),
                        new Validators(headers.firstValue("ETag"), headers.firstValue("Last-Modified")));
            }
            return new FetchResult.Failed(url, "http_" + status, at.toString());
        }
    }

    /** Wakes every thread waiting for a host; their fetches end with {@link CancellationException}. */
    public void stop() {
        schedule.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** One request, tried again after 429 and 5xx as long as the retries and the wait allow. */
    private Exchange withRetries(URI url, Validators validators, Duration pause) throws InterruptedException {
        String host = Urls.host(url);
        for (int attempt = 0; ; attempt++) {
            schedule.acquire(host);
            Exchange x;
            try {
                x = exchange(url, validators);
            } finally {
                schedule.release(host, pause);
            }
            if (x.failure().isPresent() || !(x.status() == 429 || x.status() / 100 == 5)
                    || attempt >= settings.maxRetries()) {
                return x;
            }
            Duration backoff = settings.retryBase().multipliedBy(1L << Math.min(attempt, 20));
            Duration wait = retryAfter(x.response()).filter(d -> d.compareTo(backoff) > 0).orElse(backoff);
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                return x; // asked to wait longer than we will: fail now, a later round tries again
            }
            schedule.defer(host, wait);
        }
    }

    /** Retry-After as seconds or as an HTTP date. */
    private static Optional<Duration> retryAfter(HttpResponse<byte[]> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    private Exchange exchange(URI url, Validators validators) throws InterruptedException {
        try {
            return send(url, validators);
        } catch (IllegalArgumentException e) {
            // a URL the HTTP client refuses (a user name in it, say): this page's problem, not the round's
            return failed(url, "bad_url", String.valueOf(e.getMessage()));
        }
    }

    private Exchange send(URI url, Validators validators) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
                        + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        validators.etag().ifPresent(v -> request.header("If-None-Match", v));
        validators.lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
        // Only a 2xx body is kept; others are dropped as they arrive (and bounded by the read timeout).
        HttpResponse.BodyHandler<byte[]> body = info -> info.statusCode() / 100 == 2
                ? new CappedBody(settings.maxBytes())
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), body);
        try {
            HttpResponse<byte[]> response = pending.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), response, Optional.empty());
        } catch (TimeoutException e) {
            pending.cancel(true);
            return failed(url, "timeout", "no full response within " + settings.readTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            return failed(url, e.getCause());
        }
    }

    private static Exchange failed(URI url, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLargeException) {
                return failed(url, "too_large", t.getMessage());
            }
            if (t instanceof HttpTimeoutException) {
                return failed(url, "timeout", String.valueOf(t.getMessage()));
            }
            if (t instanceof ConnectException) {
                return failed(url, "unreachable", "cannot connect");
            }
        }
        String detail = cause instanceof IOException ? String.valueOf(cause.getMessage()) : cause.toString();
        return failed(url, "unreachable", detail);
    }

    private static Exchange failed(URI url, String reason, String detail) {
        return new Exchange(-1, null, Optional.of(new FetchResult.Failed(url, reason, url + ": " + detail)));
    }

    /**
     * The host's rules, read (through the same schedule) when first needed and again after the TTL; rules that
     * stand for an unreachable robots.txt are read again after {@link #UNAVAILABLE_TTL}.
     */
    private RobotsRules robotsFor(URI url) throws InterruptedException {
        String host = Urls.host(url);
        synchronized (robotsLocks.computeIfAbsent(host, k -> new Object())) {
            CachedRobots cached = robots.get(host);
            long age = cached == null ? Long.MAX_VALUE : System.nanoTime() - cached.readAt();
            Duration ttl = cached != null && cached.rules().unavailable() ? UNAVAILABLE_TTL : settings.robotsTtl();
            if (cached != null && age < ttl.toNanos()) {
                return cached.rules();
            }
            RobotsRules rules = readRobots(Urls.robots(url));
            robots.put(host, new CachedRobots(rules, System.nanoTime()));
            return rules;
        }
    }

    /** robots.txt itself: redirects followed (up to the limit), 4xx allows all, 5xx and errors allow nothing. */
    private RobotsRules readRobots(URI robotsUrl) throws InterruptedException {
        URI at = robotsUrl;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            Exchange x = withRetries(at, Validators.none(), settings.hostDelay());
            if (x.failure().isPresent()) {
                return RobotsRules.unreachable(); // a robots.txt over 5 MiB too: we cannot know what it says
            }
            int status = x.status();
            if (isRedirect(status)) {
                URI from = at;
                Optional<URI> next = x.response().headers().firstValue("Location")
                        .flatMap(l -> Urls.resolve(from, l));
                if (next.isEmpty()) {
                    return RobotsRules.allowAll();
                }
                at = next.get();
                continue;
            }
            if (status / 100 == 2) {
                RobotsRules rules = RobotsRules.parse(at, x.response().body(),
                        x.response().headers().firstValue("Content-Type").orElse("text/plain"));
                // the robots.txt request itself was the host's first: its Crawl-delay counts from it
                schedule.defer(Urls.host(robotsUrl), settings.pauseFor(rules.crawlDelay()));
                return rules;
            }
            return status / 100 == 4 ? RobotsRules.allowAll() : RobotsRules.unreachable();
        }
        return RobotsRules.allowAll(); // RFC 9309 2.3.1.2: past five redirects, as if there were no robots.txt
    }
}
