package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteApiTest {
    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static Http http;
    static SampleArticles samples;

    @BeforeAll
    static void start() throws IOException {
        fixture = ServerFixture.readOnly(dir);
        http = fixture.http;
        samples = fixture.samples;
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void everyQuoteNewestFirst() {
        JsonNode page = http.get("/api/quotes").json();
        assertEquals(4, page.path("total").asLong());
        assertEquals(samples.hostile.id(), page.path("quotes").get(0).path("article").asText());
        assertEquals("a step forward", page.path("quotes").get(1).path("text").asText());
    }

    @Test
    void aSpeakerByNameWithArticleAndDate() {
        JsonNode page = http.get("/api/quotes?speaker=Blinken").json();
        assertEquals(1, page.path("total").asLong());
        JsonNode q = page.path("quotes").get(0);
        assertEquals("We will stand with Ukraine,", q.path("text").asText());
        assertEquals("Blinken", q.path("speaker").asText());
        assertEquals(samples.meeting.id(), q.path("article").asText());
        assertEquals("Blinken and Kuleba meet in Washington", q.path("article_title").asText());
        assertEquals("2024-06-03", q.path("published").asText().substring(0, 10));
        String entity = q.path("speaker_entity").asText();
        assertEquals(1, http.get("/api/quotes?speaker=" + Http.encode(entity)).json().path("total").asLong());
    }

    @Test
    void wordsOfTheQuoteAndDates() {
        assertEquals("a step forward", http.get("/api/quotes?q=step").json().path("quotes").get(0).path("text").asText());
        JsonNode may = http.get("/api/quotes?from=2024-05-01&to=2024-05-31").json();
        assertEquals(1, may.path("total").asLong());
        assertEquals("The plan is a dead end,", may.path("quotes").get(0).path("text").asText());
    }
}
