package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Herald's own event lines ({@code export --format jsonl}): each event of an analysed document as the analysis
 * writes it, under {@code event}, with the document's {@code id}, {@code source}, {@code url} and
 * {@code published} beside it, so a line can be read without its document.
 */
public final class EventLines {
    private static final List<String> DOCUMENT_FIELDS = List.of("id", "source", "url", "published");

    private final ObjectMapper mapper = new ObjectMapper();

    /** The line of one event of the document; the caller chose the event. */
    public ObjectNode line(JsonNode document, JsonNode event) {
        ObjectNode o = mapper.createObjectNode();
        for (String field : DOCUMENT_FIELDS) {
            if (document.has(field)) o.set(field, document.get(field));
        }
        o.set("event", event);
        return o;
    }
}
