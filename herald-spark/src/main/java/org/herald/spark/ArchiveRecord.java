package org.herald.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.herald.archive.ArchiveEntry;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;

/**
 * One archive record on its way from the executor that read it to the one that analyses it: a page (its bytes,
 * target URL and WARC-Date) or a record that could not be read (its reason and detail). Java-serializable, which
 * {@link ArchiveEntry} is not, since Spark moves it between JVMs when the pages are spread over the cores.
 * Absent values are null inside and {@link Optional} outside.
 */
final class ArchiveRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String archive;
    private final String source;
    private final byte[] bytes;
    private final String url;
    private final Instant crawled;
    private final Reason failure;
    private final String detail;

    private ArchiveRecord(String archive, String source, byte[] bytes, String url, Instant crawled, Reason failure,
                          String detail) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.source = Objects.requireNonNull(source, "source");
        this.bytes = bytes;
        this.url = url;
        this.crawled = crawled;
        this.failure = failure;
        this.detail = detail;
    }

    /** A page of {@code archive} (the file's name), as the archive reader decoded it. */
    static ArchiveRecord page(String archive, ArchiveEntry.Page page) {
        RawDocument d = page.document();
        return new ArchiveRecord(archive, d.source(), d.bytes(), d.url().orElse(null), d.crawled().orElse(null),
                null, null);
    }

    /** A record of {@code archive} that could not be read, or an archive that could not be opened at all. */
    static ArchiveRecord failed(String archive, String source, Reason reason, String detail) {
        return new ArchiveRecord(archive, source, null, null, null, Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(detail, "detail"));
    }

    /** The archive file's name: a partition column of every table, so a re-run replaces this archive's rows. */
    String archive() {
        return archive;
    }

    /** {@code name#offset}, as {@code ./herald extract} names an archive's records. */
    String source() {
        return source;
    }

    Optional<Instant> crawled() {
        return Optional.ofNullable(crawled);
    }

    /** The page as the extractor takes it; empty for a record that failed. */
    Optional<RawDocument> document() {
        if (bytes == null) return Optional.empty();
        return Optional.of(new RawDocument(source, bytes, Optional.ofNullable(url), RawDocument.Format.HTML,
                Optional.ofNullable(crawled)));
    }

    Optional<Reason> failure() {
        return Optional.ofNullable(failure);
    }

    String detail() {
        return detail == null ? "" : detail;
    }
}
