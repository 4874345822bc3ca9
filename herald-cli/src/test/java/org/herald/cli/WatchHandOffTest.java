package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.pipeline.Ingestor;
import org.herald.server.HandOff;
import org.herald.server.HeraldServer;
import org.herald.server.ServerSettings;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13, "articles visible in a running serve while watch adds them": a {@code watch --once} started on a store a
 * running server writes hands the server its pages, and each is searchable in the server while the watcher still
 * works. A page the server gives up over the watcher's {@code --doc-timeout} is counted failed and never stored.
 * The server (real HTTP, hand-off routes and Lucene store, an analyzer that finds nothing) and the feed site run
 * in this JVM on the loopback address.
 */
class WatchHandOffTest {
    private static final String TOKEN = "a-hand-off-token-for-this-test";
    private static final long SLOW_MILLIS = 5_000;
    private static final Pattern ITEMS = Pattern.compile("(\\d+) new items = (\\d+) stored \\+ (\\d+) already stored"
            + " \\+ (\\d+) skipped by robots \\+ (\\d+) failed");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    @TempDir
    Path temp;

    @Test
    void pagesAWatcherHandsToTheServerAreSearchableThereWhileItWorksAndASlowOneIsNeverStored() throws Exception {
        HttpServer site = site();
        Path dir = temp.resolve("store");
        Path feeds = Files.writeString(temp.resolve("feeds.txt"),
                "http://127.0.0.1:" + site.getAddress().getPort() + "/feed.xml\n");
        try (Store store = Stores.open(dir);
             HeraldServer server = new HeraldServer(store, Optional.empty(), Optional.of(new HandOff(
                     new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), slowOnRequest(), store), store,
                     TOKEN)), ServerSettings.readOnly(0)).start()) {
            WriterNote.serve("http://127.0.0.1:" + server.port(), TOKEN, false).write(dir);
            CompletableFuture<CliRun> watch = CompletableFuture.supplyAsync(() -> CliRun.run("watch", "--once",
                    "--feeds", feeds.toString(), "--store", dir.toString(), "--host-delay", "0.4",
                    "--doc-timeout", "2", "--contact", "desk@news.example"));
            long seenWhileWatching = 0;
            while (!watch.isDone()) {
                long total = total(server.port());
                if (!watch.isDone()) seenWhileWatching = Math.max(seenWhileWatching, total);
                Thread.sleep(20);
            }
            CliRun run = watch.get(1, TimeUnit.MINUTES);
            assertEquals(ExitCode.SOME_FAILED, run.exitCode(), run.err());
            assertTrue(run.err().contains("pages go to the running"), run.err());
            Matcher m = ITEMS.matcher(run.err());
            assertTrue(m.find(), run.err());
            assertEquals("5", m.group(1), run.err());
            assertEquals("3", m.group(2), run.err());
            assertEquals("1", m.group(4), "the members' page robots.txt forbids: " + run.err());
            assertEquals("1", m.group(5), run.err());
            assertTrue(run.err().contains("failed (timeout 1)"), run.err());
            assertTrue(seenWhileWatching >= 1, "searchable in the server before the watcher ended");
            assertFalse(hits.containsKey("/members/briefing"), "never asked for a path robots.txt forbids");

            Thread.sleep(SLOW_MILLIS + 1_000); // past the slow page's analysis, had the server gone on with it
            assertEquals(3, total(server.port()), "the server holds what the watcher counted stored");
            List<String> log = Files.readAllLines(dir.resolve("watch-state/pages.log"));
            assertEquals(3, log.stream().filter(l -> l.startsWith("stored\t")).count(), String.join("\n", log));
        } finally {
            WriterNote.remove(dir);
            site.stop(0);
        }
    }

    /** A parser that finds nothing, and spins {@link #SLOW_MILLIS} on a text that asks for it, deaf to interrupts. */
    private static Analyzer slowOnRequest() {
        return new Analyzer(text -> {
            if (text.contains("SLOW")) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SLOW_MILLIS);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return new ParsedText(text, List.of());
        }, Analyzer.Stages.none(), AnalyzeSettings.defaults());
    }

    private long total(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/articles?limit=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    /** robots.txt forbidding /members/, an RSS feed of five items (one forbidden, one slow), and the pages. */
    private HttpServer site() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> pages = List.of("/news/1", "/news/2", "/news/3", "/members/briefing", "/news/slow");
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            hits.merge(path, 1, Integer::sum);
            String type = "text/html";
            byte[] body;
            if (path.equals("/robots.txt")) {
                type = "text/plain";
                body = "User-agent: *\nDisallow: /members/\n".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/feed.xml")) {
                type = "application/rss+xml";
                StringBuilder items = new StringBuilder();
                pages.forEach(p -> items.append("<item><link>").append(p).append("</link></item>"));
                body = ("<rss version=\"2.0\"><channel><title>Port Emsa Herald</title>" + items
                        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            } else if (pages.contains(path)) {
                String title = "Harbour report " + path;
                String slow = path.endsWith("slow") ? "SLOW: " : ""; // in the body, where the parser reads it
                body = ("<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                        + "</h1>" + ("<p>" + slow + "The harbour council of Port Emsa met on Monday about " + path + " to discuss"
                        + " the ferry timetable, and officials said the port would stay open.</p>").repeat(4)
                        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
            } else {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
