package org.herald.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PloverWriterTest {
    @Test
    void writesPloverTypeAssertionActorsAndText() throws Exception {
        List<ObjectNode> events = new PloverWriter().events(GdeltWriterTest.document());
        assertEquals(2, events.size());
        ObjectNode e = events.get(0);
        assertEquals("CONSULT", e.get("event_type").asText());
        assertEquals("2024-03-04", e.get("date").asText());
        assertEquals("asserted", e.get("assertion").asText());
        assertEquals("RUSGOV", e.get("source").get("code").asText());
        assertEquals("DEUGOV", e.get("target").get("code").asText());
        assertTrue(e.get("context").isArray());
        assertEquals("https://news.example/a", e.get("url").asText());
        assertTrue(events.get(1).get("target").isNull());
    }

    @Test
    void modeIsPloversModeOrNullAndConfidenceIsCarried() throws Exception {
        String text = GdeltWriterTest.DOCUMENT.replaceFirst("\"plover_mode\":null", "\"plover_mode\":\"visit\"")
                .replaceFirst("\"rule\":\"svo\"}", "\"rule\":\"svo\",\"confidence\":0.71}");
        List<ObjectNode> events = new PloverWriter().events(new ObjectMapper().readTree(text));
        assertEquals("visit", events.get(0).get("mode").asText());
        assertEquals(0.71, events.get(0).get("confidence").asDouble(), 1e-9);
        assertTrue(events.get(1).get("mode").isNull());
        assertTrue(events.get(1).get("confidence").isNull(), "no confidence in the analysis: null, not a guess");
    }

    @Test
    void contextsComeFromTheCodeTheModeTheActorsSectorsAndAnOldDate() throws Exception {
        String text = GdeltWriterTest.DOCUMENT.replace("\"cameo\":\"036\"", "\"cameo\":\"0312\"")
                .replace("\"code\":\"DEUGOV\"", "\"code\":\"DEULEG\"")
                .replaceFirst("\"asserted\"", "\"hypothetical\"")
                .replace("\"2024-03-04\"", "\"1967\"");
        ObjectNode e = new PloverWriter().events(new ObjectMapper().readTree(text)).get(0);
        assertEquals(List.of("military", "hypothetical", "legislative", "historical"), strings(e.get("context")));
        assertEquals("hypothetical", e.get("assertion").asText());
        // NATO restricts (1721), asserted, dated this week: only the code's own context.
        ObjectNode plain = new PloverWriter().events(GdeltWriterTest.document()).get(1);
        assertEquals(List.of("legal"), strings(plain.get("context")));
    }

    @Test
    void aDateIsHistoricalWhenItEndsMoreThanAYearBeforePublication() {
        Optional<String> published = Optional.of("2019-12-10T08:00:00Z");
        assertTrue(PloverContexts.historical(Optional.of("1967"), published));
        assertTrue(PloverContexts.historical(Optional.of("2018-11"), published));
        assertFalse(PloverContexts.historical(Optional.of("2018-12-20"), published));
        assertFalse(PloverContexts.historical(Optional.of("2019-W49"), published));
        assertFalse(PloverContexts.historical(Optional.of("1967"), Optional.empty()));
    }

    @Test
    void negatedEventsCarryTheNegationContextAndCanBeLeftOut() throws Exception {
        String text = GdeltWriterTest.DOCUMENT.replaceFirst("\"asserted\"", "\"negated\"");
        List<ObjectNode> all = new PloverWriter().events(new ObjectMapper().readTree(text));
        assertEquals(List.of("diplomatic", "negation"), strings(all.get(0).get("context")));
        assertEquals(1, new PloverWriter().events(new ObjectMapper().readTree(text), EventSelection.asserted()).size());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
