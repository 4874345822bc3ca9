package org.herald.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herald.pipeline.DocumentIntake;
import org.herald.watch.FeedList;
import org.herald.watch.PoliteFetcher;
import org.herald.watch.RoundCounts;
import org.herald.watch.WatchSettings;
import org.herald.watch.WatchState;
import org.herald.watch.Watcher;

/**
 * {@code ./herald watch --feeds FILE [--store DIR] [--once]}: reads feeds and sitemaps politely and ingests each
 * new page they list once, like {@code herald ingest} would. Its memory (pages seen, feed validators, next times)
 * lives in the store's folder, so a restarted watcher goes on where the last commit left off.
 */
final class WatchCommand {
    static final String USAGE = """
            usage: herald watch --feeds FILE [--store DIR] [--once] [--contact EMAIL_OR_URL] [--host-delay S]
                                [--threads N] [--commit-every N] [--doc-timeout S]

            Reads the feeds and sitemaps FILE lists (one URL a line; # comments): RSS 0.9x/1.0/2.0, Atom,
            sitemaps, sitemap indexes and Google News sitemaps. Every page they list that was not stored before is
            fetched and analysed like `herald ingest` does; the feed's date stands in for a page that has none.
            Politely: robots.txt obeyed (on every redirect too), one request at a time per host with a pause
            between requests (a robots.txt Crawl-delay up to 120 s is honoured), conditional GETs for feeds,
            retries with backoff on 429 and 5xx, pages over 5 MiB refused. Feeds with news are read more often
            (down to every 5 minutes), quiet ones less (up to every 6 hours). At most 200 new pages per host a
            round: a backlog is worked off in the rounds right after.

              --feeds FILE      the list of feed and sitemap URLs
              --opensearch URL  store into an OpenSearch 2.19 cluster instead (http://host:9200); the watcher's
                                state stays in --store DIR
              --store DIR       the store folder, created when missing (default: herald-store); the watcher's state
                                is kept in DIR/watch-state/
              --once            read every feed once, store what is new, print a summary and exit
              --contact C       an e-mail address or URL for site owners, sent in the User-Agent
                                ("Herald/VERSION (+C)"); please set it
              --host-delay S    seconds between two requests to one host (default 5; decimals allowed)
              --threads N       hosts read at the same time (default 4)
              --commit-every N  make the store durable after every N new articles, and after every round
                                (default 20)
              --doc-timeout S   seconds one page's extraction and analysis may take before it fails as timeout
                                and the watcher goes on (default 60)

            Without --once the watcher runs until stopped; Ctrl-C or SIGTERM finishes the pages in hand, commits and
            exits. A kill -9 loses nothing that was committed, and a restart fetches none of it again.

            While a `herald serve` owns the store's writer (started with HERALD_TOKEN), the pages are handed to it;
            while another ingest or watch writes the store, or the server watches it itself, nothing is done.

            Exit code (--once) 0 when nothing failed, 1 when a feed or page failed, 2 for a usage error, 3 when the
            store could not be written, 4 when another process writes the store.
            """;

    private WatchCommand() {}

    private static final class Options {
        Optional<Path> feeds = Optional.empty();
        Path store = Path.of(IngestCommand.DEFAULT_STORE);
        Optional<String> opensearch = Optional.empty();
        boolean once;
        Optional<String> contact = Optional.empty();
        Optional<Duration> hostDelay = Optional.empty();
        int threads = 4;
        Optional<Integer> commitEvery = Optional.empty();
        Duration docTimeout = DocumentBudget.defaults();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "feeds" -> o.feeds = Optional.of(Path.of(a.value("feeds")));
                case "store" -> o.store = Path.of(a.value("store"));
                case "opensearch" -> o.opensearch = Optional.of(a.value("opensearch"));
                case "once" -> {
                    a.flag("once");
                    o.once = true;
                }
                case "contact" -> o.contact = Optional.of(a.value("contact"));
                case "host-delay" -> o.hostDelay = Optional.of(seconds(a, "host-delay"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case "commit-every" -> o.commitEvery = Optional.of(a.positiveInt("commit-every"));
                case DocumentBudget.OPTION -> o.docTimeout = DocumentBudget.read(a);
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!read.get().isEmpty()) {
            throw a.error("watch takes no operands; list the feeds in --feeds FILE");
        }
        if (o.feeds.isEmpty()) {
            throw a.error("--feeds FILE is required");
        }
        List<URI> feeds;
        try {
            feeds = FeedList.read(o.feeds.get());
        } catch (NoSuchFileException e) {
            io.err().println("herald: --feeds " + Terminal.safe(o.feeds.get().toString()) + ": no such file");
            return ExitCode.USAGE;
        } catch (IOException | IllegalArgumentException e) {
            io.err().println("herald: --feeds: " + Terminal.safe(Failures.oneLine(e)));
            return ExitCode.USAGE;
        }
        if (o.contact.isEmpty()) {
            io.err().println("herald: no --contact given: site owners cannot tell who runs this watcher");
        }
        WatchSettings settings = WatchSettings.defaults(o.contact).withThreads(o.threads)
                .withDocTimeout(o.docTimeout);
        if (o.hostDelay.isPresent()) {
            settings = settings.withHostDelay(o.hostDelay.get());
        }
        if (o.commitEvery.isPresent()) {
            settings = settings.withCommitEvery(o.commitEvery.get());
        }
        DocumentIntake store;
        try {
            store = StoreAccess.open(o.store, "watch", true, Stores.opener(o.opensearch, Stores::open),
                    () -> Understanding.loadAnnounced(io), o.docTimeout);
        } catch (StoreBusyException e) {
            io.err().println("herald: " + e.getMessage());
            return ExitCode.STORE_BUSY;
        } catch (IOException | RuntimeException e) {
            io.err().println("herald: store " + Terminal.safe(o.store.toString()) + ": " + Failures.oneLine(e));
            return ExitCode.STOPPED;
        }
        if (store instanceof HandOffIntake) {
            io.err().println("herald: pages go to " + Terminal.safe(store.describe()) + ", which writes the store");
        }
        // Ctrl-C or SIGTERM: the watcher stops starting pages, the round in hand commits (within a read timeout),
        // the store closes; the hook waits for all of it before the JVM ends.
        Watcher[] running = {null};
        CountDownLatch closed = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            synchronized (running) {
                if (running[0] != null) {
                    running[0].stop();
                }
            }
            try {
                closed.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "herald-watch-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        int code;
        try {
            try (WatchState state = WatchState.open(o.store, store::contains, settings);
                 PoliteFetcher fetcher = new PoliteFetcher(settings)) {
                Watcher watcher = new Watcher(feeds, settings, fetcher, store, state, Clock.systemUTC());
                synchronized (running) {
                    running[0] = watcher;
                }
                code = watch(watcher, o.once, io);
            } catch (IOException e) {
                io.err().println("herald: watch state in " + Terminal.safe(o.store.toString()) + ": "
                        + Failures.oneLine(e));
                code = ExitCode.STOPPED;
            } catch (RuntimeException e) {
                // The store or the state could not be written: what was committed stays, and a restart skips it.
                io.err().println("herald: watch stopped: " + Failures.oneLine(e));
                code = ExitCode.STOPPED;
            }
            try {
                io.err().printf(Locale.ROOT, "herald: store %s holds %d articles%n",
                        Terminal.safe(o.store.toString()), store.articleCount());
                store.close();
            } catch (IOException | RuntimeException e) {
                io.err().println("herald: closing the store " + Terminal.safe(o.store.toString()) + ": "
                        + Failures.oneLine(e));
                code = ExitCode.STOPPED;
            }
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and has just been released
            }
        }
        return code;
    }

    /** One round ({@code once}) or rounds until the watcher is stopped. */
    private static int watch(Watcher watcher, boolean once, Streams io) {
        try {
            if (once) {
                RoundCounts counts = watcher.round(true);
                io.err().println("herald watch: " + counts.summary());
                return counts.failed() + counts.feedsFailed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
            }
            watcher.runUntilStopped(counts -> io.err().println("herald watch: " + counts.summary()));
            io.err().println("herald watch: stopped; what was fetched is committed");
            return ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.STOPPED;
        }
    }

    static Duration seconds(Args a, String option) {
        String value = a.value(option);
        try {
            BigDecimal s = new BigDecimal(value);
            if (s.signum() < 0) {
                throw a.error("--" + option + " needs seconds, 0 or more, not '" + value + "'");
            }
            return Duration.ofNanos(s.movePointRight(9).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw a.error("--" + option + " needs seconds (e.g. 5 or 0.5), not '" + value + "'");
        }
    }
}
