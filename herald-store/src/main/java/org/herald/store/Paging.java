package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * How many hits to return and where the page starts: after {@code offset} hits, or after the hit a {@code cursor}
 * names. Limits are capped so one request cannot ask for the store, and so is how deep an offset may go: a page
 * costs offset + limit hits collected and sorted, so a deep offset is as costly as a huge limit (OpenSearch's
 * {@code index.max_result_window} has the same default, 10,000, for the same reason). A cursor (the
 * {@code next} of the page before, as OpenSearch's {@code search_after}) costs only limit hits however deep it goes,
 * so reading past the window is done with cursors.
 */
public record Paging(int limit, int offset, Optional<String> cursor) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WINDOW = 10_000;

    public Paging {
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        if (limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be at most " + MAX_LIMIT + ": " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if (cursor.isPresent() && offset > 0) {
            throw new InvalidCursorException("cursor and offset cannot be combined: a cursor says where the page"
                    + " starts");
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW
                    + " (the result window): " + offset + " + " + limit + "; narrow the query (a date range, a source"
                    + " or a type) or follow the pages' cursor to read further");
        }
    }

    public Paging(int limit, int offset) {
        this(limit, offset, Optional.empty());
    }

    public static Paging first(int limit) {
        return new Paging(limit, 0);
    }

    /** The page of {@code limit} hits after the last hit of the page whose {@code next} cursor this is. */
    public static Paging after(String cursor, int limit) {
        return new Paging(limit, 0, Optional.of(cursor));
    }
}
