package org.herald.store.export;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.EntityPage;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;

/**
 * Every hit of a search, read page by page with the pages' cursors, so an export of any size holds one page in
 * memory and each page costs the same however deep it is. Each page is a query of its own, with the store's time
 * budget; between pages the store may take commits, and a cursor (sort values, not a document number) continues
 * after the last hit written, so nothing is written twice.
 */
public final class StorePages {
    /** Hits per page: the store's largest page. */
    public static final int PAGE_SIZE = Paging.MAX_LIMIT;

    private StorePages() {}

    /** One page of hits and the cursor of the next, whatever the search. */
    public record Page<H>(List<H> hits, Optional<String> next) {
        public Page {
            hits = List.copyOf(hits);
            Objects.requireNonNull(next, "next");
        }
    }

    /** Takes hits one at a time; may fail on output (a client that went away). */
    @FunctionalInterface
    public interface Sink<H> {
        void accept(H hit) throws IOException;
    }

    /** The query's events, a page at a time; its own paging is ignored. */
    public static Function<Paging, Page<EventPage.Hit>> events(Store store, EventQuery q) {
        return paging -> {
            EventPage page = store.searchEvents(new EventQuery(q.source(), q.target(), q.cameo(), q.plover(),
                    q.entity(), q.dates(), q.traits(), paging));
            return new Page<>(page.events(), page.next());
        };
    }

    public static Function<Paging, Page<ArticlePage.Hit>> articles(Store store, ArticleQuery q) {
        return paging -> {
            ArticlePage page = store.searchArticles(new ArticleQuery(q.text(), q.dates(), q.entity(), q.site(),
                    paging));
            return new Page<>(page.articles(), page.next());
        };
    }

    public static Function<Paging, Page<QuotePage.Hit>> quotes(Store store, QuoteQuery q) {
        return paging -> {
            QuotePage page = store.searchQuotes(new QuoteQuery(q.speaker(), q.text(), q.types(), q.dates(), paging));
            return new Page<>(page.quotes(), page.next());
        };
    }

    /** Every entity (of one type when {@code type} names one), in id order. */
    public static Function<Paging, Page<EntitySummary>> entities(Store store, Optional<String> type) {
        return paging -> {
            EntityPage page = store.listEntities(type, paging.cursor(), paging.limit());
            return new Page<>(page.entities(), page.next());
        };
    }

    /** Hands every hit of the search to the sink, in the search's order; returns how many. */
    public static <H> long forEach(Function<Paging, Page<H>> search, Sink<H> sink) throws IOException {
        return forEachFrom(first(search), search, sink);
    }

    /** The first page: read it before writing anything, so that a bad query is still an error reply. */
    public static <H> Page<H> first(Function<Paging, Page<H>> search) {
        return search.apply(Paging.first(PAGE_SIZE));
    }

    /** Hands the hits of {@code first} and of every page after it to the sink; returns how many. */
    public static <H> long forEachFrom(Page<H> first, Function<Paging, Page<H>> search, Sink<H> sink)
            throws IOException {
        long n = 0;
        Page<H> page = first;
        while (true) {
            for (H hit : page.hits()) {
                sink.accept(hit);
                n++;
            }
            if (page.next().isEmpty()) return n;
            page = search.apply(Paging.after(page.next().get(), PAGE_SIZE));
        }
    }
}
