package org.herald.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writing an article's documents over an earlier copy of it, in one bulk request: event and quote ids are
 * ARTICLE:SEQ and entity ids ARTICLE|ENTITY, so a new copy overwrites the old documents, and what the old copy had
 * more of (read from its article document, {@link #of}) is deleted in the same request (delete-by-query would need
 * the reindex module on the cluster). Shared by the store's own writes and the Spark job's ({@link BulkArticles}).
 */
final class StoredParts {
    /** What the stored copy of an article holds. */
    record Copy(int events, int quotes, List<String> entities) {
        static final Copy NONE = new Copy(0, 0, List.of());
    }

    private final Searches searches;
    private final String articles;
    private final String events;
    private final String entityIndex;
    private final String quoteIndex;

    StoredParts(Searches searches, String articles, String events, String entityIndex, String quoteIndex) {
        this.searches = searches;
        this.articles = articles;
        this.events = events;
        this.entityIndex = entityIndex;
        this.quoteIndex = quoteIndex;
    }

    /** The stored copies of these articles, in one search; an article not stored (or not yet visible) is absent. */
    Map<String, Copy> of(Collection<String> ids) {
        Map<String, Copy> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        JsonNode r = searches.search(articles, Searches.map("size", ids.size(),
                "query", Searches.map("ids", Searches.map("values", List.copyOf(ids))),
                "_source", List.of("event_count", "quote_count", "entities")));
        for (JsonNode h : Searches.hits(r)) {
            JsonNode src = h.path("_source");
            List<String> entityIds = new ArrayList<>();
            src.path("entities").forEach(e -> entityIds.add(e.asText()));
            out.put(h.path("_id").asText(), new Copy(src.path("event_count").asInt(), src.path("quote_count").asInt(),
                    entityIds));
        }
        return out;
    }

    /** The article's operations over {@code old}: its documents, then deletes of what the old copy had more of. */
    void replace(Bulk bulk, String id, Documents.Block block, Copy old) throws IOException {
        // the article document after its parts: a batch split across requests sends an article's parts first
        for (Map<String, Object> e : block.events()) bulk.index(id, events, id + ":" + e.get("seq"), e);
        for (int seq = block.events().size(); seq < old.events(); seq++) bulk.delete(id, events, id + ":" + seq);
        for (Map<String, Object> q : block.quotes()) bulk.index(id, quoteIndex, id + ":" + q.get("seq"), q);
        for (int seq = block.quotes().size(); seq < old.quotes(); seq++) bulk.delete(id, quoteIndex, id + ":" + seq);
        for (Map.Entry<String, Map<String, Object>> e : block.entities().entrySet())
            bulk.index(id, entityIndex, id + "|" + e.getKey(), e.getValue());
        for (String key : old.entities())
            if (!block.entities().containsKey(key)) bulk.delete(id, entityIndex, id + "|" + key);
        bulk.index(id, articles, id, block.article());
    }

    /** Deletes of every document of the stored copy, the article's own included. */
    void remove(Bulk bulk, String id, Copy old) throws IOException {
        bulk.delete(id, articles, id);
        for (int seq = 0; seq < old.events(); seq++) bulk.delete(id, events, id + ":" + seq);
        for (int seq = 0; seq < old.quotes(); seq++) bulk.delete(id, quoteIndex, id + ":" + seq);
        for (String key : old.entities()) bulk.delete(id, entityIndex, id + "|" + key);
    }
}
