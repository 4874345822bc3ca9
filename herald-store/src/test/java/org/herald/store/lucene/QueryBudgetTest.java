package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QueryTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A query past the store's time budget stops with QueryTimeoutException instead of running on. */
class QueryBudgetTest {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    @AfterEach
    void restore() {
        corpus.store.limitQueryTime(LuceneStore.DEFAULT_QUERY_BUDGET);
    }

    private static EventQuery allEvents() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DateRange.ALL, EventTraits.ANY, Paging.first(10));
    }

    @Test
    void aSpentBudgetStopsSearchesAndTheNextBudgetAppliesAtOnce() {
        corpus.store.limitQueryTime(Duration.ofNanos(1));
        QueryTimeoutException e = assertThrows(QueryTimeoutException.class,
                () -> corpus.store.searchEvents(allEvents()));
        assertEquals(Duration.ofNanos(1), e.budget());
        assertThrows(QueryTimeoutException.class, () -> corpus.store.searchArticles(ArticleQuery.all(10)));
        assertThrows(QueryTimeoutException.class, () -> corpus.store.searchArticles(new ArticleQuery(
                Optional.of("talks"), DateRange.ALL, Optional.empty(), Optional.empty(), Paging.first(10))));

        corpus.store.limitQueryTime(Duration.ofSeconds(30));
        assertEquals(7, corpus.store.searchEvents(allEvents()).total());
    }

    @Test
    void aBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> corpus.store.limitQueryTime(Duration.ZERO));
    }
}
