package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of {@link Store#listEntities}: entities in id order and the cursor of the next page (the last id
 * listed), empty on the last page.
 */
public record EntityPage(List<EntitySummary> entities, Optional<String> next) {
    public EntityPage {
        entities = List.copyOf(entities);
        Objects.requireNonNull(next, "next");
    }
}
