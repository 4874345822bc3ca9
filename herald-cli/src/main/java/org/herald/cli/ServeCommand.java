package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.server.ArticleIntake;
import org.herald.server.HeraldServer;
import org.herald.server.IngestorIntake;
import org.herald.server.ServerSettings;
import org.herald.store.Ingestor;
import org.herald.store.Store;

/**
 * {@code ./herald serve}: the HTTP API and web UI over a store. Read-only unless a token is configured; the
 * token comes from the environment or a file, never from the command line, where other users could see it.
 */
final class ServeCommand {
    static final String USAGE = """
            usage: herald serve [--store DIR] [--port N] [--host ADDRESS] [--cors ORIGIN]... [--max-body BYTES]
                               [--max-searches N] [--doc-timeout S]

            Serves the web UI at http://HOST:PORT/ and the JSON API under /api (described at /openapi.json) over
            the store that `herald ingest` fills. Stops on Ctrl-C.

              --store DIR       the store folder (default: herald-store)
              --port N          TCP port (default 8080; 0 picks a free one)
              --host ADDRESS    address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for all)
              --cors ORIGIN     let pages from this origin (https://example.org) call the API; repeatable;
                                default: none
              --max-body BYTES  largest POST body accepted (default 5 MB)
              --max-searches N  searches answered at once (default: two per core); a few more wait up to 1 s,
                                the rest get 503 with Retry-After
              --doc-timeout S   seconds one POSTed page may take to extract and analyse (default 60); past it the
                                POST is a 422 `timeout`

            POST /api/articles (analyse and store a page) and DELETE /api/articles/ID are enabled when the
            environment variable HERALD_TOKEN, or the first line of the file named by HERALD_TOKEN_FILE, holds a
            token; callers send it as `Authorization: Bearer TOKEN`. Without one, the server is read-only and takes
            no lock on the store: an ingest may write it meanwhile, and what it commits is served within 5 seconds.
            """;

    private ServeCommand() {}

    private static final class Options {
        Path store = Path.of(IngestCommand.DEFAULT_STORE);
        int port = 8080;
        String host = "127.0.0.1";
        List<String> cors = new ArrayList<>();
        long maxBody = ServerSettings.DEFAULT_MAX_BODY_BYTES;
        int maxSearches = ServerSettings.defaultMaxSearches();
        java.time.Duration budget = DocumentBudget.defaults();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "store" -> o.store = Path.of(a.value("store"));
                case "port" -> o.port = port(a, a.value("port"));
                case "host" -> o.host = a.value("host");
                case "cors" -> o.cors.add(a.value("cors"));
                case "max-body" -> o.maxBody = a.positiveInt("max-body");
                case "max-searches" -> o.maxSearches = a.positiveInt("max-searches");
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
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
        // Read-only serving takes no write lock: an ingest may fill the store meanwhile, and its commits show within
        // seconds. Taking POSTs needs the writer.
        try (Store store = settings.token().isPresent() ? Stores.open(o.store) : Stores.openReadOnly(o.store)) {
            return serve(store, settings, o.budget, io, Optional.empty());
        } catch (IOException e) {
            io.err().println("herald: store " + o.store + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    /** Serves on the settings' port, or on a free one when that port is taken (the demo must not fail for it). */
    static int serveOnFreePort(Store store, ServerSettings settings, Streams io) {
        if (portTaken(settings)) {
            io.err().println("herald: port " + settings.port() + " is taken; using a free one");
            settings = settings.withPort(0);
        }
        return serve(store, settings, DocumentBudget.defaults(), io, Optional.empty());
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
    static int serve(Store store, ServerSettings settings, java.time.Duration budget, Streams io,
                     Optional<String> banner) {
        Optional<ArticleIntake> intake = settings.token().isPresent()
                ? Optional.of(intake(store, budget, io))
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

    /**
     * The models are loaded before the server listens: a POST's time budget is for its own page, and a first POST
     * that paid for the load (30 to 70 s on a busy machine) would fail as {@code timeout} (#11).
     */
    private static ArticleIntake intake(Store store, java.time.Duration budget, Streams io) {
        Ingestor ingestor = new Ingestor(new ArticleExtractor(ExtractSettings.defaults()),
                Understanding.loadAnnounced(io), store);
        return new IngestorIntake(ingestor, store, budget);
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
