package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * PLOVER events in the spirit of the POLECAT data set (CAMEO 01 and 02, which PLOVER drops, are left out): one
 * JSON object per event with {@code id}, {@code date},
 * {@code event_type}, {@code mode}, {@code context} (empty: Herald does not code PLOVER contexts yet),
 * {@code source}/{@code target} actors, and Herald's own fields beside them ({@code cameo}, {@code goldstein},
 * {@code quad_class}, {@code assertion} — asserted, negated, hypothetical, future or reported — {@code location},
 * {@code text}, {@code url}).
 */
public final class PloverWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    public List<ObjectNode> events(JsonNode document) {
        EventRows rows = EventRows.of(document);
        // PLOVER has no category for CAMEO 01 statements and 02 appeals: they are not PLOVER events.
        return rows.events().stream().filter(e -> !e.path("plover").asText().equals("NONE"))
                .map(e -> event(rows, e)).toList();
    }

    private ObjectNode event(EventRows rows, JsonNode e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", Long.toString(rows.id(e)));
        String date = EventRows.text(e, "date").or(rows::published).orElse("");
        o.put("date", date.length() >= 10 ? date.substring(0, 10) : date);
        o.put("event_type", e.path("plover").asText());
        o.put("mode", e.path("plover_mode").isNull() ? "" : e.path("plover_mode").asText());
        o.putArray("context");
        o.set("source", e.path("source"));
        o.set("target", e.path("target").isMissingNode() ? mapper.nullNode() : e.path("target"));
        o.put("cameo", e.path("cameo").asText());
        o.put("goldstein", e.path("goldstein").asDouble());
        o.put("quad_class", e.path("quad_class").asInt());
        o.put("assertion", e.path("mode").asText());
        o.set("location", e.path("location").isMissingNode() ? mapper.nullNode() : e.path("location"));
        o.put("text", e.path("sentence").asText());
        o.put("url", rows.origin());
        return o;
    }
}
