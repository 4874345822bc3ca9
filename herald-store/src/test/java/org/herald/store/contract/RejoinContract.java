package org.herald.store.contract;

import static org.herald.model.analysis.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.Paging;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.junit.jupiter.api.Test;

/**
 * Joins judged by role, and joins decided again (#12): a surname-only mention does not join a full name whose roles
 * lie in another field ("Senator Smith" is not "coach John Smith"), prefers the full name whose role agrees, and is
 * taken back from the full name it joined once a second full name of the surname leaves nothing but the surname to
 * speak for the first, or once a deletion changes who is stored ({@link org.herald.store.entities.SurnameJoins}).
 * The Lucene store (RejoinTest) and the OpenSearch store run it.
 */
public abstract class RejoinContract {
    /** A new, empty store, closed by the test. */
    protected abstract Store emptyStore() throws IOException;

    /** An article that names one person, with this title ("" for none) and country. */
    private static StoredArticle person(String id, String day, String name, String title, String country) {
        return ArticleFixture.article(id, "Reporters saw " + name + " in the city today.").published(day)
                .entity("e1", PERSON, name, title, country, name).build();
    }

    private static List<String> articlesOf(Store store, String entityId) {
        return store.searchArticles(new ArticleQuery(Optional.empty(), DateRange.ALL, Optional.of(entityId),
                Optional.empty(), Paging.first(10))).articles().stream().map(a -> a.id()).toList();
    }

    @Test
    public void aSurnameWhoseRoleLiesInAnotherFieldDoesNotJoinTheFullName() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "John Smith", "Coach", "USA"));
            store.commit();
            store.put(person("a2", "2019-05-02", "Smith", "Senator", "USA"));
            store.put(person("a3", "2019-05-03", "Smith", "Head Coach", "USA"));
            store.commit();
            assertEquals(List.of("a3", "a1"), articlesOf(store, "person:john-smith"), "the coach is the coach");
            assertEquals(List.of("a2"), articlesOf(store, "person:smith"), "Senator Smith is not coach John Smith");
        }
    }

    @Test
    public void aSurnameStoredFirstDoesNotJoinALaterFullNameOfAnotherFieldsRole() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Smith", "Senator", "USA"));
            store.commit();
            store.put(person("a2", "2019-05-02", "John Smith", "Coach", "USA"));
            store.commit();
            assertEquals(List.of("a1"), articlesOf(store, "person:smith"));
            assertEquals(List.of("a2"), articlesOf(store, "person:john-smith"));
        }
    }

    @Test
    public void ofTwoFullNamesOfTheSurnameTheOneWhoseRoleAgreesIsJoined() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "John Smith", "Coach", "USA"));
            store.put(person("a2", "2019-05-02", "Mary Smith", "Senator", "USA"));
            store.commit();
            store.put(person("a3", "2019-05-03", "Smith", "Senator", "USA"));
            store.put(person("a4", "2019-05-04", "Smith", "", "USA"));
            store.commit();
            assertEquals(List.of("a3", "a2"), articlesOf(store, "person:mary-smith"), "the senator is Mary");
            assertEquals(List.of("a1"), articlesOf(store, "person:john-smith"));
            assertEquals(List.of("a4"), articlesOf(store, "person:smith"), "with no role, neither is singled out");
        }
    }

    @Test
    public void aSurnameJoinedToOneFullNameIsTakenBackWhenASecondFullNameArrives() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Trump", "", "USA"));
            store.put(person("a2", "2019-05-02", "Donald Trump", "President", "USA"));
            store.commit();
            assertEquals(List.of("a2", "a1"), articlesOf(store, "person:donald-trump"), "alone, Donald is Trump");
            store.put(person("a3", "2019-05-03", "Ivanka Trump", "", "USA"));
            store.commit();
            assertEquals(List.of("a2"), articlesOf(store, "person:donald-trump"));
            assertEquals(List.of("a1"), articlesOf(store, "person:trump"), "as if Ivanka had been stored first");
            assertEquals(List.of("a3"), articlesOf(store, "person:ivanka-trump"));
        }
    }

    @Test
    public void aJoinedSurnameWhoseRoleStillSinglesOutItsFullNameStaysWhenASecondArrives() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Trump", "President", "USA"));
            store.put(person("a2", "2019-05-02", "Trump", "", "USA"));
            store.put(person("a3", "2019-05-03", "Donald Trump", "President", "USA"));
            store.commit();
            store.put(person("a4", "2019-05-04", "Ivanka Trump", "Businesswoman", "USA"));
            store.refresh();
            assertEquals(List.of("a3", "a1"), articlesOf(store, "person:donald-trump"), "President Trump is Donald");
            assertEquals(List.of("a2"), articlesOf(store, "person:trump"));
            assertEquals(List.of("a4"), articlesOf(store, "person:ivanka-trump"));
        }
    }

    @Test
    public void deletingTheSecondFullNameJoinsTheSurnameAtTheNextCommit() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Donald Trump", "", "USA"));
            store.put(person("a2", "2019-05-02", "Ivanka Trump", "", "USA"));
            store.put(person("a3", "2019-05-03", "Trump", "", "USA"));
            store.commit();
            assertEquals(List.of("a3"), articlesOf(store, "person:trump"), "two candidates: neither");
            store.delete("a2");
            store.commit();
            assertEquals(List.of("a3", "a1"), articlesOf(store, "person:donald-trump"));
            assertTrue(store.findEntity("person:trump").isEmpty());
        }
    }

    @Test
    public void deletingTheFullNameASurnameJoinedGivesTheSurnameBackItsOwnEntity() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Sergei Lavrov", "Foreign Minister", "RUS"));
            store.put(person("a2", "2019-05-02", "Lavrov", "Foreign Minister", "RUS"));
            store.commit();
            assertEquals(List.of("a2", "a1"), articlesOf(store, "person:sergei-lavrov"));
            store.delete("a1");
            store.refresh();
            assertTrue(store.findEntity("person:sergei-lavrov").isEmpty(), "no Sergei Lavrov is stored any more");
            assertEquals(List.of("a2"), articlesOf(store, "person:lavrov"));
        }
    }
}
