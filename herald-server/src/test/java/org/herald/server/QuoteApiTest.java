package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuoteApiTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    @Test
    void everyQuoteNewestFirst() {
        JsonNode page = fixture.http.get("/api/quotes").json();
        assertEquals(4, page.path("total").asLong());
        assertEquals(fixture.samples.hostile.id(), page.path("quotes").get(0).path("article").asText());
        assertEquals("a step forward", page.path("quotes").get(1).path("text").asText());
    }

    @Test
    void aSpeakerByNameWithArticleAndDate() {
        JsonNode page = fixture.http.get("/api/quotes?speaker=Blinken").json();
        assertEquals(1, page.path("total").asLong());
        JsonNode q = page.path("quotes").get(0);
        assertEquals("We will stand with Ukraine,", q.path("text").asText());
        assertEquals("Blinken", q.path("speaker").asText());
        assertEquals(fixture.samples.meeting.id(), q.path("article").asText());
        assertEquals("Blinken and Kuleba meet in Washington", q.path("article_title").asText());
        assertEquals("2024-06-03", q.path("published").asText().substring(0, 10));
        String entity = q.path("speaker_entity").asText();
        assertEquals(1, fixture.http.get("/api/quotes?speaker=" + Http.encode(entity)).json().path("total").asLong());
    }

    @Test
    void wordsOfTheQuoteAndDates() {
        assertEquals("a step forward", fixture.http.get("/api/quotes?q=step").json().path("quotes").get(0).path("text").asText());
        JsonNode may = fixture.http.get("/api/quotes?from=2024-05-01&to=2024-05-31").json();
        assertEquals(1, may.path("total").asLong());
        assertEquals("The plan is a dead end,", may.path("quotes").get(0).path("text").asText());
    }

    @Test
    void typeKeepsOnlyTheQuotesOfThoseTypes() {
        JsonNode partial = fixture.http.get("/api/quotes?type=partial").json();
        assertEquals(1, partial.path("total").asLong());
        assertEquals("a step forward", partial.path("quotes").get(0).path("text").asText());
        assertEquals("PARTIAL", partial.path("quotes").get(0).path("type").asText());
        JsonNode direct = fixture.http.get("/api/quotes?type=DIRECT").json();
        assertEquals(3, direct.path("total").asLong());
        direct.path("quotes").forEach(q -> assertEquals("DIRECT", q.path("type").asText()));
        assertEquals(0, fixture.http.get("/api/quotes?type=indirect").json().path("total").asLong());
        assertEquals(4, fixture.http.get("/api/quotes?type=direct,partial").json().path("total").asLong());
        assertEquals(4, fixture.http.get("/api/quotes?type=all").json().path("total").asLong());
        assertEquals(1, fixture.http.get("/api/quotes?type=direct&speaker=Blinken").json().path("total").asLong());
        assertEquals(0, fixture.http.get("/api/quotes?type=partial&speaker=Blinken").json().path("total").asLong());
    }

    @Test
    void anUnknownTypeIsABadRequestNamingTheParameter() {
        Http.Reply r = fixture.http.get("/api/quotes?type=rumour");
        assertEquals(400, r.status(), r.body());
        assertEquals("bad_request", r.errorCode());
        assertEquals("type", r.json().path("error").path("parameter").asText());
        String message = r.json().path("error").path("message").asText();
        assertTrue(message.contains("'rumour'") && message.contains("direct"), message);
    }
}
