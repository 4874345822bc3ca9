package org.herald.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.store.EntityPage;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.QuotePage;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;

/**
 * Entity search, listing and profiles every {@link Store} serves over the {@link Corpus}: the Lucene store
 * (EntitySearchTest) and the OpenSearch store run it.
 */
public abstract class EntityContract {
    private static final EntitySummary LAVROV = new EntitySummary("person:sergei-lavrov", "Sergei Lavrov", "person",
            Optional.of("RUS"), 5, 3);

    /** The store holding {@link Corpus#all()}, committed. */
    protected abstract Store store();

    private List<String> ids(List<EntitySummary> entities) {
        return entities.stream().map(EntitySummary::id).toList();
    }

    @Test
    public void nameWordsFindTheEntityWithItsTotals() {
        assertEquals(List.of(LAVROV), store().searchEntities("lavrov", 10));
        assertEquals(List.of(LAVROV), store().searchEntities("Sergei LAVROV", 10));
        assertEquals(List.of(LAVROV), store().searchEntities("Lavr", 10)); // the last word as a prefix
        assertEquals(List.of(), store().searchEntities("serg lavrov", 10)); // only the last word
        assertEquals(List.of(), store().searchEntities("*:*", 10));
    }

    @Test
    public void blankTextListsTheMostMentioned() {
        // Lavrov 5 mentions, Blinken 3, then Ukraine and Peskov 2 each (ties by id).
        assertEquals(List.of("person:sergei-lavrov", "person:antony-blinken", "country:ukraine"),
                ids(store().searchEntities(" ", 3)));
    }

    @Test
    public void profileHasTitlesQuotesEventsAndCoMentions() {
        EntityProfile p = store().findEntity("person:sergei-lavrov").orElseThrow();
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
    public void profileOfAnEntityThatIsATargetListsThatEvent() {
        EntityProfile blinken = store().findEntity("person:antony-blinken").orElseThrow();
        assertEquals(List.of("040"), blinken.events().stream().map(EventPage.Hit::cameo).toList());
        assertEquals(List.of("Secretary of State"), blinken.titles());
    }

    @Test
    public void entityWithoutCountryHasNone() {
        EntityProfile nato = store().findEntity("organization:nato").orElseThrow();
        assertEquals(Optional.empty(), nato.summary().country());
        assertTrue(nato.titles().isEmpty());
    }

    @Test
    public void unknownEntityIsEmpty() {
        assertTrue(store().findEntity("person:nobody").isEmpty());
        assertTrue(store().findEntity("not even a key").isEmpty());
    }

    private List<String> paged(Optional<String> type, int limit) {
        List<String> out = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            EntityPage page = store().listEntities(type, after, limit);
            out.addAll(ids(page.entities()));
            after = page.next();
        } while (after.isPresent());
        return out;
    }

    @Test
    public void pagesOfTwoGiveEveryEntityOnceInIdOrderWithTheCountsOfTheSearch() {
        List<EntitySummary> all = store().listEntities(Optional.empty(), Optional.empty(), 1000).entities();
        List<String> sorted = new ArrayList<>(ids(store().searchEntities("", 1000)));
        sorted.sort(null);
        assertEquals(sorted, ids(all));
        assertTrue(all.size() > 4, "several pages of two: " + all.size());
        assertEquals(ids(all), paged(Optional.empty(), 2));
        for (EntitySummary e : all) assertEquals(store().findEntity(e.id()).orElseThrow().summary(), e);
    }

    @Test
    public void aTypeListsOnlyItsEntitiesAndAnUnknownTypeIsRefused() {
        List<String> people = paged(Optional.of("person"), 1);
        assertTrue(!people.isEmpty() && people.stream().allMatch(id -> id.startsWith("person:")), people.toString());
        assertEquals(ids(store().listEntities(Optional.empty(), Optional.empty(), 1000).entities()).stream()
                .filter(id -> id.startsWith("person:")).toList(), people);
        assertThrows(IllegalArgumentException.class, () -> store().listEntities(Optional.of("people"),
                Optional.empty(), 10));
    }
}
