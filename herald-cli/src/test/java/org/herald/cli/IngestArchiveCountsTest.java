package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.store.ContentHash;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #13, "counts in = stored + skipped + failed with reasons": {@code ingest} of a gzip WARC that mixes pages with
 * what real archives hold (requests, an image, a 404, a revisit, a record cut short, a bad target URI) and of an
 * {@code .arc.gz}, through the real reading, extraction and Lucene store; the analyzer finds nothing, so no models
 * load. Every record is accounted for once, and the store holds exactly the pages counted stored.
 */
class IngestArchiveCountsTest {
    @TempDir
    Path temp;

    @Test
    void everyRecordOfAWarcAndAnArcIsStoredSkippedOrFailedWithItsReason() throws IOException {
        WarcFiles w = new WarcFiles();
        w.request("https://news.example/1");
        w.page("https://news.example/1", WarcFiles.story(1));
        w.png("https://news.example/logo.png");
        w.notFound("https://news.example/gone");
        w.revisit("https://news.example/1");
        w.chunkedGzip("https://news.example/2", WarcFiles.story(2));
        w.truncatedPage("https://news.example/3", WarcFiles.story(3));
        w.page("not an address", WarcFiles.story(4));
        w.page("https://news.example/5", WarcFiles.story(5));
        Path warc = w.writeTo(temp.resolve("crawl/day.warc.gz"));
        Path arc = writeArc(temp.resolve("crawl/old.arc.gz"), "http://news.example/old", WarcFiles.story(6));
        Path store = temp.resolve("store");

        CliRun run = ingest("--store", store.toString(), "--threads", "2", warc.toString(), arc.toString());

        String err = run.err();
        assertEquals(ExitCode.SOME_FAILED, run.exitCode(), err);
        // pages 1, 2, 5 and the ARC's page stored; the cut record and the bad address failed as malformed
        assertTrue(err.contains("6 in = 4 stored + 0 already stored + 2 failed (malformed 2)"), err);
        // the request record and the ARC's filedesc record are no responses
        assertTrue(err.contains("; 5 archive records skipped ("), err);
        for (String reason : List.of("not_response 2", "not_html 1", "not_200 1", "revisit 1")) {
            assertTrue(err.contains(reason), reason + " in " + err);
        }
        try (Store s = Stores.open(store)) {
            assertEquals(4, s.articleCount(), err);
            for (int i : new int[] {1, 5, 6}) {
                String id = ContentHash.of(WarcFiles.story(i).getBytes(StandardCharsets.UTF_8));
                assertTrue(s.contains(id), "story " + i);
            }
        }
    }

    private static CliRun ingest(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams io = new Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Analyzer nothing = new Analyzer(text -> new ParsedText(text, List.of()), Analyzer.Stages.none(),
                AnalyzeSettings.defaults());
        int code = IngestCommand.run(List.of(args), io, Stores::open, () -> nothing);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** ARC v1 as the Internet Archive wrote it: a filedesc record, then one fetch, each its own gzip member. */
    private static Path writeArc(Path file, String url, String html) throws IOException {
        String version = "1 0 Herald tests\nURL IP-address Archive-date Content-type Archive-length\n";
        byte[] filedesc = ("filedesc://old.arc 0.0.0.0 20240506070809 text/plain " + version.length() + "\n"
                + version + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = ("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes((url + " 192.0.2.1 20240506070809 text/html " + http.length + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        record.writeBytes(http);
        record.writeBytes("\n".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream arc = new ByteArrayOutputStream();
        arc.writeBytes(gzip(filedesc));
        arc.writeBytes(gzip(record.toByteArray()));
        Files.createDirectories(file.getParent());
        return Files.write(file, arc.toByteArray());
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
