package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.Lead;

/**
 * The events of one analysed document (a line of {@code ./herald analyze} output) with what every export format
 * needs from the document around them. Exporters read analysed JSON rather than records so that output saved
 * earlier can be exported without analysing it again.
 */
record EventRows(JsonNode document, List<JsonNode> events) {

    /** The document's events that the selection accepts, in text order. */
    static EventRows of(JsonNode document, EventSelection selection) {
        List<JsonNode> events = new ArrayList<>();
        JsonNode array = document.path("events");
        if (array.isArray()) {
            for (JsonNode e : array) {
                if (selection.accepts(e)) events.add(e);
            }
        }
        return new EventRows(document, events);
    }

    /** The document's URL, else its source (a path or an id). */
    String origin() {
        return text(document, "url").or(() -> text(document, "source")).orElse("");
    }

    Optional<String> published() {
        return text(document, "published");
    }

    /**
     * True when the event's sentence starts in the lead: a root event (GDELT IsRootEvent), by the rule the store marks
     * its events with ({@link Lead#holds}), so a row from the store and one from {@code analyze} output agree. The JSON
     * gives the sentence's text, not its offsets: it is found in the body ending nearest before the event's words.
     */
    boolean inLead(JsonNode event) {
        List<String> paragraphs = new ArrayList<>();
        document.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        int start = event.path("start").asInt();
        int sentence = document.path("body").asText().lastIndexOf(event.path("sentence").asText(), start);
        return (sentence >= 0 ? sentence : start) < Lead.end(paragraphs);
    }

    /**
     * A stable id for an event: the same document and event give the same id in every run and format.
     * Positive and below 2^53 so that spreadsheets and JavaScript read it exactly.
     */
    long id(JsonNode event) {
        String key = origin() + "|" + event.path("start").asInt() + "|" + event.path("end").asInt() + "|"
                + event.path("cameo").asText() + "|" + event.path("source").path("code").asText() + "|"
                + event.path("target").path("code").asText();
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return (h & 0x1FFFFFFFFFFFFFL);
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }
}
