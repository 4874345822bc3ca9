package org.herald.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.InvalidCursorException;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;

/**
 * Article, event and quote pages every {@link Store} serves by cursor (the API's deep paging, #14): a page's
 * {@code next} continues after its last hit, so reading page by page gives the offset order, every hit once; the
 * last page has none; an offset page has one too; a cursor of another search, or a damaged one, is refused. The
 * Lucene store (SortCursorTest) and the OpenSearch store run it over the {@link Corpus}.
 */
public abstract class CursorContract {
    /** The store holding {@link Corpus#all()}, committed. */
    protected abstract Store store();

    private EventPage events(Paging paging) {
        return store().searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, paging));
    }

    private QuotePage quotes(Paging paging) {
        return store().searchQuotes(new QuoteQuery(Optional.empty(), Optional.empty(), DateRange.ALL, paging));
    }

    private static String key(EventPage.Hit e) {
        return e.articleId() + "/" + e.position();
    }

    private static String key(QuotePage.Hit q) {
        return q.articleId() + " " + q.text();
    }

    /** Every hit, page by page of {@code size}, following the cursors; checks each page's total. */
    private static <P, H> List<String> read(Function<Paging, P> search, Function<P, List<H>> hits,
                                            Function<P, Optional<String>> next, Function<P, Long> total,
                                            Function<H, String> key, int size) {
        List<String> read = new ArrayList<>();
        P page = search.apply(Paging.first(size));
        long all = total.apply(page);
        while (true) {
            assertEquals(all, total.apply(page), "every page tells the whole total");
            hits.apply(page).forEach(h -> read.add(key.apply(h)));
            if (next.apply(page).isEmpty()) return read;
            page = search.apply(Paging.after(next.apply(page).get(), size));
        }
    }

    @Test
    public void eventCursorsReadEveryEventOnceInOffsetOrder() {
        List<String> byOffset = events(Paging.first(100)).events().stream().map(CursorContract::key).toList();
        assertEquals(7, byOffset.size());
        for (int size : List.of(1, 2, 3, 7)) {
            assertEquals(byOffset, read(this::events, EventPage::events, EventPage::next, EventPage::total,
                    CursorContract::key, size), "pages of " + size);
        }
        assertEquals(Optional.empty(), events(Paging.first(7)).next(), "a page holding the last hit is the last");
        assertEquals(Optional.empty(), events(Paging.first(0)).next());
    }

    @Test
    public void quoteCursorsReadEveryQuoteOnceInOffsetOrder() {
        List<String> byOffset = quotes(Paging.first(100)).quotes().stream().map(CursorContract::key).toList();
        assertEquals(3, byOffset.size());
        for (int size : List.of(1, 2, 3)) {
            assertEquals(byOffset, read(this::quotes, QuotePage::quotes, QuotePage::next, QuotePage::total,
                    CursorContract::key, size), "pages of " + size);
        }
        QuotePage first = quotes(Paging.first(2));
        QuotePage rest = quotes(Paging.after(first.next().orElseThrow(), 10));
        assertEquals(1, rest.quotes().size());
        assertEquals(Optional.empty(), rest.next());
    }

    @Test
    public void articleCursorsWithAndWithoutWordsReadEveryArticleOnceInOffsetOrder() {
        for (Optional<String> words : List.of(Optional.<String>empty(), Optional.of("talks"))) {
            Function<Paging, ArticlePage> search = p -> store().searchArticles(new ArticleQuery(words, DateRange.ALL,
                    Optional.empty(), Optional.empty(), p));
            List<String> byOffset = search.apply(Paging.first(100)).articles().stream().map(ArticlePage.Hit::id)
                    .toList();
            assertEquals(words.isEmpty() ? 4 : 2, byOffset.size(), words.toString());
            for (int size : List.of(1, 3)) {
                assertEquals(byOffset, read(search, ArticlePage::articles, ArticlePage::next, ArticlePage::total,
                        ArticlePage.Hit::id, size), words + ", pages of " + size);
            }
        }
    }

    @Test
    public void anOffsetPageGivesTheCursorOfTheNext() {
        EventPage second = events(new Paging(2, 2));
        EventPage third = events(Paging.after(second.next().orElseThrow(), 2));
        assertEquals(events(new Paging(2, 4)).events().stream().map(CursorContract::key).toList(),
                third.events().stream().map(CursorContract::key).toList());
    }

    @Test
    public void aCursorOfAnotherSearchOrDamagedIsRefused() {
        String events = events(Paging.first(2)).next().orElseThrow();
        String quotes = quotes(Paging.first(1)).next().orElseThrow();
        assertThrows(InvalidCursorException.class, () -> quotes(Paging.after(events, 5)));
        assertThrows(InvalidCursorException.class, () -> events(Paging.after(quotes, 5)));
        String articles = store().searchArticles(ArticleQuery.all(1)).next().orElseThrow();
        assertThrows(InvalidCursorException.class, () -> store().searchArticles(new ArticleQuery(Optional.of("talks"),
                DateRange.ALL, Optional.empty(), Optional.empty(), Paging.after(articles, 5))));
        for (String bad : List.of("", "not a cursor", "AAAA", events.substring(0, events.length() - 2),
                events + "AA", "%%%")) {
            assertThrows(InvalidCursorException.class, () -> events(Paging.after(bad, 5)), bad);
        }
    }
}
