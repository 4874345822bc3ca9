package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.QuotePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntitySearchTest {
    private static final EntitySummary LAVROV = new EntitySummary("person:sergei-lavrov", "Sergei Lavrov", "person",
            Optional.of("RUS"), 5, 3);
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    private List<String> ids(List<EntitySummary> entities) {
        return entities.stream().map(EntitySummary::id).toList();
    }

    @Test
    void nameWordsFindTheEntityWithItsTotals() {
        assertEquals(List.of(LAVROV), corpus.store.searchEntities("lavrov", 10));
        assertEquals(List.of(LAVROV), corpus.store.searchEntities("Sergei LAVROV", 10));
        assertEquals(List.of(LAVROV), corpus.store.searchEntities("Lavr", 10)); // the last word as a prefix
        assertEquals(List.of(), corpus.store.searchEntities("serg lavrov", 10)); // only the last word
        assertEquals(List.of(), corpus.store.searchEntities("*:*", 10));
    }

    @Test
    void blankTextListsTheMostMentioned() {
        // Lavrov 5 mentions, Blinken 3, then Ukraine and Peskov 2 each (ties by id).
        assertEquals(List.of("person:sergei-lavrov", "person:antony-blinken", "country:ukraine"),
                ids(corpus.store.searchEntities(" ", 3)));
    }

    @Test
    void profileHasTitlesQuotesEventsAndCoMentions() {
        EntityProfile p = corpus.store.findEntity("person:sergei-lavrov").orElseThrow();
        assertEquals(LAVROV, p.summary());
        assertEquals(List.of("Foreign Minister", "Russian Foreign Minister"), p.titles());
        assertEquals(List.of("We will talk again"), p.quotes().stream().map(QuotePage.Hit::text).toList());
        // Newest first; a4's event has no day, so it comes last.
        assertEquals(List.of("040", "111", "010"), p.events().stream().map(EventPage.Hit::cameo).toList());
        List<String> coMentioned = p.coMentions().stream().map(c -> c.entity().id() + " " + c.articles()).toList();
        assertEquals(List.of("person:antony-blinken 2", "country:ukraine 1", "organization:nato 1",
                "person:dmitry-peskov 1"), coMentioned);
        EntitySummary blinken = p.coMentions().get(0).entity();
        assertEquals(new EntitySummary("person:antony-blinken", "Antony Blinken", "person", Optional.of("USA"), 3, 3),
                blinken);
    }

    @Test
    void profileOfAnEntityThatIsATargetListsThatEvent() {
        EntityProfile blinken = corpus.store.findEntity("person:antony-blinken").orElseThrow();
        assertEquals(List.of("040"), blinken.events().stream().map(EventPage.Hit::cameo).toList());
        assertEquals(List.of("Secretary of State"), blinken.titles());
    }

    @Test
    void entityWithoutCountryHasNone() {
        EntityProfile nato = corpus.store.findEntity("organization:nato").orElseThrow();
        assertEquals(Optional.empty(), nato.summary().country());
        assertTrue(nato.titles().isEmpty());
    }

    @Test
    void unknownEntityIsEmpty() {
        assertTrue(corpus.store.findEntity("person:nobody").isEmpty());
        assertTrue(corpus.store.findEntity("not even a key").isEmpty());
    }
}
