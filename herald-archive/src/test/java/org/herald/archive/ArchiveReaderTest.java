package org.herald.archive;

import static org.herald.archive.ArchiveFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {
    private static final long MAX_BYTES = 1 << 20;

    @TempDir
    Path temp;

    @Test
    void everyRecordOfAGzipArchiveGivesOneEntryAndDamageNeverEndsTheFile() throws IOException {
        ArchiveFixture a = new ArchiveFixture(true);
        long request = a.add(ArchiveFixture.request("https://news.example/a"));
        long first = a.add(ArchiveFixture.html("https://news.example/a", page("Bridge reopens")));
        long png = a.add(ArchiveFixture.response("https://news.example/logo.png", 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
        long missing = a.add(ArchiveFixture.response("https://news.example/gone", 404, "text/html",
                "<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
        long revisit = a.add(ArchiveFixture.revisit("https://news.example/a"));
        long chunked = a.add(ArchiveFixture.chunkedGzip("https://news.example/b", page("Harbour strike ends")));
        long cut = a.addCut(ArchiveFixture.html("https://news.example/c", page("Cut short")), 0.6);
        long after = a.add(ArchiveFixture.html("https://news.example/d", page("After the damage")));
        long badUri = a.add(ArchiveFixture.html("not an address", page("Nowhere")));
        long last = a.add(ArchiveFixture.html("https://news.example/e", page("Last page")));

        List<ArchiveEntry> entries = readAll(write("day.warc.gz", a.bytes()), "day.warc.gz");

        assertEquals(a.offsets(), entries.stream().map(ArchiveEntry::offset).toList(), "one entry per record, in order");
        assertSkipped(entries.get(0), request, SkipReason.NOT_RESPONSE);
        assertPage(entries.get(1), "day.warc.gz", first, "https://news.example/a", page("Bridge reopens"));
        assertSkipped(entries.get(2), png, SkipReason.NOT_HTML);
        assertSkipped(entries.get(3), missing, SkipReason.NOT_200);
        assertSkipped(entries.get(4), revisit, SkipReason.REVISIT);
        assertPage(entries.get(5), "day.warc.gz", chunked, "https://news.example/b", page("Harbour strike ends"));
        assertFailed(entries.get(6), cut, Reason.MALFORMED);
        assertPage(entries.get(7), "day.warc.gz", after, "https://news.example/d", page("After the damage"));
        assertFailed(entries.get(8), badUri, Reason.MALFORMED);
        assertTrue(((ArchiveEntry.Failed) entries.get(8)).detail().contains("WARC-Target-URI"));
        assertPage(entries.get(9), "day.warc.gz", last, "https://news.example/e", page("Last page"));
    }

    @Test
    void aPlainWarcReadsOnAfterARecordCutShort() throws IOException {
        ArchiveFixture a = new ArchiveFixture(false);
        long first = a.add(ArchiveFixture.html("https://news.example/a", page("First")));
        long cut = a.addCut(ArchiveFixture.html("https://news.example/b", page("Cut")), 0.5);
        long after = a.add(ArchiveFixture.html("https://news.example/c", page("After")));

        List<ArchiveEntry> entries = readAll(write("plain.warc", a.bytes()), "plain.warc");

        assertEquals(3, entries.size(), entries.toString());
        assertPage(entries.get(0), "plain.warc", first, "https://news.example/a", page("First"));
        assertFailed(entries.get(1), cut, Reason.MALFORMED);
        assertPage(entries.get(2), "plain.warc", after, "https://news.example/c", page("After"));
    }

    @Test
    void aRecordCutShortAtTheEndOfTheFileIsOneFailure() throws IOException {
        ArchiveFixture a = new ArchiveFixture(true);
        a.add(ArchiveFixture.html("https://news.example/a", page("First")));
        long cut = a.addCut(ArchiveFixture.html("https://news.example/b", page("Cut")), 0.3);

        List<ArchiveEntry> entries = readAll(write("end.warc.gz", a.bytes()), "end.warc.gz");

        assertEquals(2, entries.size(), entries.toString());
        assertFailed(entries.get(1), cut, Reason.MALFORMED);
    }

    @Test
    void aChunkLongerThanTheRecordFailsThatRecordOnly() throws IOException {
        ArchiveFixture a = new ArchiveFixture(true);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "10\r\n<p>sixteen bytes\r\n400\r\n<p>far fewer than 1024 bytes</p>").getBytes(StandardCharsets.ISO_8859_1);
        long bad = a.add(ArchiveFixture.responseWithHttp("https://news.example/a", http));
        a.add(ArchiveFixture.html("https://news.example/b", page("Fine")));

        List<ArchiveEntry> entries = readAll(write("chunks.warc.gz", a.bytes()), "chunks.warc.gz");

        assertEquals(2, entries.size(), entries.toString());
        assertFailed(entries.get(0), bad, Reason.MALFORMED);
        assertInstanceOf(ArchiveEntry.Page.class, entries.get(1));
    }

    @Test
    void aBodyLabelledChunkedButStoredWholeIsKeptAsItIs() throws IOException {
        // Some crawlers store the body de-chunked and keep the header; jwarc then passes the body through (it does
        // the same from the first chunk size that does not parse, so only a chunk cut short is a failure).
        ArchiveFixture a = new ArchiveFixture(true);
        String html = page("Stored whole");
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        long at = a.add(ArchiveFixture.responseWithHttp("https://news.example/a", http));

        List<ArchiveEntry> entries = readAll(write("whole.warc.gz", a.bytes()), "whole.warc.gz");

        assertEquals(1, entries.size(), entries.toString());
        assertPage(entries.get(0), "whole.warc.gz", at, "https://news.example/a", html);
    }

    @Test
    void aPayloadOverTheLimitFailsAsTooLarge() throws IOException {
        ArchiveFixture a = new ArchiveFixture(true);
        a.add(ArchiveFixture.html("https://news.example/a", "<html><body>" + "x".repeat(5000) + "</body></html>"));

        Path file = write("big.warc.gz", a.bytes());
        List<ArchiveEntry> entries = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.open(file, "big.warc.gz", 1000)) {
            for (Optional<ArchiveEntry> e; (e = r.next()).isPresent(); ) entries.add(e.get());
        }

        assertEquals(1, entries.size());
        assertFailed(entries.get(0), 0, Reason.TOO_LARGE);
    }

    @Test
    void resumingAfterARecordStartsWithTheRecordAfterIt() throws IOException {
        ArchiveFixture a = new ArchiveFixture(true);
        for (int i = 0; i < 5; i++) {
            a.add(ArchiveFixture.html("https://news.example/" + i, page("Story " + i)));
        }
        Path file = write("resume.warc.gz", a.bytes());
        List<Long> offsets = a.offsets();

        List<ArchiveEntry> rest = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.resumeAfter(file, "resume.warc.gz", MAX_BYTES, offsets.get(2))) {
            for (Optional<ArchiveEntry> e; (e = r.next()).isPresent(); ) rest.add(e.get());
        }

        assertEquals(offsets.subList(3, 5), rest.stream().map(ArchiveEntry::offset).toList());
    }

    @Test
    void aCompressedArcGivesItsHtmlResponsesAsPages() throws IOException {
        // ARC v1 as the Internet Archive wrote it before WARC: a filedesc record, then one record per fetch, each
        // its own gzip member, "URL IP date type length" on the first line.
        String html = page("From the old archive");
        String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + html;
        String version = "1 0 Herald tests\nURL IP-address Archive-date Content-type Archive-length\n";
        byte[] filedesc = ("filedesc://old.arc 0.0.0.0 20240506070809 text/plain " + version.length() + "\n" + version
                + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] httpBytes = http.getBytes(StandardCharsets.UTF_8);
        byte[] record = ArchiveFixture.concat(("http://news.example/old 192.0.2.1 20240506070809 text/html "
                + httpBytes.length + "\n").getBytes(StandardCharsets.ISO_8859_1),
                ArchiveFixture.concat(httpBytes, "\n".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] first = ArchiveFixture.gzip(filedesc);
        Path file = write("old.arc.gz", ArchiveFixture.concat(first, ArchiveFixture.gzip(record)));

        List<ArchiveEntry> entries = readAll(file, "old.arc.gz");

        ArchiveEntry last = entries.get(entries.size() - 1);
        ArchiveEntry.Page p = assertInstanceOf(ArchiveEntry.Page.class, last, entries.toString());
        assertEquals(first.length, p.offset());
        assertEquals(Optional.of("http://news.example/old"), p.document().url());
        assertEquals(html, new String(p.document().bytes(), StandardCharsets.UTF_8));
        assertEquals(Optional.of(java.time.Instant.parse("2024-05-06T07:08:09Z")), p.document().crawled());
    }

    @Test
    void anEmptyFileHasNoEntries() throws IOException {
        assertEquals(List.of(), readAll(write("empty.warc.gz", new byte[0]), "empty.warc.gz"));
    }

    @Test
    void archiveNamesAreRecognisedByTheirEnding() {
        assertTrue(ArchiveFiles.isArchive(Path.of("CC-NEWS-20240506-00001.warc.gz")));
        assertTrue(ArchiveFiles.isArchive(Path.of("a/B.WARC")));
        assertTrue(ArchiveFiles.isArchive(Path.of("old.arc.gz")));
        assertEquals(false, ArchiveFiles.isArchive(Path.of("page.html.gz")));
        assertEquals(false, ArchiveFiles.isArchive(Path.of("warc.paths")));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<ArchiveEntry> readAll(Path file, String name) throws IOException {
        List<ArchiveEntry> entries = new ArrayList<>();
        try (ArchiveReader r = ArchiveReader.open(file, name, MAX_BYTES)) {
            for (Optional<ArchiveEntry> e; (e = r.next()).isPresent(); ) entries.add(e.get());
        }
        return entries;
    }

    private static void assertPage(ArchiveEntry entry, String name, long offset, String url, String html) {
        ArchiveEntry.Page p = assertInstanceOf(ArchiveEntry.Page.class, entry, entry.toString());
        RawDocument d = p.document();
        assertEquals(name + "#" + offset, d.source());
        assertEquals(offset, p.offset());
        assertEquals(Optional.of(url), d.url());
        assertEquals(html, new String(d.bytes(), StandardCharsets.UTF_8));
        assertEquals(Optional.of(ArchiveFixture.CRAWLED), d.crawled());
    }

    private static void assertSkipped(ArchiveEntry entry, long offset, SkipReason reason) {
        ArchiveEntry.Skipped s = assertInstanceOf(ArchiveEntry.Skipped.class, entry, entry.toString());
        assertEquals(offset, s.offset());
        assertEquals(reason, s.reason());
    }

    private static void assertFailed(ArchiveEntry entry, long offset, Reason reason) {
        ArchiveEntry.Failed f = assertInstanceOf(ArchiveEntry.Failed.class, entry, entry.toString());
        assertEquals(offset, f.offset());
        assertEquals(reason, f.reason(), f.detail());
        assertTrue(f.detail().contains("#" + offset), f.detail());
    }
}
