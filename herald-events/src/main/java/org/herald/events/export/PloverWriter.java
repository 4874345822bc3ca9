package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.herald.events.cameo.CameoCodebook;

/**
 * PLOVER events in the spirit of the POLECAT data set (CAMEO 01 and 02, which PLOVER drops, are left out): one JSON
 * object per event with {@code id}, {@code date}, {@code event_type}, {@code mode} (PLOVER's type-specific mode from
 * the CAMEO-to-PLOVER conversion, "visit", "release" …, or null), {@code context} (a list: see
 * {@link PloverContexts}; Herald's negated, hypothetical and future modes become PLOVER's "negation",
 * "hypothetical" and "future" contexts, as the PLOVER manual places them), {@code source}/{@code target} actors,
 * {@code confidence}, and Herald's own fields beside them ({@code cameo}, {@code goldstein}, {@code quad_class},
 * {@code assertion} — asserted, negated, hypothetical, future or reported — {@code location}, {@code text},
 * {@code url}).
 */
public final class PloverWriter {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PloverContexts contexts;

    /** With the CAMEO codebook Herald ships (read here; a few milliseconds). */
    public PloverWriter() {
        this(CameoCodebook.load());
    }

    public PloverWriter(CameoCodebook codebook) {
        this.contexts = new PloverContexts(codebook);
    }

    /** Every PLOVER event of one analysed document, whatever its mode: the record carries it. */
    public List<ObjectNode> events(JsonNode document) {
        return events(document, EventSelection.all());
    }

    /** The PLOVER events of one analysed document that the selection accepts. */
    public List<ObjectNode> events(JsonNode document, EventSelection selection) {
        EventRows rows = EventRows.of(document, selection);
        // PLOVER has no category for CAMEO 01 statements and 02 appeals: they are not PLOVER events.
        return rows.events().stream().filter(e -> !e.path("plover").asText().equals("NONE"))
                .map(e -> event(rows, e)).toList();
    }

    /**
     * The PLOVER object of one event of an analysed document, whatever its mode: the caller chose it. Empty for the
     * CAMEO 01 and 02 events PLOVER has no type for, as {@link #events(JsonNode, EventSelection)} leaves them out.
     */
    public Optional<ObjectNode> event(JsonNode document, JsonNode event) {
        if (event.path("plover").asText().equals("NONE")) return Optional.empty();
        return Optional.of(event(new EventRows(document, List.of(event)), event));
    }

    private ObjectNode event(EventRows rows, JsonNode e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", Long.toString(rows.id(e)));
        // The event's own date at its own precision ("1967", "2019-11", "2019-11-19"); none when the coder gave it
        // none (an undated article, a time counted from another event): the publication day would be a false one.
        String date = EventRows.text(e, "date").orElse("");
        o.put("date", date.length() >= 10 ? date.substring(0, 10) : date);
        o.put("event_type", e.path("plover").asText());
        // The manual: "if no existing values seem appropriate, the field should be left null".
        EventRows.text(e, "plover_mode").ifPresentOrElse(m -> o.put("mode", m), () -> o.putNull("mode"));
        ArrayNode context = o.putArray("context");
        contexts.of(e, rows.published()).forEach(context::add);
        o.set("source", e.path("source"));
        o.set("target", e.path("target").isMissingNode() ? mapper.nullNode() : e.path("target"));
        o.set("confidence", e.path("confidence").isNumber() ? e.path("confidence") : mapper.nullNode());
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
