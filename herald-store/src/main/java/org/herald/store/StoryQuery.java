package org.herald.store;

import java.util.Objects;

/**
 * A page of stories, newest or biggest first. Offsets only: a story list is counted afresh on every request, so a
 * cursor would say no more than an offset does.
 *
 * @param sort   {@link Sort#RECENT}: newest last article first; {@link Sort#SIZE}: most articles first
 * @param paging limit and offset; a cursor is refused
 */
public record StoryQuery(Sort sort, Paging paging) {
    public enum Sort { RECENT, SIZE }

    public StoryQuery {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(paging, "paging");
        if (paging.cursor().isPresent()) throw new IllegalArgumentException("stories are paged by offset, not cursor");
    }
}
