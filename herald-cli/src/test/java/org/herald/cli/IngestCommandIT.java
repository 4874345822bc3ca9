package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} with the real models and the real store: idempotent re-runs, counts that add up, and a run
 * killed with SIGKILL mid-way that a second run completes without losing or duplicating anything.
 */
class IngestCommandIT {
    private static final int DOCUMENTS = 24;
    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) in = (\\d+) stored \\+ (\\d+) already stored \\+ (\\d+) failed");
    private static final String[][] COUNTRIES = {
            {"Valdoria", "Valdorian", "Port Emsa"}, {"Karistan", "Karistani", "Ulm Vey"},
            {"Norland", "Norlandic", "Tessa"}, {"Ostrava Bay", "Ostravan", "Lenz"}};

    @TempDir
    Path temp;

    @Test
    void aKilledIngestLosesAndDuplicatesNothingWhenRunAgain() throws Exception {
        Path docs = writeDocuments(temp.resolve("docs"));
        Path store = temp.resolve("store");

        Process first = new ProcessBuilder(javaBinary(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.herald.cli.Main", "ingest", "--store", store.toString(), "--commit-every", "2",
                "--threads", "1", docs.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (commitGeneration(store) < 3 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the first run ended before it could be killed: "
                + Files.readString(temp.resolve("first.log")));
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no final commit

        long committed;
        try (Store s = Stores.open(store)) {
            committed = s.articleCount();
        }
        assertTrue(committed > 0 && committed < DOCUMENTS, "committed before the kill: " + committed);

        CliRun second = CliRun.run("ingest", "--store", store.toString(), docs.toString());
        assertEquals(0, second.exitCode(), second.err());
        long[] counts = summary(second.err());
        assertEquals(DOCUMENTS, counts[0]);
        assertEquals(committed, counts[2], "already stored = what the killed run committed");
        assertEquals(DOCUMENTS - committed, counts[1]);

        try (Store s = Stores.open(store)) {
            assertEquals(DOCUMENTS, s.articleCount());
            ObjectMapper json = new ObjectMapper();
            long events = 0;
            try (Stream<Path> files = Files.list(docs)) {
                for (Path f : files.toList()) {
                    String id = ContentHash.of(Files.readAllBytes(f));
                    assertTrue(s.contains(id), f.toString());
                    String analysis = s.findArticle(id).orElseThrow().analysisJson();
                    events += json.readTree(analysis).get("events").size();
                }
            }
            assertEquals(events, s.eventCount(), "events in the store = events in the stored analyses");
        }

        CliRun third = CliRun.run("ingest", "--store", store.toString(), docs.toString());
        assertEquals(0, third.exitCode(), third.err());
        long[] again = summary(third.err());
        assertEquals(0, again[1]);
        assertEquals(DOCUMENTS, again[2]);
        assertTrue(!third.err().contains("language models loaded"), "nothing new: no models loaded\n" + third.err());
    }

    // #13: a WARC ingest killed with SIGKILL reads on, in the next run, after the last record its last commit covered.
    @Test
    void aKilledWarcIngestResumesWhereItsLastCommitLeftOff() throws Exception {
        WarcFiles a = new WarcFiles();
        List<Long> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i % 10 == 3) a.revisit("https://news.example/" + (i - 1));
            if (i % 10 == 5) a.png("https://news.example/img-" + i + ".png");
            pages.add(a.page("https://news.example/" + i, WarcFiles.story(i)));
        }
        Path first = a.writeTo(temp.resolve("crawl/CC-NEWS-1.warc.gz"));
        WarcFiles b = new WarcFiles();
        for (int i = 40; i < 44; i++) b.page("https://news.example/" + i, WarcFiles.story(i));
        Path second = b.writeTo(temp.resolve("other/CC-NEWS-2.warc.gz"));
        // as CC-NEWS publishes them: relative to the list's folder; the second absolute
        Path list = Files.writeString(Files.createDirectories(temp.resolve("lists")).resolve("warc.paths"),
                "../crawl/CC-NEWS-1.warc.gz\n" + second.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
        Path store = temp.resolve("warc-store");
        Path progress = store.resolve(ArchiveProgress.FILE_NAME);

        Process killed = new ProcessBuilder(javaBinary(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.herald.cli.Main", "ingest", "--store", store.toString(), "--commit-every", "2",
                "--threads", "1", "--paths", list.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("warc-first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((commitGeneration(store) < 4 || !Files.exists(progress)) && killed.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(killed.isAlive(), "the first run ended before it could be killed: "
                + Files.readString(temp.resolve("warc-first.log")));
        killed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no final commit

        long committed;
        try (Store s = Stores.open(store)) {
            committed = s.articleCount();
        }
        long resumeAfter = ArchiveProgress.load(store).resumeAfter(first).orElseThrow();
        long pagesCovered = pages.stream().filter(o -> o <= resumeAfter).count();
        assertTrue(pagesCovered > 0 && pagesCovered <= committed && committed < 40,
                "progress " + pagesCovered + " pages, committed " + committed);

        CliRun rerun = CliRun.run("ingest", "--store", store.toString(), "--paths", list.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        long[] counts = summary(rerun.err());
        assertEquals(44 - pagesCovered, counts[0], "only the pages after the saved record are read again\n"
                + rerun.err());
        assertEquals(44 - committed, counts[1], rerun.err());
        assertEquals(committed - pagesCovered, counts[2], "stored after the last progress save, before the kill");
        try (Store s = Stores.open(store)) {
            assertEquals(44, s.articleCount(), "every page once");
        }

        CliRun again = CliRun.run("ingest", "--store", store.toString(), "--paths", list.toString(),
                second.toString());
        long[] none = summary(again.err());
        assertEquals(0, none[0], "both archives are done: nothing is read again\n" + again.err());
        assertTrue(rerun.err().contains("archive records skipped (revisit"), rerun.err());
    }

    @Test
    void failuresAreCountedWithTheirReasonAndTheRestIsStored() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(docs.resolve("good.txt"), story(1), StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.write(docs.resolve("binary.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(docs.resolve("same-as-good.txt"), story(1), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("ingest", "--store", temp.resolve("store").toString(), docs.toString());
        assertEquals(ExitCode.SOME_FAILED, r.exitCode(), r.err());
        long[] c = summary(r.err());
        assertEquals(4, c[0]);
        assertEquals(1, c[1], r.err());
        assertEquals(1, c[2], "the copy of good.txt is the same article\n" + r.err());
        assertEquals(2, c[3], r.err());
        assertTrue(r.err().contains("empty.txt: empty"), r.err());
    }

    // #11: on a full disk ingest died with a 225-line stack trace, no summary and exit 1. The disk fills here
    // through a store whose writes fail after the third article, as Lucene's do on ENOSPC.
    @Test
    void aStoreThatCannotBeWrittenStopsTheRunWithOneLineAndTheCounts() throws Exception {
        Path docs = writeDocuments(temp.resolve("full-docs"));
        Path store = temp.resolve("full-store");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Streams io = new Streams(new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        int code = IngestCommand.run(List.of("--store", store.toString(), "--commit-every", "2", "--threads", "1",
                docs.toString()), io, dir -> new DiskFullAfter(3, Stores.open(dir)));
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.STOPPED, code, log);
        assertTrue(log.contains("herald: ingest stopped: cannot write article"), log);
        assertTrue(log.contains("No space left on device"), log);
        assertTrue(!log.contains("\tat org."), "no stack trace:\n" + log);
        long[] c = summary(log);
        assertEquals(3, c[1], "stored before the disk filled\n" + log);
        assertTrue(log.contains("holds 3 committed articles"), log);
        try (Store s = Stores.open(store)) {
            assertEquals(3, s.articleCount(), "what was stored was committed");
        }
        CliRun again = CliRun.run("ingest", "--store", store.toString(), docs.toString());
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        long[] d = summary(again.err());
        assertEquals(DOCUMENTS - 3, d[1]);
        assertEquals(3, d[2]);
    }

    // #11: Ctrl-C during ingest discarded everything since the last commit.
    @Test
    void sigtermCommitsWhatIsStoredBeforeTheProcessEnds() throws Exception {
        int many = 400; // far more than the few seconds before the signal can analyse
        Path docs = writeDocuments(temp.resolve("term-docs"), many);
        Path store = temp.resolve("term-store");
        Process run = new ProcessBuilder(javaBinary(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.herald.cli.Main", "ingest", "--store", store.toString(), "--commit-every", "1000",
                "--threads", "2", docs.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("term.log").toFile()).start();
        // --commit-every 1000: nothing is committed before the signal but the store's creation. Wait until the
        // first stories are written to the index (Lucene's pending files appear), then signal.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (run.isAlive() && System.nanoTime() < deadline && !Files.readString(temp.resolve("term.log"))
                .contains("language models loaded")) {
            Thread.sleep(50);
        }
        Thread.sleep(5000); // a few stories analysed and put (each takes a fraction of a second)
        assertTrue(run.isAlive(), "the run ended before the signal: " + Files.readString(temp.resolve("term.log")));
        run.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run did not stop on SIGTERM");
        String log = Files.readString(temp.resolve("term.log"));
        assertTrue(log.contains("herald: interrupted: committed"), log);
        try (Store s = Stores.open(store)) {
            long kept = s.articleCount();
            assertTrue(kept > 0 && kept < many, "committed on the signal: " + kept + "\n" + log);
            // Two workers still putting while the commit ran made the printed count more than was committed.
            assertTrue(log.contains("the store " + store + " holds " + kept + " articles"), kept + "\n" + log);
        }
    }

    // #11: a read-only store could not be served (serve took the write lock); #13: serve and ingest at once.
    @Test
    void aReadOnlyServerServesWhileAnIngestWritesAndShowsItsCommits() throws Exception {
        Path store = temp.resolve("live-store");
        CliRun made = CliRun.run("ingest", "--store", store.toString(), writeDocuments(temp.resolve("live-1"), 2)
                .toString());
        assertEquals(ExitCode.OK, made.exitCode(), made.err());
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = temp.resolve("serve.log");
        Process serve = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.herald.cli.Main", "serve", "--store", store.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!Files.readString(log).contains("Herald is serving 2 articles") && serve.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(serve.isAlive(), Files.readString(log));
            Path more = Files.createDirectories(temp.resolve("live-2"));
            for (int i = 100; i < 102; i++) {
                Files.writeString(more.resolve("story-" + i + ".txt"), story(i), StandardCharsets.UTF_8);
            }
            CliRun second = CliRun.run("ingest", "--store", store.toString(), more.toString());
            assertEquals(ExitCode.OK, second.exitCode(), "the ingest writes while the server reads\n" + second.err());
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest total = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/articles?limit=0")).build();
            long seen = 0;
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen < 4 && System.nanoTime() < deadline) {
                String body = http.send(total, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                seen = new ObjectMapper().readTree(body).path("total").asLong();
                if (seen < 4) Thread.sleep(500);
            }
            assertEquals(4, seen, "the server shows the ingest's commits within seconds\n" + Files.readString(log));
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A real store whose writes fail once {@code allowed} articles are in, as a full disk makes Lucene's fail. */
    private static final class DiskFullAfter extends org.herald.store.ForwardingStore {
        private final int allowed;
        private int puts;

        DiskFullAfter(int allowed, Store real) {
            super(real);
            this.allowed = allowed;
        }

        @Override
        public void put(org.herald.store.StoredArticle article) {
            if (++puts > allowed) {
                throw new java.io.UncheckedIOException("cannot write article " + article.id(),
                        new IOException("No space left on device"));
            }
            super.put(article);
        }
    }

    private static long[] summary(String err) {
        Matcher m = SUMMARY.matcher(err);
        assertTrue(m.find(), "no count line in:\n" + err);
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))};
    }

    /** The newest Lucene commit's generation: segments_N is written by each commit, N in base 36. */
    private static long commitGeneration(Path store) throws IOException {
        if (!Files.isDirectory(store)) return 0;
        List<Path> segments = new ArrayList<>();
        // The running ingest renames and deletes Lucene's pending files while we look: a file gone mid-walk is read
        // again on the next try, not a failure of the ingest under test.
        for (int attempt = 0; ; attempt++) {
            segments.clear();
            try (Stream<Path> files = Files.walk(store)) {
                files.filter(f -> f.getFileName().toString().startsWith("segments_")).forEach(segments::add);
                break;
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                if (attempt >= 20) throw e;
            }
        }
        return segments.stream().mapToLong(f -> Long.parseLong(f.getFileName().toString().substring(9), 36))
                .max().orElse(0);
    }

    private static Path writeDocuments(Path dir) throws IOException {
        return writeDocuments(dir, DOCUMENTS);
    }

    private static Path writeDocuments(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(String.format("story-%03d.txt", i)), story(i), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** A short invented news story; every number gives different bytes, names and places. */
    private static String story(int i) {
        String[] a = COUNTRIES[i % COUNTRIES.length];
        String[] b = COUNTRIES[(i + 1) % COUNTRIES.length];
        return "Sample story " + i + " (written for Herald's tests): talks in " + a[2] + "\n\n"
                + "The " + a[1] + " foreign minister, Elena Marsh, met " + b[1] + " officials in " + a[2]
                + " on Monday to discuss a ferry dispute that has lasted " + (i + 2) + " months.\n\n"
                + "\"We are ready to sign an agreement this week,\" Marsh told reporters after the meeting. "
                + "The government of " + b[0] + " accused " + a[0] + " of blocking the harbour at " + b[2]
                + " and demanded compensation for " + (i * 7 + 3) + " fishing boats.\n\n"
                + "Officials said a second round of talks would be held in " + b[2] + " next month.\n";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
