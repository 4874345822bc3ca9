package org.herald.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is happening now, as of a day.
 *
 * @param at    the day the windows end on; empty for the newest publication day in the store (an archive of 2019
 *              has its own "now")
 * @param limit how many stories, entities and dyads each list holds, 1 to {@link #MAX_LIMIT}
 */
public record TrendsQuery(Optional<LocalDate> at, int limit) {
    public static final int MAX_LIMIT = 100;

    public TrendsQuery {
        Objects.requireNonNull(at, "at");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }
}
