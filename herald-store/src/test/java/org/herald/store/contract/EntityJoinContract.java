package org.herald.store.contract;

import static org.herald.model.analysis.EntityType.COUNTRY;
import static org.herald.model.analysis.EntityType.LOCATION;
import static org.herald.model.analysis.EntityType.ORGANIZATION;
import static org.herald.model.analysis.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.store.EntityProfile;
import org.herald.store.EntityQuery;
import org.herald.store.EntitySearchPage;
import org.herald.store.EntitySummary;
import org.herald.store.Paging;
import org.herald.store.Store;
import org.junit.jupiter.api.Test;

/**
 * One store entity per real-world entity, decided as articles are put (#12): "Trump" joins the stored "Donald Trump",
 * every spelling of the United States is one country, two countries' senates stay two. The Lucene store
 * (EntityResolverTest) and the OpenSearch store run it (#14), both with
 * {@link org.herald.store.entities.EntityResolver}.
 */
public abstract class EntityJoinContract {
    /** A new, empty store, closed by the test. */
    protected abstract Store emptyStore() throws IOException;

    private static EntityProfile profile(Store store, String id) {
        return store.findEntity(id).orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static List<String> aliases(EntityProfile p) {
        return p.aliases().stream().map(a -> a.name() + " " + a.articles()).toList();
    }

    private static ArticleFixture person(String id, String day, String name, String country, String words) {
        return ArticleFixture.article(id, "Reporters saw " + words + " in the city today.").published(day)
                .entity("e1", PERSON, name, "", country, words);
    }

    @Test
    public void aSurnameAloneJoinsTheFullNameStoredBeforeWithBothAliases() throws IOException {
        try (Store store = emptyStore()) {
            store.put(ArticleFixture.article("a1", "President Donald Trump spoke. Trump left.").published("2019-05-01")
                    .entity("e1", PERSON, "Donald Trump", "President", "USA", "Donald Trump", "Trump left")
                    .build());
            store.commit();
            store.put(person("a2", "2019-05-03", "Trump", "", "Trump").build());
            store.commit();
            EntityProfile trump = profile(store, "person:donald-trump");
            assertEquals("Donald Trump", trump.summary().name());
            assertEquals(2, trump.summary().articles());
            assertEquals(List.of("Donald Trump 1", "Trump 1"), aliases(trump));
            assertTrue(store.findEntity("person:trump").isEmpty(), "no second Trump");
            assertEquals(List.of("person:donald-trump"), store.searchEntities("Trump", 10).stream()
                    .map(EntitySummary::id).toList());
        }
    }

    @Test
    public void namesPutSinceTheLastRefreshAreCandidatesToo() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Donald Trump", "USA", "Donald Trump").build());
            store.put(person("a2", "2019-05-02", "Trump", "", "Trump").build());
            store.commit();
            assertEquals(2, profile(store, "person:donald-trump").summary().articles());
        }
    }

    @Test
    public void aBareSurnameTwoStoredPeopleShareStaysApartFromBoth() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "Donald Trump", "USA", "Donald Trump").build());
            store.put(person("a2", "2019-05-02", "Ivanka Trump", "USA", "Ivanka Trump").build());
            store.put(person("a3", "2019-05-03", "Trump", "", "Trump").build());
            store.commit();
            assertEquals(1, profile(store, "person:donald-trump").summary().articles());
            assertEquals(1, profile(store, "person:ivanka-trump").summary().articles());
            assertEquals(1, profile(store, "person:trump").summary().articles());
        }
    }

    @Test
    public void initialsAndMiddleNamesJoinWhileAnotherCountryDoesNot() throws IOException {
        try (Store store = emptyStore()) {
            store.put(person("a1", "2019-05-01", "John Milo Ford", "USA", "John Milo Ford").build());
            store.put(person("a2", "2019-05-02", "John M. Ford", "USA", "John M. Ford").build());
            store.put(person("a3", "2019-05-03", "J. Ford", "", "J. Ford").build());
            store.put(person("a4", "2019-05-04", "John Ford", "GBR", "John Ford").build());
            store.put(person("a5", "2019-05-05", "Jane Ford", "USA", "Jane Ford").build());
            store.commit();
            EntityProfile ford = profile(store, "person:john-milo-ford");
            assertEquals(3, ford.summary().articles());
            assertEquals(List.of("J. Ford 1", "John M. Ford 1", "John Milo Ford 1"), aliases(ford));
            assertEquals(1, profile(store, "person:john-ford").summary().articles(), "GBR is not USA");
            assertEquals(1, profile(store, "person:jane-ford").summary().articles());
        }
    }

    @Test
    public void everySpellingOfTheUnitedStatesIsOneCountry() throws IOException {
        try (Store store = emptyStore()) {
            String[] names = {"U.S.", "US", "USA", "United States", "America"};
            for (int i = 0; i < names.length; i++) {
                store.put(ArticleFixture.article("a" + i, "Officials in " + names[i] + " spoke.")
                        .published("2019-05-0" + (i + 1))
                        .entity("e1", i == 4 ? LOCATION : COUNTRY, names[i], "", "", names[i]).build());
            }
            store.commit();
            EntityProfile us = profile(store, "country:united-states");
            assertEquals(new EntitySummary("country:united-states", "United States", "country", Optional.of("USA"), 5,
                    5), us.summary());
            assertEquals(List.of("America 1", "U.S. 1", "US 1", "USA 1", "United States 1"), aliases(us));
            EntitySearchPage countries = store.searchEntities(new EntityQuery(Optional.empty(), Optional.of("country"),
                    Paging.first(10)));
            assertEquals(1, countries.total());
        }
    }

    @Test
    public void aPlaceTheArticlePutsInAnotherCountryIsNotThatCountry() throws IOException {
        try (Store store = emptyStore()) {
            store.put(ArticleFixture.article("a1", "Voters in Georgia queued.")
                    .entity("e1", LOCATION, "Georgia", "", "USA", "Georgia").build());
            store.put(ArticleFixture.article("a2", "Protesters in Georgia marched.")
                    .entity("e1", LOCATION, "Georgia", "", "GEO", "Georgia").build());
            store.commit();
            assertEquals(1, profile(store, "location:georgia").summary().articles());
            assertEquals(1, profile(store, "country:georgia").summary().articles());
        }
    }

    @Test
    public void theSenatesOfTwoCountriesStayTwoAndOneWithoutACountryIsNeither() throws IOException {
        try (Store store = emptyStore()) {
            store.put(ArticleFixture.article("a1", "The Senate voted.").published("2019-05-01")
                    .entity("e1", ORGANIZATION, "Senate", "", "USA", "Senate").build());
            store.put(ArticleFixture.article("a2", "The US Senate voted.").published("2019-05-02")
                    .entity("e1", ORGANIZATION, "US Senate", "", "", "US Senate").build());
            store.put(ArticleFixture.article("a3", "The Nigerian Senate voted.").published("2019-05-03")
                    .entity("e1", ORGANIZATION, "Nigerian Senate", "", "", "Nigerian Senate").build());
            store.put(ArticleFixture.article("a4", "The Senate in Abuja voted.").published("2019-05-04")
                    .entity("e1", ORGANIZATION, "Senate", "", "NGA", "Senate").build());
            store.put(ArticleFixture.article("a5", "The Senate voted.").published("2019-05-05")
                    .entity("e1", ORGANIZATION, "Senate", "", "", "Senate").build());
            store.commit();
            EntitySummary us = profile(store, "organization:usa-senate").summary();
            assertEquals(2, us.articles());
            assertEquals(Optional.of("USA"), us.country());
            EntitySummary nigeria = profile(store, "organization:nga-senate").summary();
            assertEquals(2, nigeria.articles());
            assertEquals(Optional.of("NGA"), nigeria.country());
            assertEquals(1, profile(store, "organization:senate").summary().articles());
        }
    }

    @Test
    public void aProfileGivesRolesOverTimeAndMentionsPerDay() throws IOException {
        try (Store store = emptyStore()) {
            store.put(ArticleFixture.article("a1", "Candidate Donald Trump spoke. Trump left.").published("2016-05-01")
                    .entity("e1", PERSON, "Donald Trump", "Candidate", "USA", "Donald Trump", "Trump left").build());
            store.put(ArticleFixture.article("a2", "President Donald Trump spoke.").published("2019-05-01")
                    .entity("e1", PERSON, "Donald Trump", "President", "USA", "Donald Trump").build());
            store.put(ArticleFixture.article("a3", "President Trump spoke.").published("2019-06-01")
                    .entity("e1", PERSON, "Trump", "President", "USA", "Trump").build());
            store.commit();
            EntityProfile p = profile(store, "person:donald-trump");
            assertEquals(List.of(
                    new EntityProfile.Role("Candidate", day("2016-05-01"), day("2016-05-01"), 1),
                    new EntityProfile.Role("President", day("2019-05-01"), day("2019-06-01"), 2)), p.roles());
            assertEquals(List.of(
                    new EntityProfile.DayCount(LocalDate.parse("2016-05-01"), 2),
                    new EntityProfile.DayCount(LocalDate.parse("2019-05-01"), 1),
                    new EntityProfile.DayCount(LocalDate.parse("2019-06-01"), 1)), p.timeline());
            assertEquals(List.of("a3", "a2", "a1"), p.articles().stream().map(a -> a.id()).toList());
        }
    }

    @Test
    public void entitySearchPagesByOffsetWithTheTotalAndKeepsOneType() throws IOException {
        try (Store store = emptyStore()) {
            store.put(ArticleFixture.article("a1", "Anna Lind met Boris Lind in Sweden and Chile.")
                    .entity("e1", PERSON, "Anna Lind", "", "", "Anna Lind")
                    .entity("e2", PERSON, "Boris Lind", "", "", "Boris Lind")
                    .entity("e3", COUNTRY, "Sweden", "", "SWE", "Sweden")
                    .entity("e4", COUNTRY, "Chile", "", "CHL", "Chile").build());
            store.commit();
            EntitySearchPage people = store.searchEntities(new EntityQuery(Optional.empty(), Optional.of("person"),
                    new Paging(1, 1)));
            assertEquals(2, people.total());
            assertEquals(List.of("person:boris-lind"), people.entities().stream().map(EntitySummary::id).toList());
            EntitySearchPage all = store.searchEntities(new EntityQuery(Optional.of("lind"), Optional.empty(),
                    Paging.first(10)));
            assertEquals(2, all.total());
        }
    }

    private static Optional<LocalDate> day(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }
}
