package org.herald.store.lucene;


import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * {@link LuceneStore#listEntities} (#12) after a delete; the listing itself is in the store contract
 * ({@link org.herald.store.contract.EntityContract}).
 */
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
