package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(2, fixture.http.get("/api/events?plover=consult").json().path("total").asLong());
        assertEquals(List.of("112", "125", "194"),
                cameos(fixture.http.get("/api/events?from=2024-05-01&to=2024-05-31").json()).stream().sorted().toList());
    }

    @Test
    void aMonthlyTimelineOfADyad() {
        JsonNode buckets = fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=month").json();
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
        fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=day").json().forEach(b -> days.add(b.path("date").asText()));
        assertEquals(List.of("2024-05-13", "2024-05-14", "2024-06-20"), days);
        List<String> weeks = new ArrayList<>();
        fixture.http.get("/api/timeline?source=RUS&target=UKR&interval=week").json().forEach(b -> weeks.add(b.path("date").asText()));
        assertEquals(List.of("2024-05-13", "2024-06-17"), weeks);
    }
}
