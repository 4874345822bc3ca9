package org.herald.store.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.Paging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleSearchTest {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    private ArticlePage search(String text, DateRange dates, String entity, String site, Paging paging) {
        return corpus.store.searchArticles(new ArticleQuery(Optional.ofNullable(text), dates, Optional.ofNullable(entity),
                Optional.ofNullable(site), paging));
    }

    private List<String> ids(ArticlePage page) {
        return page.articles().stream().map(ArticlePage.Hit::id).toList();
    }

    private static DateRange range(String from, String to) {
        return new DateRange(Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse));
    }

    @Test
    void withoutTextNewestComeFirstAndUndatedLast() {
        ArticlePage page = corpus.store.searchArticles(ArticleQuery.all(10));
        assertEquals(4, page.total());
        assertEquals(List.of("a3", "a2", "a1", "a4"), ids(page));
        ArticlePage.Hit a2 = page.articles().get(1);
        assertEquals(Optional.of("Kremlin warns Kyiv"), a2.title());
        assertEquals(Optional.of("2024-05-09T01:30:00+03:00"), a2.published());
        assertEquals(Optional.of("Other.Example.com"), a2.site(), "a hit shows the site as the article wrote it");
        assertEquals(Optional.of("https://Other.Example.com/a2"), a2.url());
    }

    @Test
    void withTextTheMostRelevantComesFirst() {
        // a1 names Lavrov in its title and three times in its body; a2 (newer) and a4 once each.
        List<String> ids = ids(search("lavrov", DateRange.ALL, null, null, Paging.first(10)));
        assertEquals(3, ids.size());
        assertEquals("a1", ids.get(0));
    }

    @Test
    void wordsAreStemmedAndAllMustMatch() {
        assertEquals(List.of("a3", "a1"), ids(search("talks", DateRange.ALL, null, null, Paging.first(10))));
        assertEquals(List.of("a1"), ids(search("Lavrov Geneva", DateRange.ALL, null, null, Paging.first(10))));
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        assertEquals(List.of("a3"), ids(search("\"held talks\"", DateRange.ALL, null, null, Paging.first(10))));
        assertEquals(List.of(), ids(search("\"talks held\"", DateRange.ALL, null, null, Paging.first(10))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND OR", "*:*", "\\", "title:(", "+-!~^[]{}", "\"\"", "lavrov~2^3",
            "NOT", ")))"})
    void querySyntaxIsNotInterpreted(String hostile) {
        ArticlePage page = search(hostile, DateRange.ALL, null, null, Paging.first(10));
        assertEquals(0, page.total(), hostile);
    }

    @Test
    void operatorsAreJustWords() {
        // "AND" is an English stop word, not a conjunction: this finds what "lavrov" alone finds.
        assertEquals(3, search("lavrov AND", DateRange.ALL, null, null, Paging.first(10)).total());
        assertEquals(3, search("\"lavrov", DateRange.ALL, null, null, Paging.first(10)).total());
    }

    @Test
    void dateRangesAreInclusiveAndSkipUndatedArticles() {
        assertEquals(List.of("a2", "a1"), ids(search(null, range("2024-05-01", "2024-05-31"), null, null,
                Paging.first(10))));
        // a2 counts on 9 May, its day where it was published (01:30 at +03:00), though UTC says 8 May.
        assertEquals(List.of("a3", "a2"), ids(search(null, range("2024-05-09", null), null, null, Paging.first(10))));
        assertEquals(List.of("a1"), ids(search(null, range(null, "2024-05-08"), null, null, Paging.first(10))));
    }

    @Test
    void siteAndEntityFilterTheMatches() {
        assertEquals(List.of("a3", "a1", "a4"), ids(search(null, DateRange.ALL, null, "NEWS.example.org",
                Paging.first(10))));
        assertEquals(List.of("a2", "a1", "a4"), ids(search(null, DateRange.ALL, "person:sergei-lavrov", null,
                Paging.first(10))));
        assertEquals(List.of("a1"), ids(search("geneva", DateRange.ALL, "person:sergei-lavrov", null,
                Paging.first(10))));
        assertEquals(0, search(null, DateRange.ALL, "person:nobody", null, Paging.first(10)).total());
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        ArticlePage.Facets facets = search(null, DateRange.ALL, null, null, Paging.first(1)).facets();
        assertEquals(List.of(new ArticlePage.Count("news.example.org", "news.example.org", 3),
                new ArticlePage.Count("other.example.com", "Other.Example.com", 1)), facets.sites(),
                "facet values are lower case, for filters; labels as written");
        assertEquals(List.of(new ArticlePage.Count("2024-05", "2024-05", 2),
                new ArticlePage.Count("2024-06", "2024-06", 1)), facets.months());
        assertEquals(List.of(
                new ArticlePage.Count("person:antony-blinken", "Antony Blinken", 3),
                new ArticlePage.Count("person:sergei-lavrov", "Sergei Lavrov", 3),
                new ArticlePage.Count("country:ukraine", "Ukraine", 2),
                new ArticlePage.Count("country:russia", "Russia", 1),
                new ArticlePage.Count("organization:nato", "NATO", 1),
                new ArticlePage.Count("person:dmitry-peskov", "Dmitry Peskov", 1)), facets.entities());
    }

    @Test
    void facetsFollowTheQuery() {
        ArticlePage.Facets facets = search("geneva", DateRange.ALL, null, null, Paging.first(10)).facets();
        assertEquals(List.of(new ArticlePage.Count("news.example.org", "news.example.org", 2)), facets.sites());
        assertEquals(List.of(new ArticlePage.Count("2024-05", "2024-05", 1),
                new ArticlePage.Count("2024-06", "2024-06", 1)), facets.months());
    }

    @Test
    void pagesSliceTheSameOrderAndKeepTheTotal() {
        assertEquals(List.of("a3", "a2"), ids(search(null, DateRange.ALL, null, null, new Paging(2, 0))));
        assertEquals(List.of("a1", "a4"), ids(search(null, DateRange.ALL, null, null, new Paging(2, 2))));
        ArticlePage beyond = search(null, DateRange.ALL, null, null, new Paging(2, 4));
        assertEquals(List.of(), ids(beyond));
        assertEquals(4, beyond.total());
        ArticlePage countOnly = search(null, DateRange.ALL, null, null, new Paging(0, 0));
        assertEquals(4, countOnly.total());
        assertEquals(2, countOnly.facets().sites().size());
        assertEquals(4, search(null, DateRange.ALL, null, null, new Paging(10, Paging.MAX_WINDOW - 10)).total());
        // #11: a page deeper than the result window is refused before any hit is collected.
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Paging(10, Integer.MAX_VALUE));
    }
}
