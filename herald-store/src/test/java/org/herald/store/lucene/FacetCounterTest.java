package org.herald.store.lucene;

import org.herald.store.contract.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets, entity totals and timelines count over global ordinals; these tests check that a store whose articles
 * lie in several segments (one commit per article, and a re-put article leaving a deleted copy behind) answers
 * exactly as a store written in one segment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCounterTest {
    LuceneStore oneSegment;
    LuceneStore segments;
    Path segmentsDir;

    @BeforeAll
    void stores(@TempDir Path one, @TempDir Path many) throws IOException {
        oneSegment = StoredCorpus.stored(one);
        segmentsDir = many;
        segments = LuceneStore.open(many, NoMergePolicy.INSTANCE);
        // Each commit flushes its own segment, and nothing merges them: {a1, a2}, {a3}, {a4}, {a1 again}.
        segments.put(Corpus.a1());
        segments.put(Corpus.a2());
        segments.commit();
        segments.put(Corpus.a3());
        segments.commit();
        segments.put(Corpus.a4());
        segments.commit();
        segments.put(Corpus.a1()); // the first a1 stays behind as deleted documents beside a2
        segments.commit();
    }

    @AfterAll
    void close() throws IOException {
        oneSegment.close();
        segments.close();
    }

    @Test
    void theStoreReallyHasSeveralSegments() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(segmentsDir))) {
            assertTrue(reader.leaves().size() >= 4, "segments: " + reader.leaves().size());
            assertTrue(reader.numDeletedDocs() > 0);
        }
    }

    @Test
    void facetsAreTheSameInOneSegmentAndInMany() {
        for (Optional<String> text : List.of(Optional.<String>empty(), Optional.of("geneva"), Optional.of("lavrov"))) {
            ArticleQuery q = new ArticleQuery(text, DateRange.ALL, Optional.empty(), Optional.empty(),
                    Paging.first(10));
            ArticlePage expected = oneSegment.searchArticles(q);
            ArticlePage actual = segments.searchArticles(q);
            assertEquals(expected.total(), actual.total());
            assertEquals(expected.facets(), actual.facets());
        }
        ArticlePage all = segments.searchArticles(new ArticleQuery(Optional.empty(), DateRange.ALL, Optional.empty(),
                Optional.empty(), Paging.first(10)));
        assertEquals(4, all.total()); // the deleted copy of a1 is not counted
        assertEquals(new ArticlePage.Count("news.example.org", "news.example.org", 3), all.facets().sites().get(0));
    }

    @Test
    void entityTotalsAndProfilesAreTheSameInOneSegmentAndInMany() {
        assertEquals(oneSegment.searchEntities("", 10), segments.searchEntities("", 10));
        assertEquals(oneSegment.searchEntities("lav", 10), segments.searchEntities("lav", 10));
        for (String id : List.of("person:sergei-lavrov", "person:antony-blinken", "organization:nato")) {
            assertEquals(oneSegment.findEntity(id), segments.findEntity(id));
        }
    }

    /** Buckets as text: a bucket's quad counts are an array, which a record compares by identity. */
    private static List<String> lines(List<TimelineBucket> buckets) {
        return buckets.stream().map(b -> b.date() + " " + b.events() + " " + b.goldsteinSum() + " "
                + Arrays.toString(b.quad())).toList();
    }

    @Test
    void timelinesAreTheSameInOneSegmentAndInMany() {
        for (TimelineQuery.Interval interval : TimelineQuery.Interval.values()) {
            TimelineQuery q = new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty(), EventTraits.ANY,
                    interval, DateRange.ALL);
            assertEquals(lines(oneSegment.timeline(q)), lines(segments.timeline(q)));
        }
    }
}
