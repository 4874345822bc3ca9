package org.herald.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;
import org.herald.pipeline.DocumentIntake;
import org.herald.pipeline.IngestResult;

/**
 * Watches feeds and sitemaps: each round reads the feeds that are due (conditional GETs), fetches the pages they
 * list that it has not dealt with before, and ingests them through a {@link DocumentIntake} (the store's ingestor,
 * or the running server that owns the store's writer). A round ends
 * with a store commit; what it learnt of the feeds (validators, next times) is saved only after that commit.
 *
 * <pre>{@code
 * Watcher w = new Watcher(FeedList.read(file), settings, new PoliteFetcher(settings), intake, state);
 * RoundCounts once = w.round(true);
 * }</pre>
 */
public final class Watcher {
    /**
     * Sitemaps followed per index and round, the most recently modified first: enough for a news site's daily
     * sitemaps, while its archive (thousands of monthly sitemaps back to the 1990s) is left alone.
     */
    static final int SITEMAPS_PER_INDEX = 50;
    private final List<URI> feeds;
    private final WatchSettings settings;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final DocumentIntake intake;
    private final WatchState state;
    private final Clock clock;
    /**
     * Held shared from a page's ingest until its line is in the state, and exclusively by a commit: a commit then
     * never takes an article whose page line is not written yet (which a restart would fetch again).
     */
    private final ReadWriteLock commitGate = new ReentrantReadWriteLock();
    private final Object wake = new Object();
    private volatile boolean stopping;
    /** Runs each page's extraction and analysis, so a page over its time budget can be left behind. */
    private final ExecutorService analysis = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "herald-watch-analysis");
        t.setDaemon(true);
        return t;
    });
    private int storedSinceCommit;

    /** A feed's read in this round: its own items and those of the sitemaps it led to. */
    private record FeedRead(URI feed, Outcome outcome, List<Candidate> items) {}

    private enum Outcome { READ, FAILED, STOPPED }

    /** A page to fetch, the feed or sitemap (maybe a child of an index) that listed it, and the listed feed. */
    private record Candidate(FeedItem item, URI listedBy, URI feed) {}

    public Watcher(List<URI> feeds, WatchSettings settings, PoliteFetcher fetcher, DocumentIntake intake,
                   WatchState state, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = new FeedParser(settings.maxBytes());
        this.intake = Objects.requireNonNull(intake, "intake");
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One round: every feed ({@code everyFeed}) or those due, then their new pages, then a commit.
     *
     * @throws RuntimeException when the store cannot be written; what was committed before stays
     */
    public RoundCounts round(boolean everyFeed) throws InterruptedException {
        Instant start = clock.instant();
        List<URI> due = feeds.stream()
                .filter(f -> everyFeed || !state.feed(f.toString(), settings).nextFetch().isAfter(start)).toList();
        RoundCounts counts = new RoundCounts();
        Map<String, Validators> validators = new ConcurrentHashMap<>();
        Map<URI, FeedRead> reads = new ConcurrentHashMap<>();
        HostTasks.run(due, f -> f, settings.threads(),
                feed -> reads.put(feed, read(feed, feed, 0, counts, validators)));

        Map<String, Candidate> fresh = new LinkedHashMap<>();
        Set<URI> feedsWithNew = ConcurrentHashMap.newKeySet();
        for (URI feed : due) {
            for (Candidate c : reads.get(feed).items()) {
                String url = c.item().url().toString();
                if (!state.seen(url) && fresh.putIfAbsent(url, c) == null) {
                    feedsWithNew.add(feed);
                }
            }
        }
        counts.addItemsNew(fresh.size());
        // Feeds whose validators must not be kept: a page of theirs failed for a passing reason or was left for
        // the next round, and a 304 would hide it.
        Set<URI> incomplete = ConcurrentHashMap.newKeySet();
        Set<URI> backlogged = new HashSet<>();
        Map<String, Integer> perHost = new HashMap<>();
        List<Candidate> thisRound = new ArrayList<>();
        for (Candidate c : fresh.values()) {
            if (perHost.merge(Urls.host(c.item().url()), 1, Integer::sum) <= settings.pagesPerHost()) {
                thisRound.add(c);
            } else {
                counts.addLeftForNextRound();
                incomplete.add(c.listedBy());
                backlogged.add(c.feed());
            }
        }
        HostTasks.run(thisRound, c -> c.item().url(), settings.threads(), c -> fetchAndIngest(c, counts, incomplete));

        commit();
        Instant end = clock.instant();
        validators.forEach((url, v) -> {
            if (!incomplete.contains(URI.create(url))) {
                FeedStatus s = state.feed(url, settings);
                state.putFeed(url, new FeedStatus(v, s.nextFetch(), s.interval(), 0));
            }
        });
        for (URI feed : due) {
            FeedStatus s = state.feed(feed.toString(), settings);
            switch (reads.get(feed).outcome()) {
                case READ -> {
                    FeedStatus read = s.read(s.validators(), feedsWithNew.contains(feed), end, settings);
                    // a backlog is worked off in the next rounds, one after the other
                    state.putFeed(feed.toString(), backlogged.contains(feed) ? read.dueAt(end) : read);
                }
                case FAILED -> state.putFeed(feed.toString(), s.failed(end, settings));
                case STOPPED -> { }
            }
        }
        state.saveFeeds();
        return counts;
    }

    /**
     * Rounds until {@link #stop()}: after each, sleeps until the next feed is due. Returns the counts of all rounds.
     *
     * @param afterRound told each round's counts (rounds that read no feed are not told)
     */
    public RoundCounts runUntilStopped(Consumer<RoundCounts> afterRound) throws InterruptedException {
        RoundCounts total = new RoundCounts();
        while (!stopping) {
            RoundCounts round = round(false);
            total.add(round);
            if (round.feedsRead() + round.feedsFailed() > 0) {
                afterRound.accept(round);
            }
            Instant next = feeds.stream().map(f -> state.feed(f.toString(), settings).nextFetch())
                    .min(Instant::compareTo).orElse(clock.instant().plus(settings.maxRefresh()));
            long millis = Duration.between(clock.instant(), next).toMillis();
            synchronized (wake) {
                if (!stopping && millis > 0) {
                    wake.wait(millis);
                }
            }
        }
        return total;
    }

    /**
     * Asks a running round to finish: no new page is started, waits for a host end at once, and the round
     * commits what it stored. Safe from a signal handler's thread.
     */
    public void stop() {
        stopping = true;
        fetcher.stop();
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private FeedRead read(URI top, URI url, int depth, RoundCounts counts, Map<String, Validators> validators)
            throws InterruptedException {
        if (stopping) {
            return new FeedRead(top, Outcome.STOPPED, List.of());
        }
        FetchResult result;
        try {
            result = fetcher.fetch(url, state.feed(url.toString(), settings).validators());
        } catch (CancellationException stopped) {
            return new FeedRead(top, Outcome.STOPPED, List.of());
        }
        if (result instanceof FetchResult.NotModified) {
            counts.addFeedRead(true);
            return new FeedRead(top, Outcome.READ, List.of());
        }
        if (result instanceof FetchResult.Disallowed) {
            counts.addFeedFailed("robots");
            return new FeedRead(top, Outcome.FAILED, List.of());
        }
        if (result instanceof FetchResult.Failed f) {
            counts.addFeedFailed(f.reason());
            return new FeedRead(top, Outcome.FAILED, List.of());
        }
        FetchResult.Ok ok = (FetchResult.Ok) result;
        Feed feed;
        try {
            feed = parser.parse(ok.body(), ok.url());
        } catch (FeedFormatException e) {
            counts.addFeedFailed("not_a_feed");
            return new FeedRead(top, Outcome.FAILED, List.of());
        }
        counts.addFeedRead(false);
        List<Candidate> items = new ArrayList<>();
        feed.items().forEach(i -> items.add(new Candidate(i, url, top)));
        if (feed.kind() == Feed.Kind.SITEMAP_INDEX) {
            // An index is read whole every time (no validators kept): its 304 would hide the sitemaps it lists,
            // which are fetched conditionally each on their own.
            if (depth < settings.sitemapDepth()) {
                for (URI child : feed.sitemaps().subList(0, Math.min(SITEMAPS_PER_INDEX, feed.sitemaps().size()))) {
                    items.addAll(read(top, child, depth + 1, counts, validators).items());
                }
            }
        } else {
            validators.put(url.toString(), ok.validators());
        }
        return new FeedRead(top, Outcome.READ, items);
    }

    private void fetchAndIngest(Candidate c, RoundCounts counts, Set<URI> incomplete) throws InterruptedException {
        URI url = c.item().url();
        if (stopping) {
            counts.addFailed("stopped");
            incomplete.add(c.listedBy());
            return;
        }
        FetchResult result;
        try {
            result = fetcher.fetch(url, Validators.none());
        } catch (CancellationException stopped) {
            counts.addFailed("stopped");
            incomplete.add(c.listedBy());
            return;
        }
        if (result instanceof FetchResult.Disallowed) {
            counts.addSkippedByRobots();
            return;
        }
        if (result instanceof FetchResult.Failed f) {
            fail(c, f.reason(), counts, incomplete);
            return;
        }
        if (!(result instanceof FetchResult.Ok ok)) {
            fail(c, "http_304", counts, incomplete); // no validators were sent: a server that answers 304 anyway
            return;
        }
        if (!ok.contentType().map(t -> t.toLowerCase(Locale.ROOT).contains("html")).orElse(true)) {
            fail(c, "not_html", counts, incomplete);
            return;
        }
        RawDocument doc = new RawDocument(url.toString(), ok.body(), Optional.of(ok.url().toString()),
                RawDocument.Format.HTML, Optional.of(clock.instant()));
        // The models load before the first page's budget starts, outside the commit gate (a commit would wait a
        // minute behind the load): --doc-timeout is for the page, and a first page that paid for the load failed
        // as timeout on a slow start (#11). A no-op once loaded, and for a server that analyses our pages itself.
        intake.prepare();
        IngestResult ingested;
        commitGate.readLock().lock();
        try {
            ingested = ingestWithinBudget(doc, c.item().published());
            switch (ingested.status()) {
                case STORED, ALREADY_STORED -> state.stored(url.toString(), ingested.articleId().orElseThrow());
                case FAILED -> fail(c, ingested.reason().orElseThrow().kind(), counts, incomplete);
            }
        } finally {
            commitGate.readLock().unlock();
        }
        if (ingested.status() == IngestResult.Status.STORED) {
            counts.addStored();
            countTowardsCommit();
        } else if (ingested.status() == IngestResult.Status.ALREADY_STORED) {
            counts.addAlreadyStored();
        }
    }

    /**
     * The ingest on a thread of its own, given up after {@link WatchSettings#docTimeout()}: its thread is
     * interrupted, the stages stop at their next check, and the ingestor stores nothing once interrupted.
     */
    private IngestResult ingestWithinBudget(RawDocument doc, Optional<String> published) throws InterruptedException {
        Future<IngestResult> running = analysis.submit(() -> intake.ingest(doc, published));
        try {
            // A server the pages go to gives a page up over the budget itself and says so; abandoning one here
            // could count failed a page it goes on to store.
            return intake.keepsTimeBudget() ? running.get()
                    : running.get(settings.docTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return IngestResult.failed(doc.source(), Optional.empty(), Reason.TIMEOUT, doc.source() + ": took longer"
                    + " than " + settings.docTimeout().toSeconds() + " s to extract and analyse; abandoned");
        } catch (InterruptedException e) {
            running.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException store) {
                throw store; // the store failed: the round stops
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fail(Candidate c, String reason, RoundCounts counts, Set<URI> incomplete) {
        counts.addFailed(reason);
        state.failed(c.item().url().toString(), reason);
        if (FetchFailures.isTransient(reason)) {
            incomplete.add(c.listedBy());
        }
    }

    private void countTowardsCommit() {
        boolean due;
        synchronized (this) {
            due = ++storedSinceCommit >= settings.commitEvery();
            if (due) {
                storedSinceCommit = 0;
            }
        }
        if (due) {
            commit();
        }
    }

    /** Page lines to disk first, then the store: a line whose article the commit did not make counts for nothing. */
    private void commit() {
        commitGate.writeLock().lock();
        try {
            state.flushPages();
            intake.commit();
        } finally {
            commitGate.writeLock().unlock();
        }
    }
}
