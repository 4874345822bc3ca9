package org.herald.store.lucene;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.store.EntityPage;
import org.herald.store.EntitySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LuceneStore#listEntities} (#12): every entity once, in id order, page after page. */
class EntityListingTest {
    @TempDir
    Path dir;

    private static List<String> ids(List<EntitySummary> entities) {
        return entities.stream().map(EntitySummary::id).toList();
    }

    private static List<String> paged(LuceneStore store, Optional<String> type, int limit) {
        List<String> out = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            EntityPage page = store.listEntities(type, after, limit);
            out.addAll(ids(page.entities()));
            after = page.next();
        } while (after.isPresent());
        return out;
    }

    @Test
    void pagesOfTwoGiveEveryEntityOnceInIdOrderWithTheCountsOfTheSearch() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            List<EntitySummary> all = store.listEntities(Optional.empty(), Optional.empty(), 1000).entities();
            List<String> sorted = new ArrayList<>(ids(store.searchEntities("", 1000)));
            sorted.sort(null);
            assertEquals(sorted, ids(all));
            assertTrue(all.size() > 4, "several pages of two: " + all.size());
            assertEquals(ids(all), paged(store, Optional.empty(), 2));
            for (EntitySummary e : all) assertEquals(store.findEntity(e.id()).orElseThrow().summary(), e);
        }
    }

    @Test
    void aTypeListsOnlyItsEntitiesAndAnUnknownTypeIsRefused() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            List<String> people = paged(store, Optional.of("person"), 1);
            assertTrue(!people.isEmpty() && people.stream().allMatch(id -> id.startsWith("person:")),
                    people.toString());
            assertEquals(ids(store.listEntities(Optional.empty(), Optional.empty(), 1000).entities()).stream()
                    .filter(id -> id.startsWith("person:")).toList(), people);
            assertThrows(IllegalArgumentException.class,
                    () -> store.listEntities(Optional.of("people"), Optional.empty(), 10));
        }
    }

    @Test
    void aDeletedArticlesOnlyEntitiesAreNotListed() throws IOException {
        try (LuceneStore store = StoredCorpus.stored(dir)) {
            List<String> before = paged(store, Optional.empty(), 1000);
            store.delete("a1");
            store.commit();
            List<String> after = paged(store, Optional.empty(), 3);
            List<String> expected = new ArrayList<>(ids(store.searchEntities("", 1000)));
            expected.sort(null);
            assertEquals(expected, after);
            assertTrue(after.size() <= before.size());
        }
    }
}
