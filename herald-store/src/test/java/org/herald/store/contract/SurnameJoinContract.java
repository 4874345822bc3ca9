package org.herald.store.contract;

import static org.herald.model.analysis.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.store.ArticleQuery;
import org.herald.store.ArticleStory;
import org.herald.store.DateRange;
import org.herald.store.EntityProfile;
import org.herald.store.EventPage;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.junit.jupiter.api.Test;

/**
 * Joins that do not depend on arrival order (#12): a "Lavrov" stored before any article names "Sergei Lavrov" joins
 * him once he is stored, with its articles, mentions, quotes and events, as the other order joins them; two
 * different people of one surname stay apart, and a surname two stored full names share joins neither
 * ({@link org.herald.store.entities.SurnameJoins}). The Lucene store (SurnameJoinsTest) and the OpenSearch store run it.
 */
public abstract class SurnameJoinContract {
    /** A new, empty store, closed by the test. */
    protected abstract Store emptyStore() throws IOException;

    private static final String SERGEI = "person:sergei-lavrov";

    /** "Lavrov" alone, who speaks and acts: a quote and an event name him. */
    private static ArticleFixture surnameAlone() {
        return ArticleFixture.article("a1", "Lavrov said \"We will not accept ultimatums\" and met envoys.")
                .published("2019-05-01")
                .entity("e1", PERSON, "Lavrov", "Foreign Minister", "RUS", "Lavrov")
                .quote("We will not accept ultimatums", "Lavrov", "e1")
                .event("RUSGOV", "e1", "", "", "040", "CONSULT", 1.0, 1, "2019-05-01");
    }

    private static ArticleFixture fullName() {
        return ArticleFixture.article("a2", "Sergei Lavrov flew to Ankara. Later Lavrov spoke.").published("2019-05-03")
                .entity("e1", PERSON, "Sergei Lavrov", "Foreign Minister", "RUS", "Sergei Lavrov", "Lavrov spoke");
    }

    private static StoredArticle person(String id, String day, String name, String country) {
        return ArticleFixture.article(id, "Reporters saw " + name + " in the city today.").published(day)
                .entity("e1", PERSON, name, "", country, name).build();
    }

    private static EntityProfile profile(Store store, String id) {
        return store.findEntity(id).orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static List<String> aliases(EntityProfile p) {
        return p.aliases().stream().map(a -> a.name() + " " + a.articles()).toList();
    }

    private static List<String> articlesOf(Store store, String entityId) {
        return store.searchArticles(new ArticleQuery(Optional.empty(), DateRange.ALL, Optional.of(entityId),
                Optional.empty(), Paging.first(10))).articles().stream().map(a -> a.id()).toList();
    }

    @Test
    public void aSurnameStoredBeforeTheFullNameJoinsItWithItsArticlesQuotesAndEvents() throws IOException {
        try (Store store = emptyStore()) {
            store.put(surnameAlone().build());
            store.commit();
            Optional<ArticleStory> story = store.findArticleStory("a1");
            assertTrue(store.findEntity("person:lavrov").isPresent(), "alone, Lavrov is no one to join yet");
            store.put(fullName().build());
            store.commit();

            EntityProfile lavrov = profile(store, SERGEI);
            assertEquals("Sergei Lavrov", lavrov.summary().name());
            assertEquals(2, lavrov.summary().articles());
            assertEquals(List.of("Lavrov 1", "Sergei Lavrov 1"), aliases(lavrov));
            assertTrue(store.findEntity("person:lavrov").isEmpty(), "no second Lavrov");
            assertEquals(List.of("a2", "a1"), articlesOf(store, SERGEI));
            assertEquals(List.of(), articlesOf(store, "person:lavrov"));
            assertEquals(List.of(
                    new EntityProfile.DayCount(LocalDate.parse("2019-05-01"), 1),
                    new EntityProfile.DayCount(LocalDate.parse("2019-05-03"), 2)), lavrov.timeline());
            QuotePage quotes = store.searchQuotes(new QuoteQuery(Optional.of(SERGEI), Optional.empty(), DateRange.ALL,
                    Paging.first(10)));
            assertEquals(List.of(Optional.of(SERGEI)), quotes.quotes().stream().map(QuotePage.Hit::speakerEntity)
                    .toList());
            EventPage events = store.searchEvents(new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(SERGEI), DateRange.ALL, EventTraits.ANY, Paging.first(10)));
            assertEquals(List.of("a1"), events.events().stream().map(EventPage.Hit::articleId).toList());
            assertEquals(Optional.of(SERGEI), events.events().get(0).source().entity());
            assertEquals(story, store.findArticleStory("a1"), "put again, the article keeps its story");
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    public void bothArrivalOrdersGiveOneAndTheSameEntityPage() throws IOException {
        EntityProfile surnameFirst;
        try (Store store = emptyStore()) {
            store.put(surnameAlone().build());
            store.commit();
            store.put(fullName().build());
            store.commit();
            surnameFirst = profile(store, SERGEI);
        }
        try (Store store = emptyStore()) {
            store.put(fullName().build());
            store.commit();
            store.put(surnameAlone().build());
            store.commit();
            EntityProfile fullFirst = profile(store, SERGEI);
            assertEquals(fullFirst.summary(), surnameFirst.summary());
            assertEquals(fullFirst.aliases(), surnameFirst.aliases());
            assertEquals(fullFirst.roles(), surnameFirst.roles());
            assertEquals(fullFirst.timeline(), surnameFirst.timeline());
            assertEquals(fullFirst.quotes().size(), surnameFirst.quotes().size());
            assertEquals(fullFirst.events().size(), surnameFirst.events().size());
        }
    }

    @Test
    public void aFullNamePutInTheSameBatchAfterTheSurnameJoinsItAtTheRefresh() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Trump", ""));
            store.put(person("a2", "2019-05-02", "Donald Trump", "USA"));
            store.refresh();
            assertEquals(2, profile(store, "person:donald-trump").summary().articles());
            assertTrue(store.findEntity("person:trump").isEmpty());
        }
    }

    @Test
    public void twoJohnsonsOfDifferentCountriesStayApartAndOnlyTheOneOfTheFullNamesCountryJoins() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Johnson", "GBR"));
            store.put(person("a2", "2019-05-02", "Johnson", "USA"));
            store.commit();
            store.put(person("a3", "2019-05-03", "Boris Johnson", "GBR"));
            store.commit();
            assertEquals(List.of("a3", "a1"), articlesOf(store, "person:boris-johnson"));
            assertEquals(List.of("a2"), articlesOf(store, "person:johnson"), "the American Johnson is not Boris");
        }
    }

    @Test
    public void aSurnameTwoLaterFullNamesShareJoinsNeither() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Trump", "USA"));
            store.commit();
            store.put(person("a2", "2019-05-02", "Donald Trump", "USA"));
            store.put(person("a3", "2019-05-03", "Ivanka Trump", "USA"));
            store.commit();
            assertEquals(List.of("a1"), articlesOf(store, "person:trump"));
            assertEquals(List.of("a2"), articlesOf(store, "person:donald-trump"));
            assertEquals(List.of("a3"), articlesOf(store, "person:ivanka-trump"));
        }
    }

    @Test
    public void aDeletionThatLeavesOneFullNameJoinsTheSurnameAndLeavesRejoiningNothingToDo() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Donald Trump", "USA"));
            store.put(person("a2", "2019-05-02", "Ivanka Trump", "USA"));
            store.put(person("a3", "2019-05-03", "Trump", "USA"));
            store.commit();
            assertEquals(List.of("a3"), articlesOf(store, "person:trump"), "two candidates: neither");
            assertEquals(0, store.rejoinPeople(), "nothing to join while both are stored");
            store.delete("a2");
            store.commit();
            assertEquals(List.of("a3", "a1"), articlesOf(store, "person:donald-trump"), "decided again at the commit");
            assertTrue(store.findEntity("person:trump").isEmpty());
            assertEquals(0, store.rejoinPeople(), "nothing left to join");
            store.commit();
            assertEquals(2, profile(store, "person:donald-trump").summary().articles());
        }
    }
}
