package org.herald.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.herald.model.Reason;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads a WARC or ARC file (plain or gzip per record) one record at a time, as {@link ArchiveEntry entries}:
 *
 * <pre>{@code
 * try (ArchiveReader archive = ArchiveReader.open(path, "CC-NEWS-….warc.gz", 10 << 20)) {
 *     for (Optional<ArchiveEntry> e; (e = archive.next()).isPresent(); ) …
 * }
 * }</pre>
 *
 * <p>A record that cannot be read (cut short, a broken gzip member, a header that does not parse) is one
 * {@link ArchiveEntry.Failed} entry, and reading goes on at the next record start found after it: bad data never
 * ends the file. jwarc reads leniently (header values it cannot parse are kept as they are); its warnings are
 * dropped, since a record's fate is in its entry. Not thread-safe.
 */
public final class ArchiveReader implements Closeable {
    private final Path file;
    private final String name;
    private final PageDecoder pages;
    private final FileChannel channel;
    private final boolean gzip;
    private WarcReader reader;
    /** The entry of the record read last, given out once the record after it has been reached. */
    private ArchiveEntry pending;
    private boolean ended;

    private ArchiveReader(Path file, String name, long maxBytes, long start) throws IOException {
        this.file = Objects.requireNonNull(file, "file");
        this.name = Objects.requireNonNull(name, "name");
        this.pages = new PageDecoder(maxBytes);
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.reader = readerAt(start);
            this.gzip = reader.compression() == WarcCompression.GZIP;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Opens an archive to read from its first record.
     *
     * @param name     how entries name the file in their source ({@code name#offset}): the path as the user wrote it
     * @param maxBytes the largest decoded payload kept; a larger one fails as {@code too_large}
     * @throws IOException when the file cannot be opened (missing, a folder, no permission)
     */
    public static ArchiveReader open(Path file, String name, long maxBytes) throws IOException {
        return new ArchiveReader(file, name, maxBytes, 0);
    }

    /**
     * Opens an archive to read on after the record at {@code offset}, one an earlier run has dealt with: that
     * record is read past unseen and the first entry is the record after it.
     */
    public static ArchiveReader resumeAfter(Path file, String name, long maxBytes, long offset) throws IOException {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        ArchiveReader archive = new ArchiveReader(file, name, maxBytes, offset);
        archive.skipOne();
        return archive;
    }

    /** The next entry, in file order; empty at the end of the file. Never throws for bad data in the file. */
    public Optional<ArchiveEntry> next() {
        // One entry is held back until its record has been read to the end: only then is it known whether the
        // record was complete, and a record cut short must count once, as failed, not as a page and a failure.
        while (!ended) {
            ArchiveEntry out = pending;
            try {
                Optional<WarcRecord> r = reader.next();
                if (r.isEmpty()) {
                    ended = true;
                    pending = null;
                    return Optional.ofNullable(out);
                }
                pending = pages.entry(r.get(), name, r.get().position());
            } catch (IOException | RuntimeException e) {
                long at = reader.position();
                if (out != null && out.offset() == at) {
                    // the held-back record could not be read to its end: it is cut short
                    resyncAfter(at);
                    pending = null;
                    return Optional.of(out instanceof ArchiveEntry.Failed ? out : failed(at,
                            "record runs past the end of its data: " + PageDecoder.message(e)));
                }
                if (out != null && overran(out.offset(), at)) {
                    // No record starts where the held-back one says it ends, but one starts inside it: its
                    // Content-Length is too large (a plain WARC cut short), and the bytes it took are the next record.
                    pending = null;
                    return Optional.of(out instanceof ArchiveEntry.Failed ? out : failed(out.offset(),
                            "record runs into the next one (its Content-Length is more than its data)"));
                }
                resyncAfter(at);
                pending = failed(at, "unreadable record: " + PageDecoder.message(e));
            }
            if (out != null) return Optional.of(out);
        }
        ArchiveEntry last = pending;
        pending = null;
        return Optional.ofNullable(last);
    }

    private ArchiveEntry.Failed failed(long at, String why) {
        String source = name + "#" + at;
        return new ArchiveEntry.Failed(source, at, Reason.MALFORMED, source + ": " + why);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            channel.close();
        }
    }

    private void skipOne() {
        try {
            if (reader.next().isEmpty()) ended = true;
        } catch (IOException | RuntimeException e) {
            resyncAfter(reader.position());
        }
    }

    /**
     * Whether a record starts between {@code offset} (a record that seemed whole) and {@code end} (where it said it
     * ends, and no record header parses); if so the reader is moved there.
     */
    private boolean overran(long offset, long end) {
        resyncAfter(offset);
        if (!ended && reader.position() < end) {
            return true;
        }
        ended = false;
        resyncAfter(end);
        return false;
    }

    /**
     * Moves to the first record start after {@code offset} that parses as a record header, or to the end of the
     * file. Candidates that do not parse are passed over silently: the broken record has its one failure.
     */
    private void resyncAfter(long offset) {
        long from = offset + 1;
        while (true) {
            OptionalLong candidate;
            try {
                candidate = RecordStarts.next(channel, from, gzip);
            } catch (IOException e) {
                ended = true; // the file itself cannot be read any more
                return;
            }
            if (candidate.isEmpty()) {
                ended = true;
                return;
            }
            try {
                WarcReader fresh = readerAt(candidate.getAsLong());
                if (peekParses(fresh, candidate.getAsLong())) {
                    reader = readerAt(candidate.getAsLong());
                    return;
                }
            } catch (IOException | RuntimeException notARecord) {
                // a false start: the mark's bytes occurred inside a record
            }
            from = candidate.getAsLong() + 1;
        }
    }

    /** Whether a record header parses at the reader's start; reading it moves the shared channel, hence the reopen. */
    private static boolean peekParses(WarcReader fresh, long at) throws IOException {
        Optional<WarcRecord> r = fresh.next();
        return r.isPresent() && r.get().position() == at;
    }

    /**
     * A jwarc reader over the file from {@code offset}. The channel is shared, so the reader must not close it;
     * jwarc computes record offsets from the channel's position when the reader is made.
     */
    private WarcReader readerAt(long offset) throws IOException {
        channel.position(offset);
        WarcReader r = new WarcReader(new UnclosedChannel(channel));
        r.setLenient(true);
        r.onWarning(warning -> { });
        return r;
    }

    @Override
    public String toString() {
        return "ArchiveReader[" + file + "]";
    }
}
