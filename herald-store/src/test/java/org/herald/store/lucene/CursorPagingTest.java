package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.herald.model.json.AnalysisJson;
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
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cursor paging reads every hit once, in the offset order, and past the 10,000-hit result window. */
class CursorPagingTest {
    private static final int ARTICLES = 2_600;
    @TempDir
    static Path dir;
    static LuceneStore store;

    @BeforeAll
    static void fill() throws IOException {
        store = LuceneStore.open(dir);
        SyntheticArticles synthetic = new SyntheticArticles(3, 5, LocalDate.of(2024, 1, 1), 60);
        AnalysisJson json = new AnalysisJson();
        for (long n = 0; n < ARTICLES; n++) {
            store.put(synthetic.stored(n, json));
            if (n == ARTICLES / 2) store.commit(); // two segments at least, so hits come from several leaves
        }
        store.commit();
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
    }

    private static EventPage events(Paging paging) {
        return store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, paging));
    }

    private static String key(EventPage.Hit e) {
        return e.articleId() + " " + e.sentence() + " " + e.trigger() + " " + e.cameo() + " " + e.source().name();
    }

    @Test
    void eventCursorsReadEveryEventOncePastTheWindow() {
        long total = events(Paging.first(0)).total();
        assertTrue(total > Paging.MAX_WINDOW + 1000, "the corpus must outgrow the window: " + total);
        List<String> read = new ArrayList<>();
        EventPage page = events(Paging.first(Paging.MAX_LIMIT));
        while (true) {
            assertEquals(total, page.total(), "every page tells the whole total");
            page.events().forEach(e -> read.add(key(e)));
            if (page.next().isEmpty()) break;
            page = events(Paging.after(page.next().get(), Paging.MAX_LIMIT));
        }
        assertEquals(total, read.size());
        // Event keys may repeat (the same sentence can code twice); positions may not: compare with offsets.
        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; offset < Paging.MAX_WINDOW; offset += Paging.MAX_LIMIT) {
            events(new Paging(Paging.MAX_LIMIT, offset)).events().forEach(e -> byOffset.add(key(e)));
        }
        assertEquals(byOffset, read.subList(0, Paging.MAX_WINDOW));
    }

    @Test
    void anOffsetPageGivesTheCursorOfTheNext() {
        EventPage third = events(new Paging(50, 100));
        EventPage fourth = events(Paging.after(third.next().orElseThrow(), 50));
        assertEquals(events(new Paging(50, 150)).events().stream().map(CursorPagingTest::key).toList(),
                fourth.events().stream().map(CursorPagingTest::key).toList());
    }

    @Test
    void articleCursorsWithAndWithoutWordsMatchOffsets() {
        for (Optional<String> words : List.of(Optional.<String>empty(), Optional.of("talks"))) {
            Function<Paging, ArticlePage> search = p -> store.searchArticles(new ArticleQuery(words, DateRange.ALL,
                    Optional.empty(), Optional.empty(), p));
            List<String> read = new ArrayList<>();
            ArticlePage page = search.apply(Paging.first(97));
            while (true) {
                page.articles().forEach(a -> read.add(a.id()));
                if (page.next().isEmpty()) break;
                page = search.apply(Paging.after(page.next().get(), 97));
            }
            assertEquals(page.total(), read.size(), words.toString());
            assertEquals(read.size(), new HashSet<>(read).size(), "no article twice");
            List<String> byOffset = new ArrayList<>();
            for (int offset = 0; offset < read.size(); offset += 500) {
                search.apply(new Paging(500, offset)).articles().forEach(a -> byOffset.add(a.id()));
            }
            assertEquals(byOffset, read, words.toString());
        }
    }

    @Test
    void theLastPageHasNoCursorAndQuotesPageToo() {
        LocalDate day = LocalDate.of(2024, 1, 10);
        Function<Paging, QuotePage> quotes = p -> store.searchQuotes(new QuoteQuery(Optional.empty(), Optional.empty(),
                new DateRange(Optional.of(day), Optional.of(day)), p));
        long total = quotes.apply(Paging.first(0)).total();
        assertTrue(total > 10 && total < Paging.MAX_LIMIT, "quotes: " + total);
        QuotePage first = quotes.apply(Paging.first((int) total - 3));
        QuotePage rest = quotes.apply(Paging.after(first.next().orElseThrow(), 10));
        assertEquals(3, rest.quotes().size());
        assertEquals(Optional.empty(), rest.next());
        assertEquals(Optional.empty(), quotes.apply(Paging.first((int) total)).next());
        assertEquals(Optional.empty(), quotes.apply(Paging.first(0)).next());
    }

    @Test
    void aCursorOfAnotherSearchOrDamagedIsRefused() {
        String events = events(Paging.first(5)).next().orElseThrow();
        String articles = store.searchArticles(ArticleQuery.all(5)).next().orElseThrow();
        assertThrows(InvalidCursorException.class, () -> store.searchQuotes(new QuoteQuery(Optional.empty(),
                Optional.empty(), DateRange.ALL, Paging.after(events, 5))));
        assertThrows(InvalidCursorException.class, () -> store.searchArticles(new ArticleQuery(Optional.of("talks"),
                DateRange.ALL, Optional.empty(), Optional.empty(), Paging.after(articles, 5))));
        for (String bad : List.of("", "not a cursor", "AAAA", events.substring(0, events.length() - 2),
                events + "AA", "%%%")) {
            assertThrows(InvalidCursorException.class, () -> events(Paging.after(bad, 5)), bad);
        }
        assertThrows(InvalidCursorException.class, () -> new Paging(5, 10, Optional.of(events)));
    }
}
