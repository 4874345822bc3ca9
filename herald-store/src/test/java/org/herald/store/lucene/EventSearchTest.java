package org.herald.store.lucene;

import org.herald.store.contract.Corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventSearchTest {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    /** Cameo codes of the matching events, newest first. */
    private List<String> cameos(String source, String target, String cameo, String plover, String entity,
                                DateRange dates) {
        EventPage page = corpus.store.searchEvents(new EventQuery(Optional.ofNullable(source), Optional.ofNullable(target),
                Optional.ofNullable(cameo), Optional.ofNullable(plover), Optional.ofNullable(entity), dates,
                EventTraits.ANY, Paging.first(100)));
        assertEquals(page.events().size(), page.total());
        return page.events().stream().map(EventPage.Hit::cameo).toList();
    }

    @Test
    void allEventsNewestDayFirstUndatedLast() {
        assertEquals(List.of("046", "042", "130", "040", "111", "190", "010"),
                cameos(null, null, null, null, null, DateRange.ALL));
    }

    @Test
    void actorCodesMatchByPrefix() {
        assertEquals(List.of("046", "130", "040", "111", "190", "010"), cameos("RUS", null, null, null, null,
                DateRange.ALL));
        assertEquals(List.of("130", "040", "111", "010"), cameos("rusgov", null, null, null, null, DateRange.ALL));
        assertEquals(List.of("190"), cameos("RUSMIL", null, null, null, null, DateRange.ALL));
        assertEquals(List.of("046", "130", "190"), cameos(null, "UKR", null, null, null, DateRange.ALL));
        assertEquals(List.of("190"), cameos("RUS", "UKRMIL", null, null, null, DateRange.ALL));
        assertEquals(List.of(), cameos("RUSGOVX", null, null, null, null, DateRange.ALL));
    }

    @Test
    void cameoMatchesByPrefixAndPloverWhole() {
        assertEquals(List.of("046", "042", "040"), cameos(null, null, "04", null, null, DateRange.ALL));
        assertEquals(List.of("042"), cameos(null, null, "042", null, null, DateRange.ALL));
        assertEquals(List.of("046", "042", "040"), cameos(null, null, null, "consult", null, DateRange.ALL));
        assertEquals(List.of(), cameos(null, null, null, "CONS", null, DateRange.ALL));
        assertEquals(List.of("046", "042", "130", "040", "111", "190", "010"),
                cameos(" ", "", null, null, null, DateRange.ALL)); // blank values filter nothing
    }

    @Test
    void entityAsSourceOrTargetAndDates() {
        assertEquals(List.of("040", "111", "010"), cameos(null, null, null, null, "person:sergei-lavrov",
                DateRange.ALL));
        assertEquals(List.of("046", "042", "130"), cameos(null, null, null, null, "country:ukraine", DateRange.ALL));
        DateRange may = new DateRange(Optional.of(LocalDate.parse("2024-05-01")),
                Optional.of(LocalDate.parse("2024-05-31")));
        assertEquals(List.of("130", "040", "111"), cameos(null, null, null, null, null, may));
    }

    @Test
    void hitCarriesActorsProvenanceAndTheResolvedDay() {
        EventPage page = corpus.store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.of("111"),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(1)));
        EventPage.Hit hit = page.events().get(0);
        assertEquals(new EventPage.Hit("a1", Optional.of("Lavrov meets Blinken in Geneva"),
                new EventPage.Actor("RUSGOV words", "RUSGOV", Optional.of("person:sergei-lavrov")),
                Optional.of(new EventPage.Actor("IGOWSTNAT words", "IGOWSTNAT", Optional.of("organization:nato"))),
                "111", "ACCUSE", -2.0, 3, "ASSERTED", Optional.of("2024-05-06"), Optional.empty(),
                Corpus.a1().analysis().article().body(), "met", "rule-111", OptionalDouble.of(0.9),
                Optional.of(corpus.store.findArticleStory("a1").orElseThrow().storyId()), true,
                Optional.of(new EventPage.Counts(1, 1, 1)), 1), hit);
        EventPage.Hit undated = corpus.store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(),
                Optional.of("010"), Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(1))).events().get(0);
        assertEquals(Optional.empty(), undated.date());
        assertEquals(Optional.empty(), undated.target());
    }

    @Test
    void paging() {
        EventPage page = corpus.store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, new Paging(2, 2)));
        assertEquals(7, page.total());
        assertEquals(List.of("130", "040"), page.events().stream().map(EventPage.Hit::cameo).toList());
    }
}
