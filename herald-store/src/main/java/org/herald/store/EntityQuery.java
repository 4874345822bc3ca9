package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over entities, most mentioned first.
 *
 * @param text   words of a name (the last one as a prefix); empty lists every entity
 * @param type   only entities of this type, as ids spell it ({@code person}, {@code country}, …)
 * @param paging limit and offset (cursors are not taken: entities are listed in id order by
 *               {@link Store#listEntities} for that)
 */
public record EntityQuery(Optional<String> text, Optional<String> type, Paging paging) {
    public EntityQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(paging, "paging");
        if (paging.cursor().isPresent()) {
            throw new IllegalArgumentException("entity searches page by offset; Store.listEntities pages by cursor");
        }
    }
}
