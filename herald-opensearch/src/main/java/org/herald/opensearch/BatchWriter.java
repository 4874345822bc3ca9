package org.herald.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.StoreWriteException;
import org.herald.store.StoredArticle;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;

/**
 * The OpenSearch store's writes: each put article is placed in its story and kept as documents until {@link #send}
 * writes the batch in size-bounded bulk requests and refreshes, so that the articles are visible (and the placer's
 * pending placements can go). A batch reaching {@value #PENDING_MAX} articles is sent at once: memory stays bounded.
 */
final class BatchWriter {
    static final int PENDING_MAX = 256;
    /** A bulk request holds at most this many operations, */
    static final int BULK_OPERATIONS = 2_000;
    /** and about this many characters of documents (OpenSearch's http.max_content_length is 100 MB). */
    static final long BULK_CHARS = 8_000_000;

    private final OpenSearchClient client;
    private final Searches searches;
    private final StoryPlacer placer;
    private final Documents documents;
    private final String articles;
    private final String events;
    private final String entityIndex;
    private final String quoteIndex;
    /** Put since the last send, in put order; a re-put within the batch replaces. */
    private final Map<String, Documents.Block> pending = new LinkedHashMap<>();

    BatchWriter(OpenSearchClient client, Searches searches, StoryPlacer placer, Documents documents, String articles,
                String events, String entityIndex, String quoteIndex) {
        this.client = client;
        this.searches = searches;
        this.placer = placer;
        this.documents = documents;
        this.articles = articles;
        this.events = events;
        this.entityIndex = entityIndex;
        this.quoteIndex = quoteIndex;
    }

    void put(StoredArticle article) throws IOException {
        Placement story = placer.place(article);
        pending.put(article.id(), documents.block(article, story));
        if (pending.size() >= PENDING_MAX) send();
    }

    /** What the stored copy of an article holds, so that a new copy with fewer parts deletes the rest. */
    private record Stored(int events, int quotes, List<String> entities) {
        static final Stored NONE = new Stored(0, 0, List.of());
    }

    private Map<String, Stored> stored(Collection<String> ids) {
        Map<String, Stored> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        JsonNode r = searches.search(articles, Searches.map("size", ids.size(),
                "query", Searches.map("ids", Searches.map("values", List.copyOf(ids))),
                "_source", List.of("event_count", "quote_count", "entities")));
        for (JsonNode h : Searches.hits(r)) {
            JsonNode src = h.path("_source");
            List<String> entityIds = new ArrayList<>();
            src.path("entities").forEach(e -> entityIds.add(e.asText()));
            out.put(h.path("_id").asText(), new Stored(src.path("event_count").asInt(), src.path("quote_count").asInt(),
                    entityIds));
        }
        return out;
    }

    /** Sends the pending articles in size-bounded bulk requests, then refreshes so that they are visible. */
    void send() throws IOException {
        if (pending.isEmpty()) return;
        try {
            Map<String, Stored> before = stored(pending.keySet());
            Bulk bulk = new Bulk();
            for (Map.Entry<String, Documents.Block> e : pending.entrySet()) {
                add(bulk, e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), Stored.NONE));
            }
            bulk.send();
            client.indices().refresh(r -> r.index(articles, events, entityIndex, quoteIndex));
        } finally {
            // sent or failed, they leave: a failed batch is not retried behind the caller's back
            pending.clear();
            placer.visible();
        }
    }

    /**
     * One article's operations. Event and quote ids are ARTICLE:SEQ and entity ids ARTICLE|ENTITY, so a new copy
     * overwrites the old documents; what the old copy had more of is deleted in the same request (delete-by-query
     * would need the reindex module on the cluster).
     */
    private void add(Bulk bulk, String id, Documents.Block block, Stored old) throws IOException {
        bulk.index(articles, id, block.article());
        for (Map<String, Object> e : block.events()) bulk.index(events, id + ":" + e.get("seq"), e);
        for (int seq = block.events().size(); seq < old.events(); seq++) bulk.delete(events, id + ":" + seq);
        for (Map<String, Object> q : block.quotes()) bulk.index(quoteIndex, id + ":" + q.get("seq"), q);
        for (int seq = block.quotes().size(); seq < old.quotes(); seq++) bulk.delete(quoteIndex, id + ":" + seq);
        for (Map.Entry<String, Map<String, Object>> e : block.entities().entrySet())
            bulk.index(entityIndex, id + "|" + e.getKey(), e.getValue());
        for (String key : old.entities()) if (!block.entities().containsKey(key)) bulk.delete(entityIndex, id + "|" + key);
    }

    /** Bulk operations, sent whenever the request reaches {@link #BULK_OPERATIONS} or {@link #BULK_CHARS}. */
    private final class Bulk {
        private BulkRequest.Builder request = new BulkRequest.Builder();
        private int operations;
        private long chars;

        void index(String index, String id, Map<String, Object> doc) throws IOException {
            request.operations(o -> o.index(i -> i.index(index).id(id).document(doc)));
            for (Object v : doc.values()) chars += v instanceof String s ? s.length() : 16;
            added();
        }

        void delete(String index, String id) throws IOException {
            request.operations(o -> o.delete(d -> d.index(index).id(id)));
            added();
        }

        private void added() throws IOException {
            if (++operations >= BULK_OPERATIONS || chars >= BULK_CHARS) send();
        }

        void send() throws IOException {
            if (operations == 0) return;
            BulkResponse response = client.bulk(request.build());
            request = new BulkRequest.Builder();
            operations = 0;
            chars = 0;
            if (response.errors()) {
                String reason = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.error().reason()).findFirst().orElse("bulk failed");
                throw new StoreWriteException("OpenSearch bulk write failed: " + reason, null);
            }
        }
    }

    /** Deletes the article and its documents (sending the batch first when it holds the article). */
    boolean delete(String articleId) throws IOException {
        if (pending.containsKey(articleId)) send();
        Stored old = stored(List.of(articleId)).get(articleId);
        if (old == null) return false;
        Bulk bulk = new Bulk();
        bulk.delete(articles, articleId);
        for (int seq = 0; seq < old.events(); seq++) bulk.delete(events, articleId + ":" + seq);
        for (int seq = 0; seq < old.quotes(); seq++) bulk.delete(quoteIndex, articleId + ":" + seq);
        for (String key : old.entities()) bulk.delete(entityIndex, articleId + "|" + key);
        bulk.send();
        return true;
    }
}
