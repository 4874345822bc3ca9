package org.herald.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.QuoteType;
import org.herald.store.DateRange;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;

/** Quote search every {@link Store} serves over the {@link Corpus}: the Lucene and the OpenSearch store run it. */
public abstract class QuoteContract {
    /** The store holding {@link Corpus#all()}, committed. */
    protected abstract Store store();

    private QuotePage search(String speaker, String text, DateRange dates, Paging paging) {
        return store().searchQuotes(new QuoteQuery(Optional.ofNullable(speaker), Optional.ofNullable(text), dates,
                paging));
    }

    private static List<String> texts(QuotePage page) {
        return page.quotes().stream().map(QuotePage.Hit::text).toList();
    }

    @Test
    public void allQuotesNewestArticleFirst() {
        QuotePage page = search(null, null, DateRange.ALL, Paging.first(10));
        assertEquals(3, page.total());
        assertEquals(List.of("the talks were useful", "This is a provocation", "We will talk again"), texts(page));
        QuotePage.Hit lavrov = page.quotes().get(2);
        assertEquals(new QuotePage.Hit("We will talk again", "DIRECT", Optional.of("Lavrov"),
                Optional.of("person:sergei-lavrov"), "a1", Optional.of("Lavrov meets Blinken in Geneva"),
                Optional.of("2024-05-06")), lavrov);
    }

    @Test
    public void speakerByStoreIdOrByNameWords() {
        assertEquals(List.of("We will talk again"), texts(search("person:sergei-lavrov", null, DateRange.ALL,
                Paging.first(10))));
        assertEquals(List.of("This is a provocation"), texts(search("peskov", null, DateRange.ALL,
                Paging.first(10))));
        assertEquals(List.of("This is a provocation"), texts(search("person:dmitry-peskov", null, DateRange.ALL,
                Paging.first(10))));
        assertEquals(0, search("person:nobody", null, DateRange.ALL, Paging.first(10)).total());
        assertEquals(0, search("Peskov Lavrov", null, DateRange.ALL, Paging.first(10)).total());
    }

    @Test
    public void typeFilterKeepsOnlyThoseTypes() {
        QuotePage direct = store().searchQuotes(new QuoteQuery(Optional.empty(), Optional.empty(),
                EnumSet.of(QuoteType.DIRECT), DateRange.ALL, Paging.first(10)));
        assertEquals(3, direct.total());
        QuotePage reported = store().searchQuotes(new QuoteQuery(Optional.empty(), Optional.empty(),
                EnumSet.of(QuoteType.INDIRECT, QuoteType.PARTIAL), DateRange.ALL, Paging.first(10)));
        assertEquals(0, reported.total());
    }

    @Test
    public void quotedWordsAndDates() {
        assertEquals(List.of("This is a provocation"), texts(search(null, "provocations", DateRange.ALL,
                Paging.first(10))));
        assertEquals(List.of("the talks were useful", "We will talk again"), texts(search(null, "talk",
                DateRange.ALL, Paging.first(10))));
        DateRange may = new DateRange(Optional.empty(), Optional.of(LocalDate.parse("2024-05-31")));
        assertEquals(List.of("This is a provocation", "We will talk again"), texts(search(null, null, may,
                Paging.first(10))));
        assertEquals(0, search(null, "\"unbalanced \\", DateRange.ALL, Paging.first(10)).total());
    }

    @Test
    public void paging() {
        QuotePage second = search(null, null, DateRange.ALL, new Paging(1, 1));
        assertEquals(3, second.total());
        assertEquals(List.of("This is a provocation"), texts(second));
    }
}
