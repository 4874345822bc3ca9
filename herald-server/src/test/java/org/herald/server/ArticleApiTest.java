package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArticleApiTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("articles").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    private static long facet(JsonNode page, String facet, String value) {
        for (JsonNode c : page.path("facets").path(facet)) {
            if (c.path("value").asText().equals(value)) return c.path("count").asLong();
        }
        return 0;
    }

    @Test
    void everyArticleNewestFirstWithoutWords() {
        Http.Reply r = fixture.http.get("/api/articles");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode page = r.json();
        assertEquals(4, page.path("total").asLong());
        assertEquals(List.of(fixture.samples.hostile.id(), fixture.samples.exchange.id(), fixture.samples.meeting.id(), fixture.samples.talks.id()),
                ids(page));
        JsonNode first = page.path("articles").get(1);
        assertEquals("Russia and Ukraine agree prisoner exchange", first.path("title").asText());
        assertEquals("example.org", first.path("site").asText());
        assertEquals("https://example.org/2024/06/prisoner-exchange", first.path("url").asText());
        assertTrue(first.path("published").asText().startsWith("2024-06-20"));
        assertTrue(first.has("summary"));
    }

    @Test
    void wordsFindTheArticlesThatUseThem() {
        JsonNode page = fixture.http.get("/api/articles?q=Lavrov").json();
        assertEquals(List.of(fixture.samples.talks.id()), ids(page));
        assertEquals(1, page.path("total").asLong());
    }

    @Test
    void siteAndDatesFilter() {
        assertEquals(List.of(fixture.samples.exchange.id(), fixture.samples.talks.id()), ids(fixture.http.get("/api/articles?site=example.org").json()));
        assertEquals(List.of(fixture.samples.exchange.id(), fixture.samples.meeting.id()),
                ids(fixture.http.get("/api/articles?from=2024-06-01&to=2024-06-20").json()));
    }

    @Test
    void facetsCountEveryMatchNotJustThePage() {
        JsonNode page = fixture.http.get("/api/articles?limit=1").json();
        assertEquals(1, page.path("articles").size());
        assertEquals(1, facet(page, "months", "2024-05"));
        assertEquals(3, facet(page, "months", "2024-06"));
        assertEquals(2, facet(page, "sites", "example.org"));
        JsonNode ukraine = null;
        for (JsonNode c : page.path("facets").path("entities")) {
            if (c.path("label").asText().equals("Ukraine")) ukraine = c;
        }
        assertTrue(ukraine != null, "Ukraine among the entity facets: " + page.path("facets"));
        assertEquals(3, ukraine.path("count").asLong());
    }

    @Test
    void anEntityFacetValueFiltersByThatEntity() {
        JsonNode facets = fixture.http.get("/api/articles").json().path("facets").path("entities");
        String lavrov = null;
        for (JsonNode c : facets) {
            if (c.path("label").asText().equals("Sergei Lavrov")) lavrov = c.path("value").asText();
        }
        assertTrue(lavrov != null, "Lavrov among the entity facets: " + facets);
        assertEquals(List.of(fixture.samples.talks.id()), ids(fixture.http.get("/api/articles?entity=" + Http.encode(lavrov)).json()));
    }

    @Test
    void limitAndOffsetPage() {
        JsonNode page = fixture.http.get("/api/articles?limit=2&offset=1").json();
        assertEquals(4, page.path("total").asLong());
        assertEquals(List.of(fixture.samples.exchange.id(), fixture.samples.meeting.id()), ids(page));
    }

    @Test
    void anArticleIsItsStoredAnalysisVerbatim() {
        Http.Reply r = fixture.http.get("/api/articles/" + fixture.samples.talks.id());
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(fixture.samples.talks.analysisJson(), r.body());
    }

    @Test
    void anUnknownArticleIs404Json() {
        Http.Reply r = fixture.http.get("/api/articles/" + "0".repeat(64));
        assertEquals(404, r.status());
        assertEquals("not_found", r.errorCode());
    }
}
