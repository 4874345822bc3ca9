package org.herald.store.lucene;

import org.herald.store.contract.ArticleFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Place;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event's place and own (year-only) date survive the store (issue 9). */
class EventLocationTest {
    @Test
    void anEventKeepsItsPlaceWithCountryAndCoordinatesAndItsYearDate(@TempDir Path dir) throws Exception {
        // Sample text written for Herald.
        StoredArticle base = ArticleFixture.article("g1", "Israel seized the territories in 1967 near Jerusalem.")
                .published("2019-11-19").event("ISR", "", "", "", "190", "ASSAULT", -10.0, 4, "1967").build();
        Event e = base.analysis().events().get(0);
        Place jerusalem = new Place("Jerusalem", Optional.of("ISR"), Place.Kind.POPULATED_PLACE, Optional.of("06"),
                Optional.of(new Place.Point(31.769, 35.216)), Optional.of(281184));
        Event located = new Event(e.source(), e.target(), e.cameo(), e.plover(), e.ploverMode(), e.goldstein(),
                e.quadClass(), e.mode(), e.date(), Optional.of(jerusalem), e.sentence(), e.span(), e.trigger(),
                e.evidence(), e.confidence());
        Analysis a = base.analysis();
        StoredArticle stored = new StoredArticle(base.id(), new Analysis(a.article(), a.entities(), a.dates(),
                a.quotes(), List.of(located)), base.analysisJson(), base.original(), base.ingested());
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(stored);
            store.commit();
            EventPage.Hit hit = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(1))).events().get(0);
            assertEquals(Optional.of("1967"), hit.date());
            Place p = hit.location().orElseThrow();
            assertEquals("Jerusalem", p.name());
            assertEquals(Optional.of("ISR"), p.country());
            assertEquals(35.216, p.point().orElseThrow().longitude(), 1e-9);
        }
    }
}
