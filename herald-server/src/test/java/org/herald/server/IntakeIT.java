package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/articles} through the real extraction, CoreNLP analysis, event coding and Lucene store. */
class IntakeIT {
    static final String TOKEN = "it-token";
    /** A sample article written for this test (not real reporting). */
    static final String PAGE = """
            <html><head><title>Ministers meet in Geneva</title></head><body><article>
            <h1>Ministers meet in Geneva</h1>
            <p>GENEVA, March 4, 2024 - Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony
            Blinken in Geneva on Monday for talks on the war in Ukraine, officials from both countries said.</p>
            <p>"The talks were frank and useful," Lavrov told reporters after the meeting, which lasted two hours.</p>
            <p>Blinken said the United States would continue to support Ukraine and urged Moscow to withdraw its
            troops. Both ministers agreed to meet again next month in Vienna.</p>
            </article></body></html>
            """;

    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        server = new HeraldServer(store, Optional.of(Pipeline.intake(store)), ServerSettings.readOnly(0).withToken(TOKEN))
                .start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    private static Http.Reply post(String type, String body) {
        return http.send(http.request("/api/articles?url=" + Http.encode("https://example.org/2024/03/geneva"))
                .header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aPostedPageIsAnalysedStoredAndFound() {
        Http.Reply first = post("text/html; charset=utf-8", PAGE);
        assertEquals(201, first.status(), first.body());
        JsonNode reply = first.json();
        String id = reply.path("id").asText();
        assertEquals(64, id.length());
        assertEquals("stored", reply.path("status").asText());
        assertEquals("/api/articles/" + id, first.header("Location").orElseThrow());
        JsonNode analysis = reply.path("analysis");
        assertEquals("Ministers meet in Geneva", analysis.path("title").asText());
        assertFalse(analysis.path("entities").isEmpty(), analysis.toString());
        assertFalse(analysis.path("quotes").isEmpty(), analysis.toString());

        Http.Reply stored = http.get("/api/articles/" + id);
        assertEquals(200, stored.status());
        assertEquals(analysis, stored.json());
        assertEquals(1, http.get("/api/articles?q=Geneva").json().path("total").asLong());

        Http.Reply again = post("text/html; charset=utf-8", PAGE);
        assertEquals(200, again.status(), "nothing new was created");
        assertEquals("already_stored", again.json().path("status").asText());
        assertEquals(id, again.json().path("id").asText());
        assertEquals(analysis, again.json().path("analysis"));
        assertEquals(1, http.get("/api/articles").json().path("total").asLong());
    }

    @Test
    void aDocumentWithoutAnArticleIs422WithTheReason() {
        Http.Reply r = post("text/plain", "   \n  ");
        assertEquals(422, r.status(), r.body());
        assertEquals("empty", r.errorCode());
        assertFalse(r.json().path("error").path("message").asText().isBlank());
    }
}
