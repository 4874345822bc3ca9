package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities across articles over HTTP (#12): a real server over a real store holding articles that name Donald
 * Trump, Trump, the United States four ways and two countries' senates.
 */
class EntityAcrossArticlesApiTest {
    static final SampleArticles samples = new SampleArticles();
    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        store.put(article("2019-05-01", "President Donald Trump visited the U.S. Senate.",
                new Named("Donald Trump", EntityType.PERSON, "President", "USA", "Donald Trump"),
                new Named("U.S. Senate", EntityType.ORGANIZATION, null, null, "U.S. Senate")));
        store.put(article("2019-05-02", "Trump said the US would act.",
                new Named("Trump", EntityType.PERSON, null, null, "Trump"),
                new Named("US", EntityType.COUNTRY, null, null, "US")));
        store.put(article("2019-05-02", "Trump praised the USA again.",
                new Named("Trump", EntityType.PERSON, null, null, "Trump"),
                new Named("USA", EntityType.COUNTRY, null, null, "USA")));
        store.put(article("2019-05-04", "The Nigerian Senate met the United States envoy in the U.S. capital.",
                new Named("Nigerian Senate", EntityType.ORGANIZATION, null, null, "Nigerian Senate"),
                new Named("United States", EntityType.COUNTRY, null, "USA", "United States", "U.S.")));
        store.put(article("2019-05-04", "Officials in the U.S. agreed.",
                new Named("U.S.", EntityType.COUNTRY, null, null, "U.S.")));
        store.commit();
        server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
        http = new Http(server.port());
    }

    /** An entity of a test article and the words of its mentions; title and country may be null. */
    private record Named(String name, EntityType type, String title, String country, String... words) {}

    private static StoredArticle article(String day, String text, Named... named) {
        SampleArticles.Doc d = samples.doc("https://example.org/" + day + "/" + Math.abs(text.hashCode()),
                "example.org", text, day, text);
        List<Entity> entities = new ArrayList<>();
        for (Named n : named) {
            Span[] spans = new Span[n.words().length];
            for (int i = 0; i < spans.length; i++) spans[i] = d.span(n.words()[i]);
            entities.add(d.entity("e" + (entities.size() + 1), n.name(), n.type(), n.title(), n.country(), spans));
        }
        return d.stored(entities, List.of(), Optional.empty());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static JsonNode get(String path) {
        Http.Reply r = http.get(path);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> texts(JsonNode list, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            List<String> parts = new ArrayList<>();
            for (String f : fields) parts.add(n.path(f).asText());
            out.add(String.join(" ", parts));
        }
        return out;
    }

    @Test
    void trumpAndDonaldTrumpAreOnePageWithAliasesRolesAndAMentionTimeline() {
        JsonNode trump = get("/api/entities/person:donald-trump");
        assertEquals("Donald Trump", trump.path("name").asText());
        assertEquals(3, trump.path("articles").asLong());
        assertEquals(List.of("Trump 2", "Donald Trump 1"), texts(trump.path("aliases"), "name", "articles"));
        assertEquals(List.of("President 2019-05-01 2019-05-01 1"),
                texts(trump.path("roles"), "title", "first_seen", "last_seen", "articles"));
        assertEquals(List.of("2019-05-01 1", "2019-05-02 2"), texts(trump.path("timeline"), "day", "mentions"));
        assertEquals(3, trump.path("recent_articles").size());
        assertEquals(404, http.get("/api/entities/person:trump").status());
    }

    @Test
    void theUnitedStatesIsOneCountryWhateverTheSpelling() {
        JsonNode us = get("/api/entities/country:united-states");
        assertEquals("United States", us.path("name").asText());
        assertEquals(4, us.path("articles").asLong());
        assertEquals(5, us.path("mentions").asLong());
        assertEquals(List.of("U.S.", "US", "USA", "United States"), texts(us.path("aliases"), "name"));
    }

    @Test
    void theUsSenateAndTheNigerianSenateAreTwo() {
        assertEquals("USA", get("/api/entities/organization:usa-senate").path("country").asText());
        assertEquals("NGA", get("/api/entities/organization:nga-senate").path("country").asText());
    }

    @Test
    void theEntityListHasTotalOffsetAndType() {
        JsonNode page = get("/api/entities?type=organization&limit=1&offset=1");
        assertEquals(2, page.path("total").asLong());
        assertEquals(1, page.path("offset").asLong());
        assertEquals(1, page.path("entities").size());
        assertEquals("organization", page.path("entities").get(0).path("type").asText());
        JsonNode all = get("/api/entities");
        assertEquals(4, all.path("total").asLong()); // Donald Trump, the United States, two senates
        assertEquals(0, all.path("offset").asLong());
        assertEquals(400, http.get("/api/entities?type=robot").status());
        assertEquals(List.of("person:donald-trump"), texts(get("/api/entities?q=trump").path("entities"), "id"));
    }
}
