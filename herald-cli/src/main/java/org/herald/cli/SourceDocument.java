package org.herald.cli;

import java.util.Objects;
import java.util.Optional;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;

/**
 * One document of a command's input: a file that a worker reads when it gets to it, or a page an archive record
 * gave (already read, since archives are read in order on one thread), or a failure standing in for either.
 *
 * @param mark the archive record it came from, for {@code ingest}'s progress; empty for a file
 */
record SourceDocument(String source, Content content, Optional<ArchiveMark> mark) {
    SourceDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mark, "mark");
    }

    /** The document's bytes, read on the worker thread; never throws. */
    interface Content {
        Outcome<RawDocument> read();
    }

    /** The archive record at {@code offset} of {@code file}: what ingest remembers once the document is dealt with. */
    record ArchiveMark(java.nio.file.Path file, long offset) {
        ArchiveMark {
            Objects.requireNonNull(file, "file");
        }
    }
}
