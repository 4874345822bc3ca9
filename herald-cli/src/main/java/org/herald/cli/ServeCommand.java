package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.pipeline.Ingestor;
import org.herald.server.ArticleIntake;
import org.herald.server.HeraldServer;
import org.herald.server.IngestorIntake;
import org.herald.server.ServerSettings;
import org.herald.store.Store;
import org.herald.watch.FeedList;
import org.herald.watch.WatchSettings;

/**
 * {@code ./herald serve}: the HTTP API and web UI over a store. Read-only unless a token is configured; the
 * token comes from the environment or a file, never from the command line, where other users could see it.
 */
final class ServeCommand {
    static final String USAGE = """
            usage: herald serve [--store DIR] [--port N] [--host ADDRESS] [--cors ORIGIN]... [--max-body BYTES]
                                [--max-searches N] [--doc-timeout S]
                                [--watch FILE [--contact EMAIL_OR_URL] [--host-delay S]]

            Serves the web UI at http://HOST:PORT/ and the JSON API under /api (described at /openapi.json) over
            the store that `herald ingest` fills. Stops on Ctrl-C.

              --store DIR       the store folder (default: herald-store)
              --opensearch URL  serve the store on an OpenSearch 2.19 cluster instead (http://host:9200)
              --port N          TCP port (default 8080; 0 picks a free one)
              --host ADDRESS    address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)
              --cors ORIGIN     let pages from this origin (https://example.org) call the API; repeatable;
                                default: none
              --max-body BYTES  largest POST body accepted (default 5 MB)
              --max-searches N  searches answered at once (default: two per core); a few more wait up to 1 s,
                                the rest get 503 with Retry-After
              --doc-timeout S   seconds one POSTed page may take to extract and analyse (default 60); past it the
                                POST is a 422 `timeout`
              --watch FILE      also watch the feeds and sitemaps FILE lists, as `herald watch` does, storing
                                their new pages through this server; --contact and --host-delay as for watch

            With --watch or a token the server owns the store's writer, and an `ingest` or `watch` started on the
            same store meanwhile hands its documents to it (through a file in the store folder, STORE/writer.json,
            that only the user can read): what they store is searchable as soon as each is committed.

            POST /api/articles (analyse and store a page) and DELETE /api/articles/ID are enabled when the
            environment variable HERALD_TOKEN, or the first line of the file named by HERALD_TOKEN_FILE, holds a
            token; callers send it as `Authorization: Bearer TOKEN`. Without one, the server is read-only and takes
            no lock on the store: an ingest may write it meanwhile, and what it commits is served within 5 seconds.
            Ctrl-C or SIGTERM stops the watcher (its pages in hand committed, its state kept), then the server.

            Exit code 4 when another process (an ingest, a watch) writes the store and the server would need to.
            """;

    private ServeCommand() {}

    private static final class Options {
        Path store = Path.of(IngestCommand.DEFAULT_STORE);
        Optional<String> opensearch = Optional.empty();
        int port = 8080;
        String host = "127.0.0.1";
        List<String> cors = new ArrayList<>();
        long maxBody = ServerSettings.DEFAULT_MAX_BODY_BYTES;
        int maxSearches = ServerSettings.defaultMaxSearches();
        java.time.Duration budget = DocumentBudget.defaults();
        Optional<Path> watch = Optional.empty();
        Optional<String> contact = Optional.empty();
        Optional<java.time.Duration> hostDelay = Optional.empty();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "store" -> o.store = Path.of(a.value("store"));
                case "opensearch" -> o.opensearch = Optional.of(a.value("opensearch"));
                case "port" -> o.port = port(a, a.value("port"));
                case "host" -> o.host = a.value("host");
                case "cors" -> o.cors.add(a.value("cors"));
                case "max-body" -> o.maxBody = a.positiveInt("max-body");
                case "max-searches" -> o.maxSearches = a.positiveInt("max-searches");
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
                case "watch" -> o.watch = Optional.of(Path.of(a.value("watch")));
                case "contact" -> o.contact = Optional.of(a.value("contact"));
                case "host-delay" -> o.hostDelay = Optional.of(WatchCommand.seconds(a, "host-delay"));
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!read.get().isEmpty()) throw a.error("serve takes no PATH; use --store DIR");
        ServerSettings settings;
        try {
            settings = new ServerSettings(o.port, o.host, token(io), o.maxBody, o.cors, o.maxSearches);
        } catch (IllegalArgumentException e) {
            throw a.error(e.getMessage());
        }
        if (o.watch.isEmpty() && (o.contact.isPresent() || o.hostDelay.isPresent())) {
            throw a.error("--contact and --host-delay go with --watch FILE");
        }
        Optional<List<java.net.URI>> feeds = Optional.empty();
        if (o.watch.isPresent()) {
            try {
                feeds = Optional.of(FeedList.read(o.watch.get()));
            } catch (java.nio.file.NoSuchFileException e) {
                io.err().println("herald: --watch " + Terminal.safe(o.watch.get().toString()) + ": no such file");
                return ExitCode.USAGE;
            } catch (IOException | IllegalArgumentException e) {
                io.err().println("herald: --watch: " + Terminal.safe(Failures.oneLine(e)));
                return ExitCode.USAGE;
            }
        }
        if (settings.token().isEmpty() && feeds.isEmpty()) {
            // Read-only serving takes no write lock: an ingest may fill the store meanwhile, and its commits show
            // within seconds.
            try (Store store = o.opensearch.isPresent() ? Stores.openCluster(o.opensearch.get())
                    : Stores.openReadOnly(o.store)) {
                return serve(store, settings, io, Optional.empty());
            } catch (IOException e) {
                io.err().println("herald: store " + o.store + ": " + e.getMessage());
                return ExitCode.SOME_FAILED;
            }
        }
        // Taking POSTs or watching needs the writer; this server then takes other processes' documents too.
        Store store;
        try {
            store = o.opensearch.isPresent() ? Stores.openCluster(o.opensearch.get()) : Stores.open(o.store);
        } catch (StoreBusyException e) {
            io.err().println("herald: store " + Terminal.safe(o.store.toString()) + " " + e.getMessage());
            return ExitCode.STORE_BUSY;
        } catch (IOException e) {
            io.err().println("herald: store " + o.store + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        try (store) {
            Optional<WatchSettings> watching = feeds.map(f -> watchSettings(o, io));
            return new WritingServer(o.store, store, settings, feeds, watching, o.budget).run(io);
        } catch (IOException e) {
            io.err().println("herald: closing the store " + o.store + ": " + e.getMessage());
            return ExitCode.STOPPED;
        }
    }

    private static WatchSettings watchSettings(Options o, Streams io) {
        if (o.contact.isEmpty()) {
            io.err().println("herald: no --contact given: site owners cannot tell who runs this watcher");
        }
        WatchSettings w = WatchSettings.defaults(o.contact);
        return o.hostDelay.map(w::withHostDelay).orElse(w);
    }

    /** Serves on the settings' port, or on a free one when that port is taken (the demo must not fail for it). */
    static int serveOnFreePort(Store store, ServerSettings settings, Streams io) {
        if (portTaken(settings)) {
            io.err().println("herald: port " + settings.port() + " is taken; using a free one");
            settings = settings.withPort(0);
        }
        return serve(store, settings, io, Optional.empty());
    }

    private static boolean portTaken(ServerSettings settings) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(settings.host(), settings.port()));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Serves until the JVM stops (Ctrl-C), committing nothing itself: POSTed articles are committed by the
     * intake as they arrive. {@code banner} is printed before the URL, for the demo.
     */
    static int serve(Store store, ServerSettings settings, Streams io, Optional<String> banner) {
        Optional<ArticleIntake> intake = settings.token().isPresent()
                ? Optional.of(new IngestorIntake(new Ingestor(new ArticleExtractor(ExtractSettings.defaults()),
                        () -> Understanding.analyzer(Understanding.parser()), store, java.time.Clock.systemUTC()),
                        store))
                : Optional.empty();
        HeraldServer server = new HeraldServer(store, intake, settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "herald-stop"));
        if (intake.isEmpty()) refreshEvery(store, REFRESH_SECONDS, io);
        banner.ifPresent(io.out()::println);
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        io.out().println("Herald is serving " + store.articleCount() + " articles at http://" + host + ":"
                + server.port() + "/  (API: /api, /openapi.json; "
                + (intake.isPresent() ? "POST enabled" : "read-only") + "; Ctrl-C stops)");
        io.out().flush();
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** How often a read-only server looks for what another process committed. */
    static final int REFRESH_SECONDS = 5;

    private static void refreshEvery(Store store, int seconds, Streams io) {
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "herald-store-refresh");
                    t.setDaemon(true);
                    return t;
                });
        timer.scheduleWithFixedDelay(() -> {
            try {
                store.refresh();
            } catch (RuntimeException e) {
                io.err().println("herald: refreshing the store failed: " + Failures.oneLine(e));
            }
        }, seconds, seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    static int port(Args a, String value) {
        try {
            int p = Integer.parseInt(value);
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // reported below with the value the user gave
        }
        throw a.error("--port needs a number from 0 to 65535, not '" + value + "'");
    }

    /** HERALD_TOKEN, else the first line of HERALD_TOKEN_FILE, else none (read-only). */
    private static Optional<String> token(Streams io) {
        String token = System.getenv("HERALD_TOKEN");
        if (token != null && !token.isBlank()) return Optional.of(token.strip());
        String file = System.getenv("HERALD_TOKEN_FILE");
        if (file == null || file.isBlank()) return Optional.empty();
        try {
            return Files.readAllLines(Path.of(file)).stream().findFirst().map(String::strip).filter(t -> !t.isEmpty());
        } catch (IOException e) {
            io.err().println("herald: cannot read HERALD_TOKEN_FILE " + file + ": " + e.getMessage()
                    + "; serving read-only");
            return Optional.empty();
        }
    }
}
