package org.herald.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes WARC files for the command tests with jwarc's writer, gzip per record, as crawlers do: pages we make up
 * here, plus the records a real archive mixes in (requests, revisits, images, errors) and a record cut short.
 * Remembers each record's offset.
 */
final class WarcFiles {
    static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");
    private final ByteArrayOutputStream file = new ByteArrayOutputStream();
    private final List<Long> offsets = new ArrayList<>();

    long page(String url, String html) {
        return add(response(url, "200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                html.getBytes(StandardCharsets.UTF_8)));
    }

    long png(String url) {
        return add(response(url, "200 OK", "Content-Type: image/png\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}));
    }

    long notFound(String url) {
        return add(response(url, "404 Not Found", "Content-Type: text/html\r\n",
                "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    /** A page sent gzip-compressed in chunks. */
    long chunkedGzip(String url, String html) {
        byte[] gz = gzip(html.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < gz.length; i += 100) {
            int n = Math.min(100, gz.length - i);
            body.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(gz, i, n);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return add(response(url, "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Encoding: gzip\r\n", body.toByteArray(), false));
    }

    long revisit(String url) {
        byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        return add(new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, http).build());
    }

    long request(String url) {
        byte[] http = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return add(new WarcRequest.Builder(url).date(CRAWLED).body(MediaType.HTTP_REQUEST, http).build());
    }

    /** A page record of which only the first half made it into the file. */
    long truncatedPage(String url, String html) {
        byte[] whole = bytesOf(response(url, "200 OK", "Content-Type: text/html\r\n",
                html.getBytes(StandardCharsets.UTF_8)));
        byte[] half = new byte[whole.length / 2];
        System.arraycopy(whole, 0, half, 0, half.length);
        return addBytes(half);
    }

    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    Path writeTo(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        return Files.write(path, file.toByteArray());
    }

    /** A made-up news page with enough text for the extractor, different for every {@code i}. */
    static String story(int i) {
        return "<!doctype html><html><head><title>Harbour talks, round " + i + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-05-0" + (1 + i % 5) + "\"></head><body>"
                + "<article><h1>Harbour talks, round " + i + "</h1>"
                + "<p>Negotiators from the two port cities met on Monday for round " + i + " of talks over the "
                + "disputed ferry lane, officials said.</p><p>The delegations agreed to meet again next month, "
                + "and " + (i * 3 + 2) + " fishing crews waited for word on the harbour's reopening.</p>"
                + "<p>Neither side would say whether compensation was discussed.</p></article></body></html>";
    }

    private long add(WarcRecord record) {
        return addBytes(bytesOf(record));
    }

    private long addBytes(byte[] bytes) {
        long offset = file.size();
        offsets.add(offset);
        file.writeBytes(bytes);
        return offset;
    }

    private static WarcResponse response(String url, String status, String headers, byte[] payload) {
        return response(url, status, headers, payload, true);
    }

    private static WarcResponse response(String url, String status, String headers, byte[] payload, boolean length) {
        String head = "HTTP/1.1 " + status + "\r\n" + headers
                + (length ? "Content-Length: " + payload.length + "\r\n" : "") + "\r\n";
        byte[] http = new byte[head.length() + payload.length];
        System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, http, 0, head.length());
        System.arraycopy(payload, 0, http, head.length(), payload.length);
        return new WarcResponse.Builder(url).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] bytesOf(WarcRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
