package org.herald.store.lucene;

import org.herald.store.contract.ArticleFixture;
import org.herald.store.contract.Corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QuoteQuery;
import org.herald.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {
    @TempDir
    Path dir;

    @Test
    void storedArticleComesBackVerbatim() throws IOException {
        StoredArticle a1 = Corpus.a1();
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            StoredArticle.Record record = store.findArticle("a1").orElseThrow();
            assertEquals(a1.analysisJson(), record.analysisJson());
            assertArrayEquals(a1.original().orElseThrow(), record.original().orElseThrow());
            assertEquals(Instant.parse("2024-07-01T12:00:00Z"), record.ingested());
            assertTrue(store.contains("a1"));
            assertFalse(store.contains("a9"));
            assertTrue(store.findArticle("a9").isEmpty());
            assertEquals(4, store.articleCount());
            assertEquals(7, store.eventCount());
        }
    }

    @Test
    void articleWithoutOriginalHasNone() throws IOException {
        StoredArticle a1 = Corpus.a1();
        StoredArticle bare = new StoredArticle("bare", a1.analysis(), "{}", Optional.empty(), a1.ingested());
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(bare);
            store.refresh();
            assertTrue(store.findArticle("bare").orElseThrow().original().isEmpty());
        }
    }

    @Test
    void puttingTheSameArticleAgainReplacesIt() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            store.put(Corpus.a1());
            store.put(Corpus.a1());
            assertEquals(4, store.commit());
            assertEquals(7, store.eventCount());
            assertEquals(3, store.searchQuotes(new QuoteQuery(Optional.empty(), Optional.empty(), DateRange.ALL,
                    Paging.first(10))).total());
            assertEquals(5, store.findEntity("person:sergei-lavrov").orElseThrow().summary().mentions());
            assertEquals(4, store.searchArticles(ArticleQuery.all(10)).total());
        }
    }

    @Test
    void writesAreInvisibleUntilRefreshOrCommit() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(Corpus.a1());
            assertFalse(store.contains("a1"));
            store.refresh();
            assertTrue(store.contains("a1"));
        }
    }

    @Test
    void committedWritesSurviveReopening() throws IOException {
        StoredCorpus.stored(dir).close();
        try (LuceneStore reopened = LuceneStore.open(dir)) {
            assertEquals(4, reopened.articleCount());
            assertEquals(7, reopened.eventCount());
            assertEquals(Corpus.a2().analysisJson(), reopened.findArticle("a2").orElseThrow().analysisJson());
            assertEquals(6, reopened.searchEvents(new EventQuery(Optional.of("RUS"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(10))).total());
        }
    }

    /**
     * close() does not commit, so closing a store with pending writes leaves the directory as a crash would:
     * the next open sees the last commit. (A kill -9 adds nothing Lucene-specific: commits are atomic renames of
     * a segments file, and the OS releases the write lock with the process.)
     */
    @Test
    void uncommittedWritesAreGoneAfterClosingWithoutCommit() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(Corpus.a1());
            store.commit();
            store.put(Corpus.a2());
            store.put(Corpus.a1()); // a pending replacement must not lose the committed copy either
            store.refresh();
            assertEquals(2, store.articleCount());
        }
        try (LuceneStore reopened = LuceneStore.open(dir)) {
            assertEquals(1, reopened.articleCount());
            assertTrue(reopened.contains("a1"));
            assertFalse(reopened.contains("a2"));
            assertEquals(2, reopened.eventCount());
        }
    }

    @Test
    void storeNeverCommittedOpensEmpty() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(Corpus.a1());
        }
        try (LuceneStore reopened = LuceneStore.open(dir)) {
            assertEquals(0, reopened.articleCount());
        }
    }

    @Test
    void aSecondStoreOnTheSameDirectoryIsRefused() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            assertThrows(IOException.class, () -> LuceneStore.open(dir));
            store.put(Corpus.a1());
            assertEquals(1, store.commit()); // the failed open left the first store working
        }
    }

    @Test
    void analysisWithASpanPastTheBodyIsRejectedBeforeWriting() throws IOException {
        Analysis good = Corpus.a1().analysis();
        Entity pastTheEnd = new Entity("e1", "Sergei Lavrov", EntityType.PERSON, Optional.empty(), Optional.empty(),
                List.of(new Mention(new Span(6, 5000), "Lavrov")));
        Analysis broken = new Analysis(good.article(), List.of(pastTheEnd), List.of(), List.of(), List.of());
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.put(
                    new StoredArticle("a1", broken, "{}", Optional.empty(), Instant.now())));
            assertTrue(e.getMessage().contains("outside the body"), e.getMessage());
            assertEquals(4, store.commit());
            assertEquals(Corpus.a1().analysisJson(), store.findArticle("a1").orElseThrow().analysisJson());
            assertEquals(5, store.findEntity("person:sergei-lavrov").orElseThrow().summary().mentions());
        }
    }

    @Test
    void speakerNamingAnUnknownEntityIsRejected() throws IOException {
        StoredArticle bad = ArticleFixture.article("bad", "\"No,\" Lopes said.").quote("No", "Lopes", "e7").build();
        try (LuceneStore store = LuceneStore.open(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.put(bad));
            assertTrue(e.getMessage().contains("unknown entity e7"), e.getMessage());
            assertEquals(0, store.commit());
        }
    }

    @Test
    void entityLimitOutsideThePagingBoundsIsRejected() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.searchEntities("x", -1));
            assertThrows(IllegalArgumentException.class, () -> store.searchEntities("x", Paging.MAX_LIMIT + 1));
            assertTrue(store.searchEntities("x", 0).isEmpty());
        }
    }

    // #11: a read-only store could not be served (it took the write lock); #13: serve and ingest at once.
    @Test
    void aReadOnlyStoreReadsWhileAnotherWritesAndSeesItsCommitsOnRefresh() throws IOException {
        StoredArticle a1 = Corpus.a1();
        try (LuceneStore writer = LuceneStore.open(dir)) {
            writer.put(a1);
            writer.commit();
            try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
                assertEquals(1, reader.articleCount());
                writer.put(new StoredArticle("later", a1.analysis(), "{}", Optional.empty(), a1.ingested()));
                writer.commit();
                assertEquals(1, reader.articleCount(), "not until it refreshes");
                reader.refresh();
                assertEquals(2, reader.articleCount());
                assertTrue(reader.contains("later"));
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> reader.put(a1));
            }
        }
    }

    @Test
    void aReadOnlyStoreNeedsAStoreToRead() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> LuceneStore.openReadOnly(dir.resolve("nothing-here")));
        assertTrue(e.getMessage().contains("no store here"), e.getMessage());
    }
}
