package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.herald.archive.SkipReason;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
    private static final long MAX = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void filesAndArchivePagesComeInInputOrderAndSkippedRecordsAreCounted() throws IOException {
        Path before = Files.writeString(dir.resolve("before.html"), WarcFiles.story(0), StandardCharsets.UTF_8);
        WarcFiles w = new WarcFiles();
        w.request("https://news.example/1");
        long one = w.page("https://news.example/1", WarcFiles.story(1));
        w.png("https://news.example/logo.png");
        w.notFound("https://news.example/old");
        w.revisit("https://news.example/1");
        long two = w.chunkedGzip("https://news.example/2", WarcFiles.story(2));
        long cut = w.truncatedPage("https://news.example/3", WarcFiles.story(3));
        long four = w.page("https://news.example/4", WarcFiles.story(4));
        Path warc = w.writeTo(dir.resolve("day.warc.gz"));
        Path after = Files.writeString(dir.resolve("after.txt"), "Plain text story.", StandardCharsets.UTF_8);

        SkipCounts skipped = new SkipCounts();
        List<SourceDocument> docs = readAll(new Documents(inputs(before, warc, after), reading(), skipped), 3);

        assertEquals(List.of(before.toString(), warc + "#" + one, warc + "#" + two, warc + "#" + cut, warc + "#" + four,
                after.toString()), docs.stream().map(SourceDocument::source).toList());
        RawDocument page = ok(docs.get(1));
        assertEquals(Optional.of("https://news.example/1"), page.url());
        assertEquals(Optional.of(WarcFiles.CRAWLED), page.crawled());
        assertEquals(WarcFiles.story(2), new String(ok(docs.get(2)).bytes(), StandardCharsets.UTF_8),
                "chunked and gzip undone");
        Outcome.Failed<RawDocument> failed = assertInstanceOf(Outcome.Failed.class, docs.get(3).content().read());
        assertEquals(Reason.MALFORMED, failed.reason());
        assertEquals(Optional.of(new SourceDocument.ArchiveMark(warc, four)), docs.get(4).mark());
        assertEquals(Optional.empty(), docs.get(0).mark());
        assertEquals(4, skipped.total());
        assertEquals(1, skipped.of(SkipReason.REVISIT));
        assertEquals(1, skipped.of(SkipReason.NOT_HTML));
        assertEquals(1, skipped.of(SkipReason.NOT_200));
        assertEquals(1, skipped.of(SkipReason.NOT_RESPONSE));
        assertEquals("; 4 archive records skipped (revisit 1, not_response 1, not_200 1, not_html 1)",
                skipped.suffix());
    }

    @Test
    void anArchiveWithAResumePointStartsAfterThatRecord() throws IOException {
        WarcFiles w = new WarcFiles();
        for (int i = 0; i < 4; i++) w.page("https://news.example/" + i, WarcFiles.story(i));
        Path warc = w.writeTo(dir.resolve("resume.warc.gz"));
        long second = w.offsets().get(1);
        Documents.Reading reading = new Documents.Reading(new InputReader(MAX, new ByteArrayInputStream(new byte[0])),
                MAX, Optional.empty(), Optional.empty(), file -> file.equals(warc) ? OptionalLong.of(second)
                : OptionalLong.empty());

        List<SourceDocument> docs = readAll(new Documents(inputs(warc), reading), 10);

        assertEquals(List.of(warc + "#" + w.offsets().get(2), warc + "#" + w.offsets().get(3)),
                docs.stream().map(SourceDocument::source).toList());
    }

    @Test
    void aMissingArchiveIsOneUnreadableDocument() {
        Path missing = dir.resolve("gone.warc.gz");
        List<SourceDocument> docs = readAll(new Documents(inputs(missing), reading()), 10);
        assertEquals(1, docs.size());
        Outcome.Failed<RawDocument> f = assertInstanceOf(Outcome.Failed.class, docs.get(0).content().read());
        assertEquals(Reason.UNREADABLE, f.reason());
        assertTrue(f.detail().contains("no such file"), f.detail());
    }

    private static List<Input> inputs(Path... paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) inputs.add(Input.file(p.toString(), p));
        return inputs;
    }

    private static Documents.Reading reading() {
        return Documents.Reading.of(new InputReader(MAX, new ByteArrayInputStream(new byte[0])), MAX, Optional.empty(),
                Optional.empty());
    }

    private static List<SourceDocument> readAll(DocumentSource source, int batch) {
        List<SourceDocument> all = new ArrayList<>();
        try (source) {
            for (List<SourceDocument> b; !(b = source.next(batch)).isEmpty(); ) {
                assertTrue(b.size() <= batch);
                all.addAll(b);
            }
        }
        return all;
    }

    private static RawDocument ok(SourceDocument doc) {
        Outcome.Ok<RawDocument> ok = assertInstanceOf(Outcome.Ok.class, doc.content().read(), doc.source());
        return ok.value();
    }
}
