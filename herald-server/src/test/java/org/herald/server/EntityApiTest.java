package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EntityApiTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    private static JsonNode lavrov() {
        JsonNode entities = fixture.http.get("/api/entities?q=Lavrov").json().path("entities");
        assertEquals(1, entities.size(), entities.toString());
        return entities.get(0);
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void searchFindsAnEntityByName() {
        JsonNode lavrov = lavrov();
        assertEquals("Sergei Lavrov", lavrov.path("name").asText());
        assertTrue(lavrov.path("type").asText().equalsIgnoreCase("person"));
        assertEquals("RUS", lavrov.path("country").asText());
        assertEquals(2, lavrov.path("mentions").asLong());
        assertEquals(1, lavrov.path("articles").asLong());
        assertTrue(lavrov.path("id").asText().length() > 0);
    }

    @Test
    void withoutWordsTheMostMentionedComeFirst() {
        JsonNode entities = fixture.http.get("/api/entities?limit=3").json().path("entities");
        assertEquals(3, entities.size());
        assertEquals("Ukraine", entities.get(0).path("name").asText());
    }

    @Test
    void aProfileHasTitlesQuotesEventsAndCoMentions() {
        String id = lavrov().path("id").asText();
        Http.Reply r = fixture.http.get("/api/entities/" + id);
        assertEquals(200, r.status(), r.body());
        JsonNode p = r.json();
        assertEquals("Sergei Lavrov", p.path("name").asText());
        assertEquals(List.of("Foreign Minister"), texts(p.path("titles"), ""));
        assertEquals(List.of("The plan is a dead end,"), texts(p.path("quotes"), "text"));
        JsonNode event = p.path("events").get(0);
        assertEquals("125", event.path("cameo").asText());
        assertEquals("RUSGOV", event.path("source").path("code").asText());
        assertEquals("rejected", event.path("trigger").asText());
        assertEquals("verb:reject+proposal", event.path("rule").asText());
        List<String> coMentioned = new ArrayList<>();
        p.path("co_mentions").forEach(c -> coMentioned.add(c.path("entity").path("name").asText()));
        assertTrue(coMentioned.containsAll(List.of("Moscow", "Ukraine", "Russia")), coMentioned.toString());
        assertEquals(1, p.path("co_mentions").get(0).path("articles").asLong());
    }

    @Test
    void anUnknownEntityIs404Json() {
        Http.Reply r = fixture.http.get("/api/entities/person:nobody-at-all");
        assertEquals(404, r.status());
        assertEquals("not_found", r.errorCode());
    }
}
