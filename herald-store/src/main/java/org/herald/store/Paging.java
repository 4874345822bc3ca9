package org.herald.store;

/**
 * How many hits to return and how many to skip. Limits are capped so one request cannot ask for the store, and so is
 * how deep a page may start: a page costs offset + limit hits collected and sorted, so a deep offset is as costly as
 * a huge limit (OpenSearch's {@code index.max_result_window} has the same default, 10,000, for the same reason).
 */
public record Paging(int limit, int offset) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WINDOW = 10_000;

    public Paging {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        if (limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be at most " + MAX_LIMIT + ": " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW
                    + " (the result window): " + offset + " + " + limit + "; narrow the query (a date range, a source"
                    + " or a type) to read further");
        }
    }

    public static Paging first(int limit) {
        return new Paging(limit, 0);
    }
}
