package org.herald.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.RestClient;

/**
 * Searches written as the query DSL reads, as nested maps, sent through the client's REST transport and read back
 * as JSON trees: the stories', entities' and trends' aggregations nest three levels deep, and the typed builders
 * would bury what is counted under their lambdas.
 */
final class Searches {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient rest;

    Searches(RestClient rest) {
        this.rest = rest;
    }

    /** The response of {@code POST /INDEX/_search} with this body; I/O errors unchecked, with the cluster's reason. */
    JsonNode search(String index, Map<String, Object> body) {
        try {
            Request request = new Request("POST", "/" + index + "/_search");
            request.setEntity(new NStringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
            Response response = rest.performRequest(request);
            return JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch: " + e.getMessage(), e);
        }
    }

    /** Hits a scan reads per request: OpenSearch's index.max_result_window, the most one request may return. */
    static final int SCAN_PAGE = 10_000;

    /**
     * Every hit of the query, a request of {@value #SCAN_PAGE} at a time with {@code search_after}, in the order of
     * {@code sort}, which must end on a unique key; only the {@code fields} of each {@code _source} are read.
     */
    void scan(String index, Object query, List<String> fields, List<Object> sort, Consumer<JsonNode> source) {
        Object after = null;
        while (true) {
            Map<String, Object> body = map("size", SCAN_PAGE, "query", query, "_source", fields, "sort", sort,
                    "track_total_hits", false);
            if (after != null) body.put("search_after", after);
            List<JsonNode> hits = hits(search(index, body));
            for (JsonNode h : hits) source.accept(h.path("_source"));
            if (hits.size() < SCAN_PAGE) return;
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    /** A map of the pairs given, in their order: {@code map("size", 0, "query", q)}. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    static Map<String, Object> term(String field, Object value) {
        return map("term", map(field, value));
    }

    static Map<String, Object> filter(List<Object> filters) {
        return map("bool", map("filter", filters));
    }

    /** {@code day} between the two days, both included. */
    static Map<String, Object> days(Optional<?> from, Optional<?> to) {
        Map<String, Object> range = new LinkedHashMap<>();
        from.ifPresent(f -> range.put("gte", f.toString()));
        to.ifPresent(t -> range.put("lte", t.toString()));
        return map("range", map("day", range));
    }

    static List<JsonNode> hits(JsonNode response) {
        List<JsonNode> out = new ArrayList<>();
        response.path("hits").path("hits").forEach(out::add);
        return out;
    }

    static long total(JsonNode response) {
        return response.path("hits").path("total").path("value").asLong();
    }

    static List<JsonNode> buckets(JsonNode aggregation) {
        List<JsonNode> out = new ArrayList<>();
        aggregation.path("buckets").forEach(out::add);
        return out;
    }

    static Optional<String> text(JsonNode source, String field) {
        JsonNode v = source.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
