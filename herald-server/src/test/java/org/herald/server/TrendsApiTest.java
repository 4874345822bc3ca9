package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/trends} (#12) over the samples and the talks story's copy from a second site. */
class TrendsApiTest {
    static final SampleArticles samples = new SampleArticles();
    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        samples.fill(store);
        store.put(samples.talksCopy());
        store.commit();
        server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static JsonNode trends(String query) {
        Http.Reply r = http.get("/api/trends" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> ids(JsonNode list, String object) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(object).path("id").asText()));
        return out;
    }

    @Test
    void onTheDayOfTheTalksTheirStoryLeadsWithTwoSourcesAndItsPeopleAndDyadsRise() {
        JsonNode t = trends("?at=2024-05-14");
        assertEquals("2024-05-14", t.path("at").asText());
        JsonNode top = t.path("last_day").get(0);
        assertEquals(samples.talks.id(), top.path("story").path("id").asText());
        assertEquals(2, top.path("sources").asInt());
        assertEquals(2, top.path("articles").asInt());
        assertEquals(List.of("example.org", "wire.example").size(), top.path("story").path("sites").size());

        JsonNode lavrov = null;
        for (JsonNode e : t.path("rising_entities")) {
            if (e.path("entity").path("id").asText().equals("person:sergei-lavrov")) lavrov = e;
        }
        assertTrue(lavrov != null, t.path("rising_entities").toString());
        assertEquals(2, lavrov.path("recent").asInt());
        assertEquals(0.0, lavrov.path("baseline").asDouble());
        assertEquals(3.0, lavrov.path("score").asDouble());

        List<String> dyads = new ArrayList<>();
        t.path("rising_dyads").forEach(d -> dyads.add(d.path("source").asText() + "-" + d.path("target").asText()
                + " " + d.path("recent").asInt()));
        assertEquals(List.of("RUS-UKR 2", "UKR-RUS 2"), dyads.stream().sorted().toList(),
                "asserted events only: the reported shelling is not counted");
    }

    @Test
    void byDefaultTheWindowsEndOnTheNewestDayWhereNothingWasSeenTwice() {
        JsonNode t = trends("");
        assertEquals("2024-06-21", t.path("at").asText());
        assertEquals(List.of(samples.hostile.id()), ids(t.path("last_day"), "story"));
        assertEquals(List.of(samples.hostile.id(), samples.exchange.id()).stream().sorted().toList(),
                ids(t.path("last_week"), "story").stream().sorted().toList());
        assertEquals(0, t.path("rising_entities").size());
        assertEquals(1, trends("?limit=1").path("last_week").size());
    }

    @Test
    void badParametersAre400() {
        Http.Reply r = http.get("/api/trends?at=yesterday");
        assertEquals(400, r.status());
        assertEquals("at", r.json().path("error").path("parameter").asText());
        assertEquals(400, http.get("/api/trends?limit=0").status());
        assertEquals(400, http.get("/api/trends?limit=101").status());
    }
}
