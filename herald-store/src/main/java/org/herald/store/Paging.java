package org.herald.store;

/** How many hits to return and how many to skip; limits are capped so one request cannot ask for the store. */
public record Paging(int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        if (limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be at most " + MAX_LIMIT + ": " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    }

    public static Paging first(int limit) {
        return new Paging(limit, 0);
    }
}
