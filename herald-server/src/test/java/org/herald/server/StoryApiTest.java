package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/stories} over a real store and server: the samples, and a second site's copy of the talks story. */
class StoryApiTest {
    @TempDir
    static Path dir;
    static LuceneStore store;
    static HeraldServer server;
    static Http http;
    static final SampleArticles samples = new SampleArticles();
    static StoredArticle copy;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        samples.fill(store);
        copy = samples.talksCopy();
        store.put(copy);
        store.commit();
        server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void storiesBiggestFirstWithTotalOffsetLimitAndWhatEachIsMadeOf() {
        Http.Reply r = http.get("/api/stories?sort=size&limit=2");
        assertEquals(200, r.status());
        JsonNode page = r.json();
        assertEquals(4, page.path("total").asInt(), "the talks and its copy are one story; three others");
        assertEquals(0, page.path("offset").asInt());
        assertEquals(2, page.path("limit").asInt());
        assertEquals(2, page.path("stories").size());
        JsonNode talks = page.path("stories").get(0);
        assertEquals(samples.talks.id(), talks.path("id").asText());
        assertEquals(2, talks.path("articles_count").asInt());
        assertEquals(List.of("example.org", "wire.example"), texts(talks.path("sites"), ""));
        assertEquals("2024-05-14", talks.path("first_seen").asText());
        assertEquals("2024-05-14", talks.path("last_seen").asText());
        assertTrue(texts(talks.path("top_entities"), "name").containsAll(List.of("Sergei Lavrov", "Ukraine", "Russia")),
                talks.path("top_entities").toString());
        assertEquals(List.of("Lavrov rejects Kyiv peace plan", "Russia's Lavrov dismisses Ukrainian peace plan"),
                texts(talks.path("headlines"), ""));
    }

    @Test
    void storiesNewestFirstByDefaultAndPagedByOffset() {
        JsonNode all = http.get("/api/stories").json();
        assertEquals(List.of(samples.hostile.id(), samples.exchange.id(), samples.meeting.id(), samples.talks.id()),
                texts(all.path("stories"), "id"));
        JsonNode second = http.get("/api/stories?offset=1&limit=1").json();
        assertEquals(4, second.path("total").asInt());
        assertEquals(List.of(samples.exchange.id()), texts(second.path("stories"), "id"));
    }

    @Test
    void aStoryListsItsArticlesWithTheCopyNamedAndItsEventsCountedOnce() {
        Http.Reply r = http.get("/api/stories/" + samples.talks.id());
        assertEquals(200, r.status());
        JsonNode story = r.json();
        assertEquals(2, story.path("articles_count").asInt());
        JsonNode articles = story.path("articles");
        assertEquals(List.of(samples.talks.id(), copy.id()), texts(articles, "id"));
        assertTrue(articles.get(0).path("duplicate_of").isNull());
        assertEquals(samples.talks.id(), articles.get(1).path("duplicate_of").asText());
        assertEquals("wire.example", articles.get(1).path("site").asText());

        JsonNode rejected = event(story, "125");
        assertEquals("RUSGOV", rejected.path("source").path("code").asText());
        assertEquals("UKR", rejected.path("target").path("code").asText());
        assertEquals("Reject proposal to meet, discuss, or negotiate", rejected.path("cameo_name").asText());
        assertEquals(2, rejected.path("num_mentions").asInt());
        assertEquals(2, rejected.path("num_sources").asInt());
        assertEquals(2, rejected.path("num_articles").asInt());
        assertTrue(rejected.path("is_root_event").asBoolean(), "in both leads");
        assertEquals(List.of(samples.talks.id(), copy.id()), texts(rejected.path("articles"), ""));

        JsonNode accused = event(story, "112");
        assertEquals(2, accused.path("num_articles").asInt());
        assertFalse(accused.path("is_root_event").asBoolean(), "in the third paragraph of both");
        JsonNode shelling = event(story, "194");
        assertEquals(1, shelling.path("num_mentions").asInt());
        assertEquals(1, shelling.path("num_sources").asInt());
        assertEquals(3, story.path("events").size());
    }

    private static JsonNode event(JsonNode story, String cameo) {
        for (JsonNode e : story.path("events")) if (e.path("cameo").asText().equals(cameo)) return e;
        throw new AssertionError("no event " + cameo + " in " + story.path("events"));
    }

    @Test
    void eventHitsSayTheirStoryTheirLeadAndHowOftenTheStoryReportsThem() {
        JsonNode events = http.get("/api/events?cameo=125").json().path("events");
        assertEquals(2, events.size(), "one per article: the event list is of mentions");
        for (JsonNode e : events) {
            assertEquals(samples.talks.id(), e.path("story").asText());
            assertTrue(e.path("is_root_event").asBoolean());
            assertEquals(2, e.path("num_mentions").asInt());
            assertEquals(2, e.path("num_sources").asInt());
            assertEquals(2, e.path("num_articles").asInt());
        }
        JsonNode shelling = http.get("/api/events?cameo=194").json().path("events").get(0);
        assertFalse(shelling.path("is_root_event").asBoolean());
        assertEquals(1, shelling.path("num_articles").asInt());
    }

    @Test
    void anArticleSaysItsStoryInSearchHitsAndAtItsStoryPath() {
        JsonNode hits = http.get("/api/articles?site=wire.example").json().path("articles");
        assertEquals(1, hits.size());
        assertEquals(samples.talks.id(), hits.get(0).path("story").asText());
        assertEquals(samples.talks.id(), hits.get(0).path("duplicate_of").asText());
        JsonNode placed = http.get("/api/articles/" + copy.id() + "/story").json();
        assertEquals(samples.talks.id(), placed.path("story").asText());
        assertEquals(samples.talks.id(), placed.path("duplicate_of").asText());
        JsonNode original = http.get("/api/articles/" + samples.talks.id() + "/story").json();
        assertTrue(original.path("duplicate_of").isNull());
        assertEquals(404, http.get("/api/articles/" + "0".repeat(64) + "/story").status());
    }

    @Test
    void theStoryFieldsSentAreTheFieldsDocumented() {
        JsonNode doc = http.get("/openapi.json").json().path("components").path("schemas");
        JsonNode listed = http.get("/api/stories?limit=1").json();
        assertEquals(fields(doc.path("StoryPage").path("required")), names(listed));
        assertEquals(fields(doc.path("StorySummary").path("required")), names(listed.path("stories").get(0)));
        JsonNode story = http.get("/api/stories/" + samples.talks.id()).json();
        Set<String> profile = fields(doc.path("StorySummary").path("required"));
        profile.addAll(fields(doc.path("StoryProfile").path("allOf").get(1).path("required")));
        assertEquals(profile, names(story));
        assertEquals(fields(doc.path("StoryArticle").path("required")), names(story.path("articles").get(0)));
        assertEquals(fields(doc.path("StoryEvent").path("required")), names(story.path("events").get(0)));
    }

    private static Set<String> fields(JsonNode required) {
        Set<String> out = new TreeSet<>();
        required.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void anUnknownStoryIs404AndABadSortOrCursorIs400() {
        assertEquals(404, http.get("/api/stories/nothing").status());
        Http.Reply sort = http.get("/api/stories?sort=loud");
        assertEquals(400, sort.status());
        assertEquals(400, http.get("/api/stories?cursor=abc").status());
        assertEquals(400, http.get("/api/stories?limit=-1").status());
    }
}
