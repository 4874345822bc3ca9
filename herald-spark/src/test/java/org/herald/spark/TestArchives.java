package org.herald.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes small web archives with jwarc for the Spark tests: news pages we wrote (samples, not real articles), each
 * a 200 HTML response, and records whose HTTP message does not parse. Remembers each record's offset.
 */
final class TestArchives {
    static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");
    private final List<Long> offsets = new ArrayList<>();
    private final Path file;
    private final WarcWriter writer;

    TestArchives(Path file) throws IOException {
        this.file = file;
        this.writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP);
    }

    TestArchives page(String url, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        return record(url, concat(head.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    /** A response record whose HTTP message is no HTTP: the archive reader fails it as malformed. */
    TestArchives brokenHttp(String url) throws IOException {
        return record(url, "this is not an HTTP response\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    Path close() throws IOException {
        writer.close();
        return file;
    }

    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    private TestArchives record(String url, byte[] http) throws IOException {
        offsets.add(writer.position());
        writer.write(new WarcResponse.Builder(url).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build());
        return this;
    }

    /** A news page with a publication date, a headline and paragraphs, as a site would serve it. */
    static String newsPage(String headline, String published, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(headline).append("</title><meta property=\"article:published_time\" content=\"")
                .append(published).append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                        + "</nav><article><h1>").append(headline).append("</h1>");
        for (String p : paragraphs) html.append("<p>").append(p).append("</p>");
        return html.append("</article><footer>© Sample News</footer></body></html>").toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
