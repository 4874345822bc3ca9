package org.herald.extract;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document before extraction: its bytes, where it came from, and what we were told about it.
 *
 * @param source how the caller names it (a path, a URL, an id); echoed in the output
 * @param url the page's URL when known; used for relative links, the site name and URL dates
 * @param format what the bytes are, or {@link Format#AUTO} to decide from the content
 * @param crawled when the page was fetched, if an archive recorded it (WARC-Date); copied to the article as is
 */
public record RawDocument(String source, byte[] bytes, Optional<String> url, Format format, Optional<Instant> crawled) {

    /** What kind of text the bytes hold. */
    public enum Format { HTML, TEXT, AUTO }

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(crawled, "crawled");
    }

    /** A document that no archive recorded the fetch time of: a file or a request. */
    public RawDocument(String source, byte[] bytes, Optional<String> url, Format format) {
        this(source, bytes, url, format, Optional.empty());
    }

    public static RawDocument html(String source, String html, String url) {
        return new RawDocument(source, html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.ofNullable(url), Format.HTML);
    }

    public static RawDocument text(String source, String text) {
        return new RawDocument(source, text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Optional.empty(), Format.TEXT);
    }
}
