package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.pipeline.DocumentIntake;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13 item 3: a live store. A real {@code serve} (its own process, the real models) owns a store's writer while
 * {@code ingest} and {@code watch} runs on the same store hand it their documents: every document is stored once,
 * the counts add up, what is stored is searchable at once, and two writers without a server are refused with one
 * line and exit code 4 instead of Lucene's lock text.
 */
class LiveStoreIT {
    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) in = (\\d+) stored \\+ (\\d+) already stored \\+ (\\d+) failed");
    private static final Pattern PORT = Pattern.compile("Herald is serving \\d+ articles at http://[^:]+:(\\d+)/");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void twoIngestsRunWhileTheServerWritesAndEveryDocumentIsStoredOnceAndSearchableAtOnce() throws Exception {
        Path store = temp.resolve("store");
        Path first = writeStories(temp.resolve("first"), 0, 8);
        Path second = writeStories(temp.resolve("second"), 4, 12); // stories 4..7 in both
        Path log = temp.resolve("serve.log");
        ProcessBuilder pb = herald(log, "serve", "--store", store.toString(), "--port", "0");
        pb.environment().put("HERALD_TOKEN", "a-user-token-for-posts");
        Process serve = pb.start();
        try {
            int port = awaitPort(serve, log);
            Path note = store.resolve(WriterNote.FILE);
            assertTrue(Files.exists(note), "the server names itself in the store folder");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)),
                    "the note holds the hand-off token: its user only");
            HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/internal/documents?source=x"))
                    .POST(HttpRequest.BodyPublishers.ofString("<p>hi</p>")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, stranger.statusCode(), "no hand-off without the note's token");

            CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> CliRun.run("ingest", "--store",
                    store.toString(), "--threads", "2", first.toString()));
            CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> CliRun.run("ingest", "--store",
                    store.toString(), "--threads", "2", second.toString()));
            CliRun ra = a.get(10, TimeUnit.MINUTES);
            CliRun rb = b.get(10, TimeUnit.MINUTES);
            assertEquals(0, ra.exitCode(), ra.err());
            assertEquals(0, rb.exitCode(), rb.err());
            assertTrue(ra.err().contains("herald: documents go to the running `herald serve` (pid " + serve.pid()),
                    ra.err());
            assertFalse(ra.err().contains("Lock held"), ra.err());
            long[] ca = summary(ra.err());
            long[] cb = summary(rb.err());
            assertEquals(8, ca[0]);
            assertEquals(8, cb[0]);
            assertEquals(0, ca[3] + cb[3], ra.err() + rb.err());
            assertEquals(12, ca[1] + cb[1], "each story stored once:\n" + ra.err() + rb.err());
            assertEquals(4, ca[2] + cb[2], "the stories both runs had: stored by one, already stored for the other");
            // No refresh to wait for: every hand-off is committed, and so searchable, before its answer.
            assertEquals(12, total(port, ""));
            assertEquals(12, total(port, "q=ferry"));

            CliRun again = CliRun.run("ingest", "--store", store.toString(), first.toString());
            assertEquals(0, again.exitCode(), again.err());
            assertTrue(again.err().contains("8 in = 0 stored + 8 already stored + 0 failed"), again.err());
        } finally {
            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
        }
        assertFalse(Files.exists(store.resolve(WriterNote.FILE)), "the note goes with the server");
        try (Store s = Stores.open(store)) {
            assertEquals(12, s.articleCount());
            long events = 0;
            for (int i = 0; i < 12; i++) {
                String id = ContentHash.of(story(i).getBytes(StandardCharsets.UTF_8));
                assertTrue(s.contains(id), "story " + i);
                events += json.readTree(s.findArticle(id).orElseThrow().analysisJson()).get("events").size();
            }
            assertEquals(events, s.eventCount(), "no article's events stored twice");
        }
    }

    @Test
    void aServerKilledMidHandOffStopsTheIngestWithOneLineAndASecondRunLosesAndDoublesNothing() throws Exception {
        Path store = temp.resolve("killed");
        Path docs = writeStories(temp.resolve("docs"), 30, 40);
        Path log = temp.resolve("killed-serve.log");
        ProcessBuilder pb = herald(log, "serve", "--store", store.toString(), "--port", "0");
        pb.environment().put("HERALD_TOKEN", "a-user-token-for-posts");
        Process serve = pb.start();
        CompletableFuture<CliRun> ingest;
        try {
            int port = awaitPort(serve, log);
            ingest = CompletableFuture.supplyAsync(() -> CliRun.run("ingest", "--store", store.toString(),
                    "--threads", "1", docs.toString()));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (total(port, "") < 3 && !ingest.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(ingest.isDone(), "the ingest ended before the server could be killed: "
                    + (ingest.isDone() ? ingest.get().err() : ""));
        } finally {
            serve.destroyForcibly().waitFor(); // SIGKILL: the note stays behind, the lock goes
        }
        CliRun cut = ingest.get(2, TimeUnit.MINUTES);
        assertEquals(ExitCode.STOPPED, cut.exitCode(), cut.err());
        assertTrue(cut.err().contains("that writes the store cannot be reached"), cut.err());
        long committed;
        try (Store s = Stores.open(store)) {
            committed = s.articleCount();
        }
        assertTrue(committed >= 3 && committed < 10, "committed by the server before the kill: " + committed);

        CliRun again = CliRun.run("ingest", "--store", store.toString(), docs.toString());
        assertEquals(0, again.exitCode(), again.err());
        long[] c = summary(again.err());
        assertEquals(10, c[0]);
        assertEquals(committed, c[2], "what the server committed is already stored\n" + again.err());
        assertEquals(10 - committed, c[1]);
        try (Store s = Stores.open(store)) {
            assertEquals(10, s.articleCount());
            long events = 0;
            for (int i = 30; i < 40; i++) {
                String id = ContentHash.of(story(i).getBytes(StandardCharsets.UTF_8));
                events += json.readTree(s.findArticle(id).orElseThrow().analysisJson()).get("events").size();
            }
            assertEquals(events, s.eventCount(), "no article's events stored twice");
        }
    }

    @Test
    void aSecondWriterWithNoServerIsRefusedWithOneLineSayingWhatToDo() throws Exception {
        Path store = temp.resolve("busy");
        Path docs = writeStories(temp.resolve("docs"), 0, 2);
        Path feeds = Files.writeString(temp.resolve("feeds.txt"), "http://127.0.0.1:9/feed.xml\n");
        // This JVM takes the writer as an ingest would, note and all.
        try (DocumentIntake holder = StoreAccess.open(store, "ingest", false, Stores::open, () -> {
            throw new AssertionError("nothing is analysed here");
        }, DocumentBudget.defaults())) {
            CliRun ingest = CliRun.run("ingest", "--store", store.toString(), docs.toString());
            assertEquals(ExitCode.STORE_BUSY, ingest.exitCode(), ingest.err());
            List<String> lines = ingest.err().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), ingest.err());
            assertTrue(lines.get(0).contains("is being written by `herald ingest` (pid "
                    + ProcessHandle.current().pid() + "): wait for it to end, or start `herald serve --store"),
                    lines.get(0));
            assertFalse(ingest.err().contains("Lock held"), ingest.err());

            CliRun watch = CliRun.run("watch", "--once", "--feeds", feeds.toString(), "--store", store.toString(),
                    "--contact", "desk@news.example");
            assertEquals(ExitCode.STORE_BUSY, watch.exitCode(), watch.err());
            assertTrue(watch.err().contains("is being written by `herald ingest`"), watch.err());

            Path log = temp.resolve("busy-serve.log");
            ProcessBuilder pb = herald(log, "serve", "--store", store.toString(), "--port", "0");
            pb.environment().put("HERALD_TOKEN", "a-user-token-for-posts");
            Process serve = pb.start();
            assertTrue(serve.waitFor(2, TimeUnit.MINUTES), "a serve that needs the writer does not start");
            String out = Files.readString(log);
            assertEquals(ExitCode.STORE_BUSY, serve.exitValue(), out);
            assertTrue(out.contains("is being written by `herald ingest` (pid " + ProcessHandle.current().pid()
                    + "): wait for it to end, or read it meanwhile with `herald serve` without a token"), out);
            assertFalse(out.contains("Lock held"), out);
        }
        assertFalse(Files.exists(store.resolve(WriterNote.FILE)), "the holder's note goes when it closes");
        CliRun after = CliRun.run("ingest", "--store", store.toString(), docs.toString());
        assertEquals(0, after.exitCode(), after.err());
    }

    @Test
    void serveWatchStoresFeedPagesThroughItsWriterTakesAnIngestMeanwhileAndStopsCleanlyOnSigterm()
            throws Exception {
        HttpServer site = feedSite();
        Path store = temp.resolve("watched");
        Path feeds = Files.writeString(temp.resolve("feeds.txt"),
                "http://127.0.0.1:" + site.getAddress().getPort() + "/feed.xml\n");
        Path docs = writeStories(temp.resolve("docs"), 20, 23);
        Path log = temp.resolve("serve-watch.log");
        Process serve = herald(log, "serve", "--store", store.toString(), "--port", "0", "--watch",
                feeds.toString(), "--host-delay", "0.05", "--contact", "desk@news.example").start();
        try {
            int port = awaitPort(serve, log);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (total(port, "") < 3 && serve.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(3, total(port, ""), "the feed's pages, searchable in the serving process: "
                    + Files.readString(log));

            CliRun watch = CliRun.run("watch", "--once", "--feeds", feeds.toString(), "--store", store.toString(),
                    "--contact", "desk@news.example");
            assertEquals(ExitCode.STORE_BUSY, watch.exitCode(), watch.err());
            assertTrue(watch.err().contains("is watched already by `herald serve`"), watch.err());

            CliRun ingest = CliRun.run("ingest", "--store", store.toString(), docs.toString());
            assertEquals(0, ingest.exitCode(), ingest.err());
            assertTrue(ingest.err().contains("3 in = 3 stored + 0 already stored + 0 failed"), ingest.err());
            assertEquals(6, total(port, ""));

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Content-Type", "text/html").POST(HttpRequest.BodyPublishers.ofString("<p>x</p>"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, post.statusCode(), "watching enables no public POST without a token");
        } finally {
            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
            site.stop(0);
        }
        String out = Files.readString(log);
        assertTrue(out.contains("herald watch: stopped; what was fetched is committed"), out);
        assertFalse(Files.exists(store.resolve(WriterNote.FILE)), out);
        List<String> pages = Files.readAllLines(store.resolve("watch-state/pages.log"));
        assertEquals(3, pages.stream().filter(l -> l.startsWith("stored\t")).count(), String.join("\n", pages));
        try (Store s = Stores.open(store)) {
            assertEquals(6, s.articleCount(), out);
        }
        // The state was kept: a watcher started now fetches nothing it stored.
        HttpServer again = feedSite(site.getAddress().getPort());
        try {
            CliRun next = CliRun.run("watch", "--once", "--feeds", feeds.toString(), "--store", store.toString(),
                    "--host-delay", "0.05", "--contact", "desk@news.example");
            assertEquals(0, next.exitCode(), next.err());
            assertTrue(next.err().contains("0 new items"), next.err());
        } finally {
            again.stop(0);
        }
    }

    private HttpServer feedSite() throws IOException {
        return feedSite(0);
    }

    /** robots.txt, one RSS feed of three pages, and the pages. */
    private static HttpServer feedSite(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            String type = "text/html";
            byte[] body;
            if (path.equals("/robots.txt")) {
                type = "text/plain";
                body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/feed.xml")) {
                type = "application/rss+xml";
                StringBuilder items = new StringBuilder();
                for (int i = 1; i <= 3; i++) {
                    items.append("<item><link>/news/").append(i).append("</link></item>");
                }
                body = ("<rss version=\"2.0\"><channel><title>Port Emsa Herald</title>" + items
                        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/news/")) {
                String n = path.substring("/news/".length());
                body = ("<!doctype html><html><head><title>Harbour report " + n + "</title></head><body><article>"
                        + "<h1>Harbour report " + n + "</h1><p>" + story(100 + Integer.parseInt(n))
                        .replace("\n\n", "</p><p>") + "</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
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

    private long total(int port, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/articles?limit=1" + (query.isEmpty() ? "" : "&" + query)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = json.readTree(r.body());
        return o.get("total").asLong();
    }

    private static int awaitPort(Process serve, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (serve.isAlive() && System.nanoTime() < deadline) {
            Matcher m = PORT.matcher(Files.readString(log));
            if (m.find()) return Integer.parseInt(m.group(1));
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    private static ProcessBuilder herald(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx3g", "-cp",
                System.getProperty("java.class.path"), "org.herald.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    private static long[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), err);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    /** Stories {@code from} (inclusive) to {@code to} (exclusive), each in its own file. */
    private static Path writeStories(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        for (int i = from; i < to; i++) {
            Files.writeString(dir.resolve(String.format("story-%03d.txt", i)), story(i), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A short invented news story (written for Herald's tests); every number gives different bytes. */
    private static String story(int i) {
        return "Sample story " + i + " (written for Herald's tests): ferry talks in Port Emsa\n\n"
                + "The Valdorian foreign minister, Elena Marsh, met Karistani officials in Port Emsa on Monday to"
                + " discuss a ferry dispute that has lasted " + (i + 2) + " months.\n\n"
                + "\"We are ready to sign an agreement this week,\" Marsh told reporters after the meeting. The"
                + " government of Karistan accused Valdoria of blocking the harbour and demanded compensation for "
                + (i * 7 + 3) + " fishing boats.\n\n"
                + "Officials said a second round of talks would be held next month.\n";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
