package org.herald.store.lucene;

import org.herald.store.contract.ArticleFixture;

import static org.herald.model.analysis.EventMode.ASSERTED;
import static org.herald.model.analysis.EventMode.HYPOTHETICAL;
import static org.herald.model.analysis.EventMode.NEGATED;
import static org.herald.model.analysis.EventMode.REPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.herald.model.analysis.EventMode;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.TimelineBucket;
import org.herald.store.TimelineQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Events filtered by mode, CAMEO prefix, quad class and confidence, in searches and timelines (issue 9). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTraitsTest {
    LuceneStore store;

    /**
     * One sample article written for these tests: an asserted consultation (0.8), a hypothetical and a negated
     * attack (0.6, 0.3), a reported accusation (0.5) and an asserted fight (0.95), all in June 2024.
     */
    @BeforeAll
    void store(@TempDir Path dir) throws Exception {
        store = LuceneStore.open(dir);
        store.put(ArticleFixture.article("m1", "Russia could invade Ukraine; Moscow denies any plan to invade.")
                .published("2024-06-03")
                .event("RUSGOV", "", "UKRGOV", "", "036", "CONSULT", 4.0, 1, "", ASSERTED, 0.8)
                .event("RUS", "", "UKR", "", "190", "ASSAULT", -10.0, 4, "", HYPOTHETICAL, 0.6)
                .event("RUS", "", "UKR", "", "190", "ASSAULT", -10.0, 4, "", NEGATED, 0.3)
                .event("UKRGOV", "", "RUSGOV", "", "112", "ACCUSE", -2.0, 3, "", REPORTED, 0.5)
                .event("RUSMIL", "", "UKRMIL", "", "193", "ASSAULT", -10.0, 4, "", ASSERTED, 0.95)
                .build());
        store.commit();
    }

    @AfterAll
    void close() throws Exception {
        store.close();
    }

    private List<String> events(Optional<String> cameo, EventTraits traits) {
        EventPage page = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), cameo,
                Optional.empty(), Optional.empty(), DateRange.ALL, traits, Paging.first(20)));
        assertEquals(page.events().size(), page.total());
        return page.events().stream().map(h -> h.cameo() + " " + h.mode().toLowerCase()).toList();
    }

    private static EventTraits modes(EventMode first, EventMode... rest) {
        return new EventTraits(EnumSet.of(first, rest), Optional.empty(), 0);
    }

    private long timelineEvents(Optional<String> cameo, EventTraits traits) {
        List<TimelineBucket> buckets = store.timeline(new TimelineQuery(Optional.of("RUS"), Optional.empty(), cameo,
                traits, TimelineQuery.Interval.MONTH, DateRange.ALL));
        return buckets.stream().mapToLong(TimelineBucket::events).sum();
    }

    @Test
    void modesFilterAndAnyModeAddsNoFilter() {
        assertEquals(5, events(Optional.empty(), EventTraits.ANY).size());
        assertEquals(List.of("036 asserted", "193 asserted"), events(Optional.empty(), EventTraits.ASSERTED));
        assertEquals(List.of("190 hypothetical", "190 negated"),
                events(Optional.of("19"), modes(HYPOTHETICAL, NEGATED)));
        assertEquals(List.of("112 reported"), events(Optional.empty(), modes(REPORTED)));
    }

    @Test
    void quadClassAndMinimumConfidenceFilter() {
        assertEquals(List.of("190 hypothetical", "190 negated", "193 asserted"),
                events(Optional.empty(), new EventTraits(EventTraits.ANY.modes(), Optional.of(4), 0)));
        assertEquals(List.of("036 asserted", "190 hypothetical", "193 asserted"),
                events(Optional.empty(), new EventTraits(EventTraits.ANY.modes(), Optional.empty(), 0.6)));
        assertEquals(List.of("193 asserted"),
                events(Optional.of("1"), new EventTraits(Set.of(ASSERTED), Optional.of(4), 0.9)));
    }

    @Test
    void hitsCarryTheirConfidence() {
        EventPage.Hit hit = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.of("112"),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(1))).events().get(0);
        assertEquals(0.5, hit.confidence().orElseThrow(), 1e-9);
    }

    @Test
    void timelinesTakeTheSameFiltersAndACameoPrefix() {
        assertEquals(4, timelineEvents(Optional.empty(), EventTraits.ANY));       // RUS… as source: four events
        assertEquals(2, timelineEvents(Optional.empty(), EventTraits.ASSERTED));
        assertEquals(1, timelineEvents(Optional.of("19"), EventTraits.ASSERTED)); // the fight, not the threats
        assertEquals(2, timelineEvents(Optional.of("19"), modes(HYPOTHETICAL, NEGATED)));
        assertEquals(1, timelineEvents(Optional.empty(),
                new EventTraits(EventTraits.ANY.modes(), Optional.of(1), 0)));
    }

    @Test
    void badTraitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EventTraits(Set.of(), Optional.empty(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EventTraits(Set.of(ASSERTED), Optional.of(5), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EventTraits(Set.of(ASSERTED), Optional.empty(), 1.2));
    }

    @Test
    void aStoreWrittenBeforeModesWereIndexedStillTakesNewArticles(@TempDir Path old) throws Exception {
        // The event fields as stores wrote them before issue 9: mode stored only, quad without points.
        try (FSDirectory directory = FSDirectory.open(old);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document event = new Document();
            event.add(new StringField(Fields.KIND, Fields.EVENT, Field.Store.NO));
            event.add(new StoredField(Fields.MODE, "ASSERTED"));
            event.add(new NumericDocValuesField(Fields.QUAD, 1));
            event.add(new StoredField(Fields.QUAD, 1));
            writer.addDocument(event);
            writer.commit();
        }
        try (LuceneStore reopened = LuceneStore.open(old)) {
            reopened.put(ArticleFixture.article("n1", "Russia could invade Ukraine.").published("2024-06-03")
                    .event("RUS", "", "UKR", "", "190", "ASSAULT", -10.0, 4, "", HYPOTHETICAL, 0.6).build());
            reopened.commit();
            EventPage page = reopened.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), DateRange.ALL, modes(HYPOTHETICAL), Paging.first(5)));
            assertEquals(1, page.total());
        }
    }
}
