package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.herald.extract.RawDocument;
import org.herald.store.ForwardingStore;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11: the server said "stored" of what was not: a retry after a failed commit got "already stored" and a Location
 * that answered 404; a duplicate arriving while the first copy was analysed got "already stored", and then the
 * first failed. Real extraction, analysis and Lucene store; the full disk is a store whose commit fails once.
 */
class IngestorIntakeIT {
    @TempDir
    Path dir;

    private static RawDocument page(String source, String html) {
        return new RawDocument(source, html.getBytes(StandardCharsets.UTF_8),
                Optional.of("https://example.org/2024/03/geneva"), RawDocument.Format.HTML);
    }

    /** A real store whose next commit fails, as one does on a full disk, until {@code diskFull} is cleared. */
    private static final class FullDiskOnce extends ForwardingStore {
        final AtomicBoolean diskFull = new AtomicBoolean(true);

        FullDiskOnce(Store real) {
            super(real);
        }

        @Override
        public long commit() {
            if (diskFull.getAndSet(false)) {
                throw new UncheckedIOException("commit failed", new IOException("No space left on device"));
            }
            return super.commit();
        }
    }

    @Test
    void aRetryAfterAFailedCommitIsStoredAndReadable() throws IOException {
        try (FullDiskOnce store = new FullDiskOnce(LuceneStore.open(dir))) {
            ArticleIntake intake = Pipeline.intake(store);
            assertThrows(UncheckedIOException.class, () -> intake.accept(page("first", IntakeIT.PAGE)));
            // #11 item 4: health says why the server cannot store, until a write succeeds again.
            assertTrue(intake.writeProblem().orElseThrow().contains("No space left on device"),
                    intake.writeProblem().toString());
            IngestReply retry = intake.accept(page("retry", IntakeIT.PAGE));
            assertTrue(intake.writeProblem().isEmpty(), "the problem clears once a commit succeeds");
            IngestReply.Stored stored = assertInstanceOf(IngestReply.Stored.class, retry);
            assertFalse(stored.alreadyStored(), "the failed commit stored nothing durable");
            assertTrue(store.findArticle(stored.id()).isPresent(), "readable once stored");
        }
    }

    @Test
    void concurrentCopiesShareTheFirstOutcome() throws Exception {
        String empty = "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
        try (Store store = LuceneStore.open(dir)) {
            ArticleIntake intake = Pipeline.intake(store);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (String html : List.of(IntakeIT.PAGE, empty)) {
                    Future<IngestReply> first = pool.submit(() -> intake.accept(page("a", html)));
                    Thread.sleep(50); // the second copy arrives while the first is being analysed (the refused
                    // page may be done by then: its copy must still be refused, not "already stored")
                    Future<IngestReply> second = pool.submit(() -> intake.accept(page("b", html)));
                    IngestReply a = first.get();
                    IngestReply b = second.get();
                    if (html.equals(empty)) {
                        assertInstanceOf(IngestReply.Refused.class, a);
                        assertInstanceOf(IngestReply.Refused.class, b, "never 'already stored' of a refused page");
                    } else {
                        IngestReply.Stored sa = assertInstanceOf(IngestReply.Stored.class, a);
                        IngestReply.Stored sb = assertInstanceOf(IngestReply.Stored.class, b);
                        assertEquals(sa.id(), sb.id());
                        assertEquals(1, (sa.alreadyStored() ? 1 : 0) + (sb.alreadyStored() ? 1 : 0));
                        assertTrue(sa.analysisJson().isPresent() && sb.analysisJson().isPresent(),
                                "both answers carry the analysis");
                        assertTrue(store.findArticle(sa.id()).isPresent());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
