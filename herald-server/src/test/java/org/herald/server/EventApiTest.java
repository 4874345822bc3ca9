package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventApiTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    private static List<String> cameos(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("events").forEach(e -> out.add(e.path("cameo").asText()));
        return out;
    }

    @Test
    void actorCodesMatchByPrefix() {
        JsonNode page = fixture.http.get("/api/events?source=RUS&target=UKR").json();
        assertEquals(3, page.path("total").asLong());
        assertEquals(List.of("057", "125", "194"), cameos(page));
    }

    @Test
    void anEventCarriesItsArticleAndProvenance() {
        JsonNode e = fixture.http.get("/api/events?cameo=04").json().path("events").get(0);
        assertEquals("040", e.path("cameo").asText());
        assertEquals("CONSULT", e.path("plover").asText());
        assertEquals("Antony Blinken", e.path("source").path("name").asText());
        assertEquals("USAGOV", e.path("source").path("code").asText());
        assertEquals("UKRGOV", e.path("target").path("code").asText());
        assertEquals(1.0, e.path("goldstein").asDouble());
        assertEquals(1, e.path("quad_class").asInt());
        assertEquals("2024-06-03", e.path("date").asText());
        assertEquals("Blinken and Kuleba meet in Washington", e.path("article_title").asText());
        assertEquals("met", e.path("trigger").asText());
        assertEquals("verb:meet", e.path("rule").asText());
        assertEquals("US Secretary of State Antony Blinken met Ukrainian Foreign Minister Dmytro Kuleba in Washington "
                + "on Monday.", e.path("sentence").asText());
    }

    @Test
    void cameoPloverAndDatesFilter() {
        assertEquals(List.of("125"), cameos(fixture.http.get("/api/events?cameo=12").json()));
        assertEquals(1, fixture.http.get("/api/events?plover=consult").json().path("total").asLong());
        assertEquals(List.of("112", "125", "194"),
                cameos(fixture.http.get("/api/events?from=2024-05-01&to=2024-05-31").json()).stream().sorted().toList());
    }

    @Test
    void aMonthlyTimelineOfADyad() {
        JsonNode buckets = fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=month&mode=all").json();
        assertEquals(2, buckets.size(), buckets.toString());
        JsonNode may = buckets.get(0);
        assertEquals("2024-05-01", may.path("date").asText());
        assertEquals(2, may.path("events").asLong());
        assertEquals(-15.0, may.path("goldstein_sum").asDouble());
        assertEquals(-7.5, may.path("goldstein_mean").asDouble());
        assertEquals(0, may.path("quad").path("1").asLong());
        assertEquals(1, may.path("quad").path("3").asLong());
        assertEquals(1, may.path("quad").path("4").asLong());
        JsonNode june = buckets.get(1);
        assertEquals("2024-06-01", june.path("date").asText());
        assertEquals(1, june.path("quad").path("1").asLong());
    }

    @Test
    void dailyAndWeeklyBuckets() {
        List<String> days = new ArrayList<>();
        fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=day&mode=all").json().forEach(b -> days.add(b.path("date").asText()));
        assertEquals(List.of("2024-05-13", "2024-05-14", "2024-06-20"), days);
        List<String> weeks = new ArrayList<>();
        fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=week&mode=all").json().forEach(b -> weeks.add(b.path("date").asText()));
        assertEquals(List.of("2024-05-13", "2024-06-17"), weeks);
    }

    // The samples' RUS → UKR events: 125 (asserted, 0.9), 194 (reported, 0.4), 057 (asserted, 0.9).

    @Test
    void eventsListEveryModeByDefaultAndModeNarrowsThem() {
        assertEquals(List.of("057", "125", "194"), cameos(fixture.http.get("/api/events?source=RUS&target=UKR").json()));
        assertEquals(List.of("057", "125"),
                cameos(fixture.http.get("/api/events?source=RUS&target=UKR&mode=asserted").json()));
        assertEquals(List.of("194"), cameos(fixture.http.get("/api/events?source=RUS&mode=reported,negated").json()));
        assertEquals(List.of("057", "125", "194"),
                cameos(fixture.http.get("/api/events?source=RUS&target=UKR&mode=all").json()));
    }

    @Test
    void timelinesCountAssertedEventsByDefault() {
        JsonNode buckets = fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=day").json();
        List<String> days = new ArrayList<>();
        buckets.forEach(b -> days.add(b.path("date").asText()));
        assertEquals(List.of("2024-05-14", "2024-06-20"), days, "the reported shelling of 13 May is left out");
        JsonNode reported = fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=day&mode=reported").json();
        assertEquals(1, reported.size());
        assertEquals("2024-05-13", reported.get(0).path("date").asText());
    }

    @Test
    void cameoQuadAndMinConfidenceFilterEventsAndTimelines() {
        assertEquals(List.of("194"), cameos(fixture.http.get("/api/events?quad=4").json()));
        assertEquals(List.of("112", "125"),
                cameos(fixture.http.get("/api/events?quad=3").json()).stream().sorted().toList());
        assertEquals(List.of("057", "125"),
                cameos(fixture.http.get("/api/events?source=RUS&target=UKR&min_confidence=0.5").json()));
        JsonNode fights = fixture.http.get("/api/timeline?source=RUS&cameo=19&mode=all").json();
        assertEquals(1, fights.size());
        assertEquals(1, fights.get(0).path("quad").path("4").asLong());
        assertEquals(0, fixture.http.get("/api/timeline?source=RUS&cameo=19").json().size(), "the only fight is reported");
        assertEquals(0, fixture.http.get("/api/timeline?source=RUS&mode=all&min_confidence=0.95").json().size());
    }

    @Test
    void anEventNamesItsCameoCodeAndCarriesModeAndConfidence() {
        JsonNode e = fixture.http.get("/api/events?cameo=194").json().path("events").get(0);
        assertEquals("Fight with artillery and tanks", e.path("cameo_name").asText());
        assertEquals("reported", e.path("mode").asText());
        assertEquals(0.4, e.path("confidence").asDouble(), 1e-9);
        JsonNode statement = fixture.http.get("/api/events?cameo=010").json().path("events").get(0);
        assertEquals("NONE", statement.path("plover").asText());
        assertEquals("Make statement", statement.path("cameo_name").asText());
        JsonNode codebook = fixture.http.get("/api/cameo").json().path("codes");
        boolean accuse = false;
        for (JsonNode c : codebook) accuse |= c.path("code").asText().equals("112") && c.path("name").asText().equals("Accuse");
        assertTrue(accuse, "112 Accuse is in the codebook reply");
    }

    @Test
    void badFilterValuesAre400sNamingTheParameter() {
        for (String query : List.of("mode=rumoured", "mode=asserted,maybe", "cameo=19x", "cameo=12345", "quad=5",
                "quad=two", "min_confidence=1.5", "min_confidence=-0.1", "min_confidence=high")) {
            String parameter = query.substring(0, query.indexOf('='));
            for (String path : List.of("/api/events?", "/api/timeline?source=RUS&")) {
                Http.Reply r = fixture.http.get(path + query);
                assertEquals(400, r.status(), path + query);
                JsonNode error = r.json().path("error");
                assertEquals("bad_request", error.path("code").asText());
                assertEquals(parameter, error.path("parameter").asText(), path + query + ": " + error);
                assertTrue(error.path("message").asText().startsWith(parameter), error.toString());
            }
        }
    }

    @Test
    void aCursorContinuesWhereThePageEndedAndTheLastPageHasNone() {
        List<String> all = cameos(fixture.http.get("/api/events?limit=100").json());
        assertTrue(all.size() >= 4, all.toString());
        List<String> read = new ArrayList<>();
        JsonNode page = fixture.http.get("/api/events?limit=2").json();
        while (true) {
            assertEquals(all.size(), page.path("total").asInt());
            read.addAll(cameos(page));
            if (page.path("cursor").isNull()) break;
            String cursor = page.path("cursor").asText();
            assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe as it is: " + cursor);
            page = fixture.http.get("/api/events?limit=2&cursor=" + cursor).json();
        }
        assertEquals(all, read);
        assertTrue(fixture.http.get("/api/events?limit=100").json().has("cursor"), "the field is always there");
    }

    @Test
    void aBadCursorIsA400NamingTheParameter() {
        String events = fixture.http.get("/api/events?limit=1").json().path("cursor").asText();
        for (String path : List.of("/api/events?cursor=nonsense", "/api/events?cursor=" + events + "&offset=1",
                "/api/quotes?cursor=" + events, "/api/articles?cursor=" + events, "/api/events?cursor=%00%01")) {
            Http.Reply r = fixture.http.get(path);
            assertEquals(400, r.status(), path);
            JsonNode error = r.json().path("error");
            assertEquals("bad_request", error.path("code").asText(), path);
            assertEquals("cursor", error.path("parameter").asText(), path + ": " + error);
            assertTrue(error.path("message").asText().startsWith("cursor"), error.toString());
        }
    }
}
