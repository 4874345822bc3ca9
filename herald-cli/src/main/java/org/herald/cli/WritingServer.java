package org.herald.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.pipeline.Ingestor;
import org.herald.pipeline.StoreIntake;
import org.herald.server.ArticleIntake;
import org.herald.server.HandOff;
import org.herald.server.HeraldServer;
import org.herald.server.IngestorIntake;
import org.herald.server.ServerSettings;
import org.herald.store.Store;
import org.herald.watch.WatchSettings;

/**
 * A {@code serve} that owns the store's writer (it takes POSTs, or watches feeds): the one writer of the store.
 * Its POSTs, its watcher and the {@code ingest} and {@code watch} runs that hand it their documents all store
 * through one {@link Ingestor}, so the same bytes arriving by two ways are stored once. The store's
 * {@link WriterNote} tells those runs where to find it, and goes when the server stops.
 */
final class WritingServer {
    private final Path dir;
    private final Store store;
    private final ServerSettings settings;
    private final Optional<List<URI>> feeds;
    private final Optional<WatchSettings> watchSettings;
    private final java.time.Duration postBudget;

    WritingServer(Path dir, Store store, ServerSettings settings, Optional<List<URI>> feeds,
                  Optional<WatchSettings> watchSettings, java.time.Duration postBudget) {
        this.dir = dir;
        this.store = store;
        this.settings = settings;
        this.feeds = feeds;
        this.watchSettings = watchSettings;
        this.postBudget = postBudget;
    }

    /** Serves (and watches) until the JVM is stopped: SIGTERM stops the watcher first, then the server. */
    int run(Streams io) {
        // With POSTs, the models load before the server listens: a POST's time budget is for its own page, and a
        // first POST that paid for the load (30 to 70 s on a busy machine) would fail as timeout (#11).
        java.util.function.Supplier<org.herald.nlp.Analyzer> analyzer = () -> Understanding.loadAnnounced(io);
        if (settings.token().isPresent()) {
            org.herald.nlp.Analyzer loaded = analyzer.get();
            analyzer = () -> loaded;
        }
        Ingestor ingestor = new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), analyzer, store,
                Clock.systemUTC());
        Optional<ArticleIntake> posts = settings.token().map(t -> new IngestorIntake(ingestor, store, postBudget));
        String token = newToken();
        HeraldServer server = new HeraldServer(store, posts, Optional.of(new HandOff(ingestor, store, token)),
                settings).start();
        String url = "http://" + loopbackName(settings.host()) + ":" + server.port();
        try {
            WriterNote.serve(url, token, feeds.isPresent()).write(dir);
        } catch (IOException e) {
            io.err().println("herald: cannot write " + dir.resolve(WriterNote.FILE) + " (" + Failures.oneLine(e)
                    + "): an ingest or watch started meanwhile will not find this server");
        }
        Optional<ServedWatcher> watcher;
        try {
            watcher = feeds.isEmpty() ? Optional.empty() : Optional.of(ServedWatcher.start(feeds.get(),
                    watchSettings.orElseThrow(), dir, new StoreIntake(ingestor, store, dir.toString()), io));
        } catch (IOException | RuntimeException e) {
            io.err().println("herald: watch state in " + Terminal.safe(dir.toString()) + ": " + Failures.oneLine(e));
            WriterNote.remove(dir);
            server.stop();
            return ExitCode.STOPPED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WriterNote.remove(dir);
            watcher.ifPresent(w -> w.stop(io));
            server.stop();
        }, "herald-stop"));
        String shown = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        io.out().println("Herald is serving " + store.articleCount() + " articles at http://" + shown + ":"
                + server.port() + "/  (API: /api, /openapi.json; "
                + (posts.isPresent() ? "POST enabled; " : "")
                + feeds.map(f -> "watching " + f.size() + " feeds; ").orElse("")
                + "ingest and watch on this store hand their documents to it; Ctrl-C stops)");
        io.out().flush();
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** The address another process of this machine reaches the server at. */
    static String loopbackName(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) return "127.0.0.1";
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** 256 random bits, made for this run: the hand-off token never outlives the server. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
