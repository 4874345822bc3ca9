package org.herald.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.nlp.Analyzer;
import org.herald.pipeline.DocumentIntake;
import org.herald.pipeline.IngestResult;
import org.herald.pipeline.Ingestor;
import org.herald.pipeline.StoreIntake;
import org.herald.store.Store;

/**
 * Where a batch command ({@code ingest}, {@code watch}) stores its documents. One writer per store: the command
 * opens the store's writer itself when no one holds it, and leaves a {@link WriterNote}; when a running
 * {@code serve} holds it, the command hands its documents to that server; when another batch holds it, the command
 * stops before doing anything, with a {@link StoreBusyException} that says who writes and what to do instead.
 */
final class StoreAccess {
    private StoreAccess() {}

    /** Opens the store a run writes to; {@link Stores#open} outside tests. */
    interface StoreOpener {
        Store open(Path dir) throws IOException;
    }

    /**
     * @param command  the command's name, for the note and the messages
     * @param watcher  true for a watcher: a server that runs one itself is refused, since both would keep their
     *                 state in the same {@code watch-state/} folder
     * @param analyzer asked for only when this process writes the store itself
     * @param budget   how long one document may take: a server the documents are handed to keeps it
     * @throws StoreBusyException another process writes the store and takes no hand-offs
     * @throws IOException        the store cannot be opened (a message fit for the user)
     */
    static DocumentIntake open(Path dir, String command, boolean watcher, StoreOpener opener,
                               Supplier<Analyzer> analyzer, Duration budget) throws IOException {
        Store store;
        try {
            store = opener.open(dir);
        } catch (StoreBusyException busy) {
            return handOff(dir, command, watcher, busy, budget);
        }
        try {
            WriterNote.of(command).write(dir);
        } catch (IOException | RuntimeException e) {
            // Without the note a second writer is still refused (by Lucene's lock); it only cannot say by whom.
        }
        Ingestor ingestor = new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), analyzer, store,
                Clock.systemUTC());
        return new OwnIntake(new StoreIntake(ingestor, store, dir.toString()), dir);
    }

    private static DocumentIntake handOff(Path dir, String command, boolean watcher, StoreBusyException busy,
                                          Duration budget) throws StoreBusyException {
        Optional<WriterNote> note = WriterNote.read(dir).filter(WriterNote::alive);
        String store = Terminal.safe(dir.toString());
        if (note.isPresent() && note.get().handOff().isPresent()) {
            if (watcher && note.get().watching()) {
                throw new StoreBusyException("store " + store + " is watched already by " + note.get().holder()
                        + " (serve --watch): add the feeds to its list and restart it, or stop it and watch alone",
                        busy);
            }
            HandOffIntake intake = new HandOffIntake(note.get(), budget);
            if (intake.answers()) return intake;
        }
        String holder = note.map(WriterNote::holder).orElse("another process");
        throw new StoreBusyException("store " + store + " is being written by " + holder + ": wait for it to end, or"
                + " start `herald serve --store " + store + "` with --watch FILE or HERALD_TOKEN first; `" + command
                + "` then hands its documents to the server", busy);
    }

    /** The intake over this process's own writer: closing it gives the writer, and the note, up. */
    private static final class OwnIntake implements DocumentIntake {
        private final StoreIntake intake;
        private final Path dir;

        OwnIntake(StoreIntake intake, Path dir) {
            this.intake = intake;
            this.dir = dir;
        }

        @Override
        public IngestResult ingest(RawDocument doc, Optional<String> publishedFallback) {
            return intake.ingest(doc, publishedFallback);
        }

        @Override
        public void prepare() {
            intake.prepare();
        }

        @Override
        public boolean contains(String articleId) {
            return intake.contains(articleId);
        }

        @Override
        public long commit() {
            return intake.commit();
        }

        @Override
        public long articleCount() {
            return intake.articleCount();
        }

        @Override
        public String describe() {
            return intake.describe();
        }

        @Override
        public void close() throws IOException {
            WriterNote.remove(dir);
            intake.close();
        }
    }
}
