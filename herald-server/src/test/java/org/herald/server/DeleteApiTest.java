package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DELETE /api/articles/{id}} (#12) over a real store: the samples, plus the talks story's copy from a second
 * site, so one story holds two articles whose events are counted across both.
 */
class DeleteApiTest {
    static final String TOKEN = "s3cret-token";

    @TempDir
    Path writable;
    @TempDir
    Path readOnly;
    ServerFixture server;
    StoredArticle copy;

    @BeforeEach
    void start() throws IOException {
        server = new ServerFixture(writable, Optional.of(IntakeApiTest.MUST_NOT_BE_CALLED),
                ServerSettings.readOnly(0).withToken(TOKEN));
        copy = server.samples.talksCopy();
        server.store.put(copy);
        server.store.commit();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Http.Reply delete(ServerFixture to, String id, Optional<String> token) {
        HttpRequest.Builder r = to.http.request("/api/articles/" + id).DELETE();
        token.ifPresent(t -> r.header("Authorization", "Bearer " + t));
        return to.http.send(r);
    }

    private JsonNode get(String path) {
        Http.Reply r = server.http.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r.json();
    }

    @Test
    void deletingAnArticleRemovesItsEventsAndQuotesAndItsStoryDisappearsWithIt() {
        String id = server.samples.meeting.id();
        assertEquals(1, get("/api/events?cameo=04").path("total").asInt());
        assertEquals(1, get("/api/quotes?speaker=Blinken").path("total").asInt());
        assertEquals(200, server.http.get("/api/stories/" + id).status());
        long articles = get("/api/articles").path("total").asLong();

        Http.Reply r = delete(server, id, Optional.of(TOKEN));
        assertEquals(204, r.status(), r.body());
        assertTrue(r.body().isEmpty());

        assertEquals(404, server.http.get("/api/articles/" + id).status());
        assertEquals(articles - 1, get("/api/articles").path("total").asLong());
        assertEquals(0, get("/api/events?cameo=04").path("total").asInt(), "its event is gone");
        assertEquals(0, get("/api/quotes?speaker=Blinken").path("total").asInt(), "its quote is gone");
        assertEquals(404, server.http.get("/api/stories/" + id).status(), "a story left with no article is gone");
        assertEquals(404, server.http.get("/api/entities/person:antony-blinken").status(),
                "an entity only it mentioned is gone");
    }

    @Test
    void deletingACopyUpdatesItsStorysCountsAndTheCountsOfTheStorysEvents() {
        String story = server.samples.talks.id();
        assertEquals(2, get("/api/stories/" + story).path("articles_count").asInt());
        JsonNode rejected = get("/api/events?cameo=125").path("events").get(0);
        assertEquals(2, rejected.path("num_articles").asInt());
        long lavrov = get("/api/entities/person:sergei-lavrov").path("articles").asLong();

        assertEquals(204, delete(server, copy.id(), Optional.of(TOKEN)).status());

        JsonNode after = get("/api/stories/" + story);
        assertEquals(1, after.path("articles_count").asInt());
        JsonNode events = get("/api/events?cameo=125").path("events");
        assertEquals(1, events.size(), "the copy's mention is gone");
        assertEquals(1, events.get(0).path("num_mentions").asInt());
        assertEquals(1, events.get(0).path("num_sources").asInt());
        assertEquals(1, events.get(0).path("num_articles").asInt());
        assertEquals(lavrov - 1, get("/api/entities/person:sergei-lavrov").path("articles").asLong());
    }

    @Test
    void deletingTwiceIsNotFoundTheSecondTime() {
        String id = server.samples.exchange.id();
        assertEquals(204, delete(server, id, Optional.of(TOKEN)).status());
        Http.Reply again = delete(server, id, Optional.of(TOKEN));
        assertEquals(404, again.status());
        assertEquals("not_found", again.errorCode());
    }

    @Test
    void withoutTheTokenADeleteIsRefusedAsAPostIsAndNothingIsRemoved() throws IOException {
        String id = server.samples.exchange.id();
        Http.Reply none = delete(server, id, Optional.empty());
        assertEquals(401, none.status());
        assertEquals("unauthorized", none.errorCode());
        assertEquals(401, delete(server, id, Optional.of("wrong")).status());
        assertEquals(200, server.http.get("/api/articles/" + id).status(), "still stored");

        try (ServerFixture noToken = new ServerFixture(readOnly, Optional.empty(), ServerSettings.readOnly(0))) {
            Http.Reply refused = delete(noToken, id, Optional.of(TOKEN));
            assertEquals(403, refused.status());
            assertEquals("writes_disabled", refused.errorCode());
            assertEquals(200, noToken.http.get("/api/articles/" + id).status());
        }
    }
}
