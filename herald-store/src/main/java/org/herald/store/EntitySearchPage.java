package org.herald.store;

import java.util.List;

/** One page of {@link Store#searchEntities(EntityQuery)}: how many entities match in all, and this page of them. */
public record EntitySearchPage(long total, List<EntitySummary> entities) {
    public EntitySearchPage {
        entities = List.copyOf(entities);
    }
}
