package org.herald.store;

import java.time.Duration;

/**
 * A query that ran past the store's time budget and was stopped: the store was too busy, or the query too costly,
 * to answer in time. Nothing is wrong with the store; the same query may succeed when it is less loaded.
 */
public final class QueryTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Duration budget;

    public QueryTimeoutException(Duration budget) {
        super("the query ran past its time budget of " + budget.toMillis() + " ms and was stopped", null, false, false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }
}
