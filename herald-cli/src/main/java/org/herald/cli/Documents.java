package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.herald.archive.ArchiveEntry;
import org.herald.archive.ArchiveFiles;
import org.herald.archive.ArchiveReader;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;

/**
 * The one {@link DocumentSource}: a command's inputs in order, where a file is one document and a web archive
 * ({@code .warc}, {@code .warc.gz}, {@code .arc.gz}) is the pages of its HTML responses, each named
 * {@code file#offset}. A document's read failure is its own failure, never the end of the run.
 */
final class Documents implements DocumentSource {
    /** Documents handed out per batch, per worker thread: enough to keep workers busy, few enough for memory. */
    static final int PER_THREAD = 32;

    /**
     * How a command reads its files.
     *
     * @param format  overrides what the file names say (--format); archives hold HTML whatever is said
     * @param url     the address of a page given as a file (--url); an archive's pages carry their own
     * @param resume  where ingest left each archive: read on after that record; empty to read it whole
     */
    record Reading(InputReader reader, long maxBytes, Optional<RawDocument.Format> format, Optional<String> url,
                   Function<Path, OptionalLong> resume) {
        Reading {
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(resume, "resume");
        }

        static Reading of(InputReader reader, long maxBytes, Optional<RawDocument.Format> format, Optional<String> url) {
            return new Reading(reader, maxBytes, format, url, file -> OptionalLong.empty());
        }
    }

    private final Iterator<Input> inputs;
    private final Reading reading;
    private final SkipCounts skipped;
    private ArchiveReader archive;
    private Path archivePath;

    Documents(List<Input> inputs, Reading reading) {
        this(inputs, reading, new SkipCounts());
    }

    /** Documents whose skipped archive records are counted into {@code skipped}, which the caller keeps. */
    Documents(List<Input> inputs, Reading reading, SkipCounts skipped) {
        this.inputs = List.copyOf(inputs).iterator();
        this.reading = Objects.requireNonNull(reading, "reading");
        this.skipped = Objects.requireNonNull(skipped, "skipped");
    }

    /** True when any input is an archive: its document count is known only once read. */
    static boolean anyArchive(List<Input> inputs) {
        return inputs.stream().anyMatch(Documents::isArchive);
    }

    /**
     * Runs {@code work} over every document of {@code source} a batch at a time, results to {@code sink} in input
     * order, as {@link OrderedRunner#run} does for one list.
     */
    static <R> void run(DocumentSource source, OrderedRunner runner, int threads, Function<SourceDocument, R> work,
                        Function<SourceDocument, R> overBudget, Consumer<R> sink) {
        List<SourceDocument> batch;
        while (!(batch = source.next(threads * PER_THREAD)).isEmpty()) {
            runner.run(batch, work, overBudget, sink);
        }
    }

    @Override
    public List<SourceDocument> next(int max) {
        List<SourceDocument> batch = new ArrayList<>();
        while (batch.size() < max) {
            if (archive != null) {
                Optional<ArchiveEntry> entry = archive.next();
                if (entry.isPresent()) {
                    fromArchive(entry.get()).ifPresent(batch::add);
                    continue;
                }
                closeArchive();
            }
            if (!inputs.hasNext()) break;
            Input input = inputs.next();
            if (isArchive(input)) {
                openArchive(input).ifPresent(batch::add);
            } else {
                batch.add(fromFile(input));
            }
        }
        return batch;
    }

    @Override
    public SkipCounts skipped() {
        return skipped;
    }

    @Override
    public void close() {
        closeArchive();
    }

    private static boolean isArchive(Input input) {
        return input.path().map(ArchiveFiles::isArchive).orElse(false);
    }

    private SourceDocument fromFile(Input given) {
        Input input = reading.format().map(given::withFormat).orElse(given);
        return new SourceDocument(input.source(), () -> {
            Outcome<byte[]> read = reading.reader().read(input);
            if (read instanceof Outcome.Failed<byte[]> f) {
                return Outcome.failed(f.source(), f.reason(), f.detail());
            }
            byte[] bytes = ((Outcome.Ok<byte[]>) read).value();
            return Outcome.ok(input.source(), new RawDocument(input.source(), bytes, reading.url(), input.format()),
                    List.of());
        }, Optional.empty());
    }

    private Optional<SourceDocument> fromArchive(ArchiveEntry entry) {
        Optional<SourceDocument.ArchiveMark> mark = Optional.of(new SourceDocument.ArchiveMark(archivePath,
                entry.offset()));
        if (entry instanceof ArchiveEntry.Page page) {
            Outcome<RawDocument> doc = Outcome.ok(page.source(), page.document(), List.of());
            return Optional.of(new SourceDocument(page.source(), () -> doc, mark));
        }
        if (entry instanceof ArchiveEntry.Failed failed) {
            Outcome<RawDocument> doc = Outcome.failed(failed.source(), failed.reason(), failed.detail());
            return Optional.of(new SourceDocument(failed.source(), () -> doc, mark));
        }
        skipped.add(((ArchiveEntry.Skipped) entry).reason());
        return Optional.empty();
    }

    /** Opens the archive, or gives the one failure that stands for it when it cannot be opened. */
    private Optional<SourceDocument> openArchive(Input input) {
        Path path = input.path().orElseThrow();
        try {
            if (Files.isDirectory(path)) throw new IOException("a folder, not an archive file");
            OptionalLong after = reading.resume().apply(path);
            archive = after.isPresent()
                    ? ArchiveReader.resumeAfter(path, input.source(), reading.maxBytes(), after.getAsLong())
                    : ArchiveReader.open(path, input.source(), reading.maxBytes());
            archivePath = path;
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(unreadable(input, "no such file"));
        } catch (IOException | RuntimeException e) {
            return Optional.of(unreadable(input, Failures.oneLine(e)));
        }
    }

    private static SourceDocument unreadable(Input input, String why) {
        Outcome<RawDocument> failed = Outcome.failed(input.source(), Reason.UNREADABLE, input.source() + ": " + why);
        return new SourceDocument(input.source(), () -> failed, Optional.empty());
    }

    private void closeArchive() {
        if (archive == null) return;
        try {
            archive.close();
        } catch (IOException e) {
            // read only: nothing is lost when closing fails, and every entry was already given out
        } finally {
            archive = null;
            archivePath = null;
        }
    }
}
