package org.herald.store.lucene;

import org.herald.store.contract.StorySamples;
import org.herald.store.contract.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.herald.store.ArticleStory;
import org.herald.store.StoreWriteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 item 4: one disk-full killed writing until restart (every later write "IndexWriter is closed"). Now a failed
 * write takes the store back to its last commit, and writing resumes once the disk has room, in the same store.
 */
class WriterRecoveryTest {
    @TempDir
    Path dir;

    /** A real directory whose new files fail as on a full disk, and whose write lock can be refused, on demand. */
    private static final class FullDisk extends FilterDirectory {
        volatile boolean full;
        volatile boolean lockRefused;

        FullDisk(Path dir) throws IOException {
            super(FSDirectory.open(dir));
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full) throw new IOException("No space left on device");
            return super.createOutput(name, context);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            if (full) throw new IOException("No space left on device");
            return super.createTempOutput(prefix, suffix, context);
        }

        @Override
        public void sync(java.util.Collection<String> names) throws IOException {
            if (full) throw new IOException("No space left on device");
            super.sync(names);
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            if (lockRefused) throw new IOException("Permission denied");
            return super.obtainLock(name);
        }
    }

    @Test
    void anArticleLostInARollbackIsNoOneStoryOrOriginal() throws IOException {
        FullDisk disk = new FullDisk(dir);
        try (LuceneStore store = LuceneStore.open(disk)) {
            store.put(StorySamples.jobCuts());
            store.commit();
            store.put(StorySamples.wire());
            disk.full = true;
            assertThrows(StoreWriteException.class, store::commit);
            disk.full = false;
            // The wire text was never stored: its copy is an original that opens its own story.
            store.put(StorySamples.copy());
            store.commit();
            assertEquals(new ArticleStory("copy", Optional.empty()), store.findArticleStory("copy").orElseThrow());
            assertEquals("cuts", store.findArticleStory("cuts").orElseThrow().storyId());
        }
    }

    @Test
    void aFailedCommitKeepsNothingAndWritingResumesOnceTheDiskHasRoom() throws IOException {
        FullDisk disk = new FullDisk(dir);
        try (LuceneStore store = LuceneStore.open(disk)) {
            store.put(Corpus.a1());
            store.commit();

            disk.full = true;
            assertThrows(StoreWriteException.class, () -> {
                store.put(Corpus.a2());
                store.commit();
            });
            assertTrue(store.writeProblem().orElseThrow().contains("No space left on device"),
                    store.writeProblem().toString());
            // Still full: the next write fails the same way, with the reason, not "this IndexWriter is closed".
            StoreWriteException again = assertThrows(StoreWriteException.class, () -> {
                store.put(Corpus.a2());
                store.commit();
            });
            assertTrue(again.getMessage().contains("No space left on device"), again.getMessage());
            assertFalse(store.contains(Corpus.a2().id()), "nothing of the failed commit is visible");
            assertEquals(1, store.articleCount(), "reads go on meanwhile");

            disk.full = false;
            store.put(Corpus.a2());
            assertEquals(2, store.commit());
            assertEquals(Optional.empty(), store.writeProblem(), "the problem clears once a commit succeeds");
            assertTrue(store.findArticle(Corpus.a2().id()).isPresent());
        }
        try (LuceneStore reopened = LuceneStore.open(dir)) {
            assertEquals(2, reopened.articleCount(), "what was committed after the recovery is durable");
        }
    }

    @Test
    void aThreadWhoseWritesAnotherFailureDiscardedCannotCommitThem() throws Exception {
        FullDisk disk = new FullDisk(dir);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (LuceneStore store = LuceneStore.open(disk)) {
            other.submit(() -> store.put(Corpus.a3())).get();
            disk.full = true;
            assertThrows(StoreWriteException.class, store::commit); // rolls back a3 too
            disk.full = false;
            ExecutionException lost = assertThrows(ExecutionException.class, () -> other.submit(store::commit).get());
            assertTrue(lost.getCause() instanceof StoreWriteException, lost.getCause().toString());
            assertTrue(lost.getCause().getMessage().contains("lost"), lost.getCause().getMessage());
            assertEquals(0, store.articleCount());

            other.submit(() -> store.put(Corpus.a3())).get();
            assertEquals(1, (long) other.submit(store::commit).get(), "a new write after the loss commits");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aWriterThatCannotBeReopenedLeavesTheStoreReadOnlyWithTheReason() throws IOException {
        FullDisk disk = new FullDisk(dir);
        try (LuceneStore store = LuceneStore.open(disk)) {
            store.put(Corpus.a1());
            store.commit();
            disk.full = true;
            assertThrows(StoreWriteException.class, () -> {
                store.put(Corpus.a2());
                store.commit();
            });
            disk.full = false;
            disk.lockRefused = true;
            StoreWriteException readOnly = assertThrows(StoreWriteException.class, () -> store.put(Corpus.a2()));
            assertTrue(readOnly.getMessage().startsWith("the store is read-only"), readOnly.getMessage());
            assertTrue(store.writeProblem().orElseThrow().contains("read-only")
                    && store.writeProblem().orElseThrow().contains("Permission denied"), store.writeProblem().get());
            assertEquals(1, store.searchArticles(org.herald.store.ArticleQuery.all(10)).total(), "reads still work");

            disk.lockRefused = false;
            store.put(Corpus.a2());
            assertEquals(2, store.commit());
        }
    }
}
