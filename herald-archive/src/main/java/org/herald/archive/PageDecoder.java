package org.herald.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Turns one archive record into an entry: a 200 response with an HTML payload becomes a page (chunked transfer
 * and gzip, deflate content encodings undone, at most {@code maxBytes} of it), anything else a skip or a failure.
 * Reads only the HTTP header of a record it skips, so a video in the archive costs nothing but its header.
 */
final class PageDecoder {
    private final long maxBytes;

    PageDecoder(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    ArchiveEntry entry(WarcRecord record, String name, long offset) {
        String source = name + "#" + offset;
        if (record instanceof WarcRevisit) {
            return new ArchiveEntry.Skipped(source, offset, SkipReason.REVISIT);
        }
        if (!(record instanceof WarcResponse response)) {
            return new ArchiveEntry.Skipped(source, offset, SkipReason.NOT_RESPONSE);
        }
        String target = response.target();
        if (!isWebAddress(target)) {
            return new ArchiveEntry.Failed(source, offset, Reason.MALFORMED,
                    source + ": WARC-Target-URI is not an http(s) address: " + shortened(target));
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            return new ArchiveEntry.Failed(source, offset, Reason.MALFORMED, source + ": bad HTTP header: " + message(e));
        }
        if (http.status() != 200) {
            return new ArchiveEntry.Skipped(source, offset, SkipReason.NOT_200);
        }
        if (!htmlOrUntyped(http)) {
            return new ArchiveEntry.Skipped(source, offset, SkipReason.NOT_HTML);
        }
        byte[] bytes;
        try {
            // Not closed here: the archive reader reads the record to its end and closes it when it moves on.
            InputStream in = http.bodyDecoded().stream();
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException | RuntimeException e) {
            return new ArchiveEntry.Failed(source, offset, Reason.MALFORMED, source + ": payload: " + message(e));
        } catch (LinkageError e) {
            // brotli and zstd decoders are optional jwarc dependencies that Herald does not ship
            return new ArchiveEntry.Failed(source, offset, Reason.UNREADABLE, source + ": Content-Encoding "
                    + http.headers().first("Content-Encoding").orElse("?") + " cannot be decoded here");
        }
        if (bytes.length > maxBytes) {
            return new ArchiveEntry.Failed(source, offset, Reason.TOO_LARGE,
                    source + ": payload of more than " + maxBytes + " bytes after decoding");
        }
        return new ArchiveEntry.Page(
                new RawDocument(source, bytes, Optional.of(target), RawDocument.Format.HTML, crawled(record)), offset);
    }

    /**
     * A payload without a Content-Type is kept: the extractor recognises HTML by its content and fails anything
     * else as not text. text/html and application/xhtml+xml are HTML; every other declared type is not.
     */
    private static boolean htmlOrUntyped(HttpResponse http) {
        Optional<String> declared = http.headers().first("Content-Type");
        if (declared.isEmpty() || declared.get().isBlank()) return true;
        String type = declared.get().toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String base = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean isWebAddress(String target) {
        try {
            URI uri = new URI(target);
            String scheme = uri.getScheme();
            return uri.getHost() != null && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The WARC-Date, when the record has a valid one; a crawl time is a courtesy, never a reason to fail. */
    private static Optional<Instant> crawled(WarcRecord record) {
        try {
            return Optional.of(record.date());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String shortened(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
