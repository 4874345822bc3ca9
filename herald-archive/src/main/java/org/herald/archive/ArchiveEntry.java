package org.herald.archive;

import java.util.Objects;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;

/**
 * What one record of an archive gave: a page to extract, a record that holds no page (skipped, with why), or a
 * record that could not be read (failed, with why). Every entry knows its record's byte offset in the file, so a
 * message can say where to look and a reader can start again after it.
 */
public sealed interface ArchiveEntry permits ArchiveEntry.Page, ArchiveEntry.Skipped, ArchiveEntry.Failed {

    /** Byte offset of the record in the archive file (of its gzip member, in a compressed archive). */
    long offset();

    /** {@code name#offset}: how output and messages name the record. */
    String source();

    /** An HTTP 200 response with an HTML payload, decoded, as the extractor takes it. */
    record Page(RawDocument document, long offset) implements ArchiveEntry {
        public Page {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /** A record that is no page to read: a revisit, a request, an image, a redirect. */
    record Skipped(String source, long offset, SkipReason reason) implements ArchiveEntry {
        public Skipped {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A record that could not be read: truncated, badly chunked, a payload cut short; the file reads on after it. */
    record Failed(String source, long offset, Reason reason, String detail) implements ArchiveEntry {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
