package org.herald.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
}
