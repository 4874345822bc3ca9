package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String STORY = "<html><head><title>Ferry vote</title></head><body><article>"
            + "<p>The council approved the night ferry on Wednesday after a tied vote, the mayor said.</p>"
            + "<p>Islanders in the public gallery applauded as the result was read out.</p></article></body></html>";
    private static final String TEXT = "Ferry vote\nThe council approved the night ferry on Wednesday.\n"
            + "Islanders applauded as the result was read out.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    // #13: a web archive is a document source like a folder: one line per HTML response, skips counted by reason.
    @Test
    void aWarcGivesOneLinePerHtmlResponseAndCountsWhatItSkips() throws IOException {
        WarcFiles w = new WarcFiles();
        w.request("https://news.example/a");
        long a = w.page("https://news.example/a", WarcFiles.story(1));
        w.png("https://news.example/logo.png");
        w.notFound("https://news.example/gone");
        w.revisit("https://news.example/a");
        long b = w.chunkedGzip("https://news.example/b", WarcFiles.story(2));
        long cut = w.truncatedPage("https://news.example/c", WarcFiles.story(3));
        long d = w.page("https://news.example/d", WarcFiles.story(4));
        Path warc = w.writeTo(dir.resolve("crawl/day.warc.gz"));

        CliRun r = CliRun.run("extract", "--threads", "2", dir.resolve("crawl").toString());

        assertEquals(ExitCode.SOME_FAILED, r.exitCode(), r.err());
        List<String> lines = r.outLines();
        assertEquals(4, lines.size(), r.out());
        long[] offsets = {a, b, cut, d};
        for (int i = 0; i < 4; i++) {
            assertEquals(warc + "#" + offsets[i], parse(lines.get(i)).get("source").asText(), lines.get(i));
        }
        JsonNode first = parse(lines.get(0));
        assertEquals("https://news.example/a", first.get("url").asText());
        assertEquals("2024-05-06T07:08:09Z", first.get("crawled").asText());
        assertEquals("2024-05-02", first.get("published").asText(), "the publication date is the page's");
        assertTrue(parse(lines.get(1)).get("body").asText().contains("round 2"), lines.get(1));
        assertEquals("malformed", parse(lines.get(2)).get("error").get("kind").asText(), lines.get(2));
        assertTrue(r.err().contains("3 ok, 1 failed (malformed 1); 4 archive records skipped "
                + "(revisit 1, not_response 1, not_200 1, not_html 1)"), r.err());
    }

    @Test
    void goodFolderGivesOneArticlePerFileAndExitZero() throws IOException {
        write("a.html", STORY);
        write("b/c.txt", TEXT);
        write("b/d.htm", STORY);
        CliRun r = CliRun.run("extract", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size());
        for (String line : lines) {
            JsonNode o = parse(line);
            assertFalse(o.has("error"), line);
            assertTrue(o.get("body").asText().contains("ferry"), line);
        }
        assertTrue(r.err().contains("3 ok, 0 failed"), r.err());
    }

    @Test
    void badFilesGetErrorLinesAndExitOne() throws IOException {
        write("1-good.html", STORY);
        write("2-empty.html", "");
        write("3-broken.html.gz", "this is not gzip data at all".getBytes(StandardCharsets.US_ASCII));
        write("4-truncated.txt.gz", java.util.Arrays.copyOf(gzip(TEXT.repeat(50)), 30));
        write("5-image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0});
        write("6-good.txt.gz", gzip(TEXT));
        write("7-picture.png", new byte[] {1, 2, 3});
        CliRun r = CliRun.run("extract", dir.toString());
        assertEquals(1, r.exitCode());
        List<String> lines = r.outLines();
        assertEquals(6, lines.size(), "the .png in a folder is not a document: " + r.out());
        List<String> kinds = new ArrayList<>();
        for (String line : lines) {
            JsonNode o = parse(line);
            kinds.add(o.has("error") ? o.get("error").get("kind").asText() : "ok");
            if (o.has("error")) {
                assertFalse(o.get("error").get("message").asText().isBlank(), line);
            }
        }
        assertEquals(List.of("ok", "empty", "unreadable", "unreadable", "not_text", "ok"), kinds);
        assertTrue(r.err().contains("2 ok, 4 failed (empty 1, not_text 1, unreadable 2)"), r.err());
    }

    @Test
    void missingFileIsAnUnreadableLine() {
        CliRun r = CliRun.run("extract", dir.resolve("nope.html").toString());
        assertEquals(1, r.exitCode());
        JsonNode o = parse(r.outLines().get(0));
        assertEquals(dir.resolve("nope.html").toString(), o.get("source").asText());
        assertEquals("unreadable", o.get("error").get("kind").asText());
        assertTrue(r.err().contains("0 ok, 1 failed"), r.err());
    }

    @Test
    void outputKeepsInputOrderOnSeveralThreads() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Uneven sizes so that workers finish out of order.
            String name = String.format("page-%03d.html", i);
            write(name, STORY.replace("<article>", "<article>" + "<p>Filler paragraph about tides.</p>".repeat(i % 7 * 200)));
            expected.add(dir.resolve(name).toString());
        }
        CliRun r = CliRun.run("extract", "--threads", "3", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> sources = r.outLines().stream().map(l -> parse(l).get("source").asText()).toList();
        assertEquals(expected, sources);
    }

    @Test
    void operandsKeepTheirOrder() throws IOException {
        Path b = write("b.html", STORY);
        Path a = write("a.txt", TEXT);
        CliRun r = CliRun.run("extract", b.toString(), a.toString());
        assertEquals(List.of(b.toString(), a.toString()),
                r.outLines().stream().map(l -> parse(l).get("source").asText()).toList());
    }

    @Test
    void dashReadsStandardInputAndDetectsTheFormat() {
        CliRun r = CliRun.withStdin(STORY.getBytes(StandardCharsets.UTF_8), "extract", "--url",
                "https://news.example/ferry", "-");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = parse(r.outLines().get(0));
        assertEquals("-", o.get("source").asText());
        assertEquals("https://news.example/ferry", o.get("url").asText());
        assertTrue(o.get("body").asText().startsWith("The council approved"), r.out());
    }

    @Test
    void formatOptionOverridesTheExtension() throws IOException {
        Path page = write("page.txt", STORY.replace("<p>", "\n<p>"));
        JsonNode asText = parse(CliRun.run("extract", page.toString()).outLines().get(0));
        JsonNode asHtml = parse(CliRun.run("extract", "--format", "html", page.toString()).outLines().get(0));
        assertTrue(asText.get("body").asText().contains("<p>"), "read as text, tags stay");
        assertFalse(asHtml.get("body").asText().contains("<p>"), "read as HTML, tags go");
    }

    @Test
    void evaluationCaseFolderContributesOnlyItsSourcePage() throws IOException {
        write("case-1/source.html", STORY);
        write("case-1/expected.html", STORY);
        write("loose.html", STORY);
        CliRun r = CliRun.run("extract", dir.toString());
        List<String> sources = r.outLines().stream().map(l -> parse(l).get("source").asText()).toList();
        assertEquals(List.of(dir.resolve("case-1/source.html").toString(), dir.resolve("loose.html").toString()),
                sources);
    }

    @Test
    void badFormatAndMissingPathAreUsageErrors() {
        assertEquals(2, CliRun.run("extract", "--format", "pdf", "x.html").exitCode());
        CliRun none = CliRun.run("extract");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no PATH"), none.err());
        assertEquals(2, CliRun.run("extract", "--threads", "0", "x").exitCode());
        assertEquals(2, CliRun.run("extract", "--url").exitCode());
    }

    // #11: a folder of links gave "0 ok, 0 failed"; FIFOs and dangling or looping links vanished from the counts;
    // a FIFO named on the command line hung forever.
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void linksAreFollowedAndEveryHostileEntryIsReportedWithAReason() throws Exception {
        Path pages = dir.resolve("pages");
        Path real = write("real/story.html", STORY);
        Files.createDirectories(pages);
        Files.createSymbolicLink(pages.resolve("1-link.html"), real);
        Files.createSymbolicLink(pages.resolve("2-dangling.html"), dir.resolve("real/missing.html"));
        Files.createSymbolicLink(pages.resolve("3-loop-a.html"), pages.resolve("3-loop-b.html"));
        Files.createSymbolicLink(pages.resolve("3-loop-b.html"), pages.resolve("3-loop-a.html"));
        Files.createSymbolicLink(pages.resolve("4-linked-folder"), dir.resolve("real"));
        Files.createSymbolicLink(pages.resolve("5-back-up"), pages);
        Path fifo = pages.resolve("6-pipe.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        CliRun r = CliRun.run("extract", pages.toString());
        List<String> lines = r.outLines();
        List<String> outcomes = new ArrayList<>();
        for (String line : lines) {
            JsonNode o = parse(line);
            String source = o.get("source").asText();
            outcomes.add(source.substring(pages.toString().length() + 1) + " "
                    + (o.has("error") ? o.get("error").get("kind").asText() : "ok"));
            if (o.has("error")) assertFalse(o.get("error").get("message").asText().isBlank(), line);
        }
        assertEquals(List.of("1-link.html ok", "2-dangling.html unreadable", "3-loop-a.html unreadable",
                "3-loop-b.html unreadable", "4-linked-folder/story.html ok", "5-back-up unreadable",
                "6-pipe.html unreadable"), outcomes, r.out());
        assertEquals(1, r.exitCode());
        CliRun named = CliRun.run("extract", fifo.toString());
        assertEquals(1, named.exitCode());
        assertTrue(named.out().contains("not a regular file"), named.out());
    }

    @Test
    void aDocumentTimeBudgetMustBePositiveSeconds() throws IOException {
        Path page = write("a.html", STORY);
        assertEquals(ExitCode.USAGE, CliRun.run("extract", "--doc-timeout", "0", page.toString()).exitCode());
        CliRun ok = CliRun.run("extract", "--doc-timeout", "5", page.toString());
        assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
    }
}
