package org.herald.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.store.EventPage;
import org.herald.store.Store;

/**
 * The stored analysis behind an event hit: its article's analysis JSON (as {@code ./herald analyze} wrote it) and
 * the event object in it, so the GDELT, PLOVER and JSON Lines writers give a stored event exactly the line they give
 * it from {@code analyze} output. Events come newest day first, so one article's events arrive close together but
 * not always in a run: the last few articles are kept.
 */
final class AnalysedEvents {
    static final int ARTICLES_KEPT = 256;

    /** An event object of the analysis and the document it belongs to. */
    record Analysed(JsonNode document, JsonNode event) {}

    private final Store store;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, Optional<JsonNode>> recent = new LinkedHashMap<>(ARTICLES_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<JsonNode>> eldest) {
            return size() > ARTICLES_KEPT;
        }
    };

    AnalysedEvents(Store store) {
        this.store = store;
    }

    /** Empty when the article was deleted since the page was read. */
    Optional<Analysed> of(EventPage.Hit hit) {
        Optional<JsonNode> document = recent.computeIfAbsent(hit.articleId(), this::document);
        return document.flatMap(d -> {
            JsonNode event = d.path("events").path(hit.position());
            return event.isObject() ? Optional.of(new Analysed(d, event)) : Optional.empty();
        });
    }

    private Optional<JsonNode> document(String articleId) {
        return store.findAnalysisJson(articleId).map(json -> {
            try {
                return mapper.readTree(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored analysis of " + articleId + " is not JSON", e);
            }
        });
    }
}
