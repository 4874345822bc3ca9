package org.herald.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
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
 * Builds archive files in memory, one record at a time, with jwarc's writer: each record is its own gzip member (or
 * plain), and a record can be cut short to make the damage the reader must survive. Remembers every record's offset.
 */
final class ArchiveFixture {
    static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");
    private final boolean gzip;
    private final ByteArrayOutputStream file = new ByteArrayOutputStream();
    private final List<Long> offsets = new ArrayList<>();

    ArchiveFixture(boolean gzip) {
        this.gzip = gzip;
    }

    /** Appends a record; returns its offset. */
    long add(WarcRecord record) {
        return addBytes(bytesOf(record));
    }

    /** Appends the first {@code keep} of a record's bytes (0 < keep < 1): a record cut short. */
    long addCut(WarcRecord record, double keep) {
        byte[] whole = bytesOf(record);
        byte[] cut = new byte[(int) (whole.length * keep)];
        System.arraycopy(whole, 0, cut, 0, cut.length);
        return addBytes(cut);
    }

    byte[] bytes() {
        return file.toByteArray();
    }

    List<Long> offsets() {
        return List.copyOf(offsets);
    }

    private long addBytes(byte[] bytes) {
        long offset = file.size();
        offsets.add(offset);
        file.writeBytes(bytes);
        return offset;
    }

    private byte[] bytesOf(WarcRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String page(String headline) {
        return "<!doctype html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1><p>" + headline + " was reported on Monday by the ministry, which said more would follow.</p>"
                + "<p>Officials in the capital declined to comment further on the matter.</p></article></body></html>";
    }

    static WarcResponse response(String url, int status, String contentType, byte[] payload) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n";
        return responseWithHttp(url, concat(head.getBytes(StandardCharsets.ISO_8859_1), payload));
    }

    static WarcResponse html(String url, String html) {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response whose HTTP message (status line, headers, body) is given as is. */
    static WarcResponse responseWithHttp(String url, byte[] http) {
        return new WarcResponse.Builder(url).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    /** An HTML payload gzip-compressed and sent in chunks, as servers do when they stream. */
    static WarcResponse chunkedGzip(String url, String html) {
        byte[] gz = gzip(html.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int chunk = Math.max(1, gz.length / 3);
        for (int i = 0; i < gz.length; i += chunk) {
            int n = Math.min(chunk, gz.length - i);
            body.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(gz, i, n);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Encoding: gzip\r\n\r\n";
        return responseWithHttp(url, concat(head.getBytes(StandardCharsets.ISO_8859_1), body.toByteArray()));
    }

    static WarcRevisit revisit(String url) {
        byte[] http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        return new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    static WarcRequest request(String url) {
        byte[] http = ("GET / HTTP/1.1\r\nHost: " + URI.create(url).getHost() + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return new WarcRequest.Builder(url).date(CRAWLED).body(MediaType.HTTP_REQUEST, http).build();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
