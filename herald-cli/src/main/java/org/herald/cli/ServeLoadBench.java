package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.herald.server.HeraldServer;
import org.herald.server.ServerSettings;
import org.herald.store.Store;

/**
 * {@code ./herald bench serve-load}: the HTTP server under many clients at once, some of them paging deep. Fills a
 * store with synthetic articles (as {@code bench store}), serves it on a loopback port, and for each client count
 * runs that many clients flat out for a while: most search (articles, dyad events, quotes, timelines), one in four
 * reads every event page by page with cursors and now and then asks for an offset past the window. Meanwhile a
 * probe asks {@code /api/health} every 200 ms. Reports latency percentiles, requests shed with 503, errors, the
 * probe's slowest answer, the first answers after the load, and how long the server takes to stop under load.
 */
final class ServeLoadBench {
    static final String USAGE = """
            usage: herald bench serve-load [--articles N] [--store DIR] [--clients N,N...] [--seconds N]
                                           [--url http://127.0.0.1:PORT] [--json]

            Serves a store of N synthetic articles on a loopback port and loads it with each number of clients in
            turn, one in four of them paging through every event with cursors. Reports p50/p99 latency of the
            answered requests, how many were shed (503 + Retry-After), errors, and the slowest /api/health answer.

              --articles N    synthetic articles in the store (default 50000; a store holding them is reused)
              --store DIR     store folder (default: a temporary folder, deleted afterwards)
              --clients LIST  client counts, one phase each (default 32,128)
              --seconds N     length of each phase (default 20)
              --url URL       load a server already running on this machine instead (no store is filled)
              --json          print one JSON object instead of text
            """;
    private static final String[] WORDS = {"talks", "sanctions", "agreement", "troops", "protest", "aid",
            "minister", "border", "vote", "accused"};
    private static final String[] CODES = {"RUS", "UKR", "USA", "CHN", "DEU", "FRA", "GBR", "ISR", "IRN", "TUR"};
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEEP_EVERY = 4;

    private ServeLoadBench() {}

    private static final class Options {
        int articles = 50_000;
        Optional<Path> store = Optional.empty();
        List<Integer> clients = List.of(32, 128);
        int seconds = 20;
        Optional<URI> url = Optional.empty();
        boolean json;
    }

    /** One phase's counts and latencies (ms) of the answered requests: searches, deep pages, health probes. */
    record Phase(int clients, int seconds, long requests, long shed, long errors, long refusedWindow,
                 double[] searchMs, double[] deepMs, double[] healthMs, long healthOverOneSecond,
                 double recoveryMs, int recoveryStatus) {}

    /** How long {@link HeraldServer#stop()} took under load, and the server threads that could still hold the JVM. */
    record Stop(double ms, long nonDaemonThreadsLeft) {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "articles" -> o.articles = a.positiveInt("articles");
                case "store" -> o.store = Optional.of(Path.of(a.value("store")));
                case "clients" -> o.clients = clients(a, a.value("clients"));
                case "seconds" -> o.seconds = a.positiveInt("seconds");
                case "url" -> o.url = Optional.of(loopback(a, a.value("url")));
                case "json" -> {
                    a.flag("json");
                    o.json = true;
                }
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!read.get().isEmpty()) throw a.error("bench serve-load takes no PATH; use --store DIR");
        if (o.url.isPresent()) {
            report(Optional.empty(), load(o.url.get(), o, io), Optional.empty(), o.json, io);
            return ExitCode.OK;
        }
        try {
            Path folder = o.store.isPresent() ? o.store.get() : Files.createTempDirectory("herald-bench-serve");
            try (Store store = Stores.open(folder)) {
                StoreBench.fill(store, o.articles, 10, io);
                HeraldServer server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
                URI base = URI.create("http://127.0.0.1:" + server.port());
                List<Phase> phases = load(base, o, io);
                Stop stop = stopUnderLoad(server, base, o.clients.get(o.clients.size() - 1), io);
                report(Optional.of(store.articleCount()), phases, Optional.of(stop), o.json, io);
            } finally {
                if (o.store.isEmpty()) Folders.delete(folder);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            io.err().println("herald: bench serve-load: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    private static List<Phase> load(URI base, Options o, Streams io) {
        int warmUp = Math.min(5, o.seconds);
        io.err().printf(Locale.ROOT, "warming up: 8 clients for %d s...%n", warmUp);
        phase(base, 8, warmUp);
        List<Phase> phases = new ArrayList<>();
        for (int clients : o.clients) {
            io.err().printf(Locale.ROOT, "%d clients for %d s...%n", clients, o.seconds);
            phases.add(phase(base, clients, o.seconds));
        }
        return phases;
    }

    /** Latencies of one kind of request, kept by every client thread. */
    private static final class Samples {
        private final List<Double> ms = new ArrayList<>();

        synchronized void add(long startNanos) {
            ms.add((System.nanoTime() - startNanos) / 1e6);
        }

        synchronized double[] sorted() {
            double[] out = ms.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(out);
            return out;
        }
    }

    private static Phase phase(URI base, int clients, int seconds) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpClient probeHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper mapper = new ObjectMapper();
        Samples search = new Samples();
        Samples deep = new Samples();
        Samples health = new Samples();
        AtomicLong requests = new AtomicLong();
        AtomicLong shed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong refusedWindow = new AtomicLong();
        AtomicLong slowHealth = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            boolean pager = c % DEEP_EVERY == 0;
            SplittableRandom r = new SplittableRandom(c);
            pool.submit(() -> {
                Optional<String> cursor = Optional.empty();
                for (long n = 0; running.get(); n++) {
                    String path;
                    boolean pastWindow = pager && n % 10 == 9;
                    if (pastWindow) {
                        path = "/api/events?limit=1000&offset=498000";
                    } else if (pager) {
                        path = "/api/events?limit=1000" + cursor.map(x -> "&cursor=" + x).orElse("");
                    } else {
                        path = searchPath(r);
                    }
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> reply = http.send(get(base, path), HttpResponse.BodyHandlers.ofString());
                        requests.incrementAndGet();
                        int status = reply.statusCode();
                        if (status == 503 && reply.headers().firstValue("Retry-After").isPresent()) {
                            shed.incrementAndGet();
                        } else if (pastWindow && status == 400) {
                            refusedWindow.incrementAndGet();
                            deep.add(start);
                        } else if (status != 200) {
                            errors.incrementAndGet();
                        } else if (pager) {
                            deep.add(start);
                            JsonNode next = mapper.readTree(reply.body()).path("cursor");
                            cursor = next.isTextual() ? Optional.of(next.asText()) : Optional.empty();
                        } else {
                            search.add(start);
                        }
                    } catch (IOException e) {
                        requests.incrementAndGet();
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.submit(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> reply = probeHttp.send(get(base, "/api/health"),
                            HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() == 200) health.add(start);
                    else errors.incrementAndGet();
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(1)) slowHealth.incrementAndGet();
                    Thread.sleep(200);
                } catch (IOException e) {
                    slowHealth.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2 * REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Recovery: the first search once the clients' last requests are answered.
        long start = System.nanoTime();
        int recoveryStatus;
        try {
            recoveryStatus = probeHttp.send(get(base, "/api/articles?q=talks"), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException e) {
            recoveryStatus = -1;
        }
        double recoveryMs = (System.nanoTime() - start) / 1e6;
        return new Phase(clients, seconds, requests.get(), shed.get(), errors.get(), refusedWindow.get(),
                search.sorted(), deep.sorted(), health.sorted(), slowHealth.get(), recoveryMs, recoveryStatus);
    }

    /** Stops the server while clients still send, as SIGTERM's shutdown hook does; the time it took. */
    private static Stop stopUnderLoad(HeraldServer server, URI base, int clients, Streams io) {
        io.err().printf(Locale.ROOT, "stopping the server under %d clients...%n", clients);
        AtomicBoolean running = new AtomicBoolean(true);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            SplittableRandom r = new SplittableRandom(c);
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        http.send(get(base, mixed(r)), HttpResponse.BodyHandlers.discarding());
                    } catch (IOException e) {
                        sleep(50); // refused once the server stopped
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        sleep(3000);
        long start = System.nanoTime();
        server.stop();
        double ms = (System.nanoTime() - start) / 1e6;
        running.set(false);
        pool.shutdownNow();
        long left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t.getName().startsWith("herald-http")).count();
        return new Stop(ms, left);
    }

    private static String mixed(SplittableRandom r) {
        return r.nextInt(DEEP_EVERY) == 0 ? "/api/events?limit=1000" : searchPath(r);
    }

    private static String searchPath(SplittableRandom r) {
        String code = CODES[r.nextInt(CODES.length)];
        return switch (r.nextInt(4)) {
            case 0, 1 -> "/api/articles?q=" + WORDS[r.nextInt(WORDS.length)];
            case 2 -> "/api/events?source=" + code + "&target=" + CODES[r.nextInt(CODES.length)] + "&limit=50";
            default -> r.nextBoolean() ? "/api/quotes?q=" + WORDS[r.nextInt(WORDS.length)]
                    : "/api/timeline?source=" + code + "&interval=week";
        };
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET().build();
    }

    private static void report(Optional<Long> articles, List<Phase> phases, Optional<Stop> stop, boolean json,
                               Streams io) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            articles.ifPresent(n -> o.put("articles", n));
            ArrayNode list = o.putArray("phases");
            for (Phase p : phases) {
                ObjectNode n = list.addObject().put("clients", p.clients()).put("seconds", p.seconds())
                        .put("requests", p.requests()).put("shed_503", p.shed()).put("errors", p.errors())
                        .put("window_400", p.refusedWindow()).put("health_over_1s", p.healthOverOneSecond())
                        .put("recovery_ms", round(p.recoveryMs())).put("recovery_status", p.recoveryStatus());
                percentiles(n.putObject("search_ms"), p.searchMs());
                percentiles(n.putObject("deep_page_ms"), p.deepMs());
                percentiles(n.putObject("health_ms"), p.healthMs());
            }
            stop.ifPresent(st -> o.put("stop_under_load_ms", round(st.ms()))
                    .put("non_daemon_server_threads_left", st.nonDaemonThreadsLeft()));
            io.out().println(o);
            return;
        }
        articles.ifPresent(n -> io.out().printf(Locale.ROOT, "store: %d articles%n", n));
        io.out().printf(Locale.ROOT, "%7s %9s %7s %6s %6s | %-18s | %-18s | %-18s | %s%n", "clients", "requests",
                "req/s", "503", "errors", "search p50/p99 ms", "deep page p50/p99", "health p50/max", "after");
        for (Phase p : phases) {
            io.out().printf(Locale.ROOT, "%7d %9d %7.0f %6d %6d | %-18s | %-18s | %-18s | %d in %.0f ms%n",
                    p.clients(), p.requests(), p.requests() / (double) p.seconds(), p.shed(), p.errors(),
                    pair(p.searchMs(), 99), pair(p.deepMs(), 99), pair(p.healthMs(), 100), p.recoveryStatus(),
                    p.recoveryMs());
            io.out().printf(Locale.ROOT, "        health answers over 1 s: %d; deep offsets refused (400): %d%n",
                    p.healthOverOneSecond(), p.refusedWindow());
        }
        stop.ifPresent(st -> io.out().printf(Locale.ROOT, "stop under load: %.0f ms; non-daemon server threads left: %d%n",
                st.ms(), st.nonDaemonThreadsLeft()));
    }

    private static String pair(double[] sorted, int upper) {
        if (sorted.length == 0) return "-";
        return String.format(Locale.ROOT, "%.0f / %.0f", StoreBench.pct(sorted, 50), StoreBench.pct(sorted, upper));
    }

    private static void percentiles(ObjectNode o, double[] sorted) {
        o.put("count", sorted.length);
        if (sorted.length == 0) return;
        o.put("p50", round(StoreBench.pct(sorted, 50))).put("p99", round(StoreBench.pct(sorted, 99)))
                .put("max", round(sorted[sorted.length - 1]));
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    private static List<Integer> clients(Args a, String value) {
        try {
            List<Integer> out = Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
            if (!out.isEmpty() && out.stream().allMatch(n -> n >= 1 && n <= 1024)) return out;
        } catch (NumberFormatException e) {
            // reported below with the value the user gave
        }
        throw a.error("--clients needs numbers from 1 to 1024 separated by commas, not '" + value + "'");
    }

    /** Loopback only: this is a load generator, and it must not be pointed at someone else's server. */
    private static URI loopback(Args a, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw a.error("--url is not a URL: '" + value + "'");
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (!"http".equals(uri.getScheme()) || !(host.equals("127.0.0.1") || host.equals("localhost")
                || host.equals("[::1]"))) {
            throw a.error("--url must be http on this machine (127.0.0.1, localhost or [::1]), not '" + value + "'");
        }
        return uri;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
