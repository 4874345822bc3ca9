package org.herald.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herald.store.InvalidCursorException;
import org.herald.store.Paging;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * A page's {@code next} cursor on OpenSearch, as the Lucene store's SortCursor is on Lucene: the sort values of the
 * page's last hit, which the next page's {@code search_after} takes, written URL-safe with the search's name, so a
 * quote cursor given to events is refused rather than misread. Sort values, not a scroll or a point in time: a
 * cursor holds nothing open on the cluster and stays right across refreshes, since every sort ends on a unique key
 * (the article id, the position in it).
 */
final class PageCursor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private PageCursor() {}

    /** What a page asks the cluster for: from where, how many (one past the page when it can: do more follow?). */
    record Window(int from, int size, Optional<ArrayNode> after) {}

    /**
     * The request for {@code paging}: after the cursor's hit, or from the offset; one hit more than the page, unless
     * that would pass the result window ({@link Paging#MAX_WINDOW}, OpenSearch's index.max_result_window).
     */
    static Window window(Paging paging, String search, int sortValues) {
        Optional<ArrayNode> after = paging.cursor().map(c -> decode(c, search, sortValues));
        int from = after.isPresent() ? 0 : paging.offset();
        int size = paging.limit() == 0 ? 0 : Math.min(paging.limit() + 1, Paging.MAX_WINDOW - from);
        return new Window(from, size, after);
    }

    /**
     * The cursor of the page after the page's hits, or empty when no hit follows them.
     *
     * @param pageSorts the sort values of the page's hits (at most its limit)
     * @param returned  how many hits the cluster returned: one past the page when more follow
     */
    static Optional<String> next(List<ArrayNode> pageSorts, int returned, Paging paging, Window window,
                                 String search) {
        int limit = paging.limit();
        if (limit == 0 || pageSorts.size() < limit) return Optional.empty();
        // At the result window's edge no hit past the page could be asked for: a full page gets a cursor there,
        // and the page after may be empty.
        boolean peeked = window.size() > limit;
        if (peeked && returned <= limit) return Optional.empty();
        return Optional.of(encode(search, pageSorts.get(limit - 1)));
    }

    static String encode(String search, ArrayNode sortValues) {
        ObjectNode o = JSON.createObjectNode();
        o.put("v", VERSION);
        o.put("search", search);
        o.set("after", sortValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The hit to continue after; {@link InvalidCursorException} unless {@link #encode} wrote it for this search. */
    static ArrayNode decode(String cursor, String search, int sortValues) {
        JsonNode o;
        try {
            o = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw invalid("it is damaged");
        }
        if (o == null || !o.isObject() || o.path("v").asInt() != VERSION) {
            throw invalid("it is not one this server wrote");
        }
        String written = o.path("search").asText();
        if (!written.equals(search)) throw invalid("it continues a search of " + written + ", not of " + search);
        JsonNode after = o.path("after");
        if (!after.isArray() || after.size() != sortValues) throw invalid("it has the wrong number of sort values");
        for (JsonNode v : after) if (!v.isNumber() && !v.isTextual()) throw invalid("its sort values do not fit");
        // bytes past the JSON, or the JSON written otherwise: not as encode wrote it
        if (!encode(search, (ArrayNode) after).equals(cursor)) throw invalid("it has bytes past its end");
        return (ArrayNode) after;
    }

    /** Sort values as JSON, from the typed client's hit. */
    static ArrayNode json(List<FieldValue> values) {
        ArrayNode out = JSON.createArrayNode();
        for (FieldValue v : values) {
            if (v.isLong()) out.add(v.longValue());
            else if (v.isDouble()) out.add(v.doubleValue());
            else if (v.isString()) out.add(v.stringValue());
            else if (v.isBoolean()) out.add(v.booleanValue());
            else throw new IllegalStateException("no cursor form for sort value " + v._kind());
        }
        return out;
    }

    /** Sort values for the typed client's {@code search_after}. */
    static List<FieldValue> fieldValues(ArrayNode values) {
        List<FieldValue> out = new ArrayList<>();
        for (JsonNode v : values) {
            out.add(v.isIntegralNumber() ? FieldValue.of(v.longValue())
                    : v.isNumber() ? FieldValue.of(v.doubleValue()) : FieldValue.of(v.asText()));
        }
        return out;
    }

    private static InvalidCursorException invalid(String why) {
        return new InvalidCursorException("cursor cannot be continued from: " + why
                + "; use the 'next' of the page before, with the same query");
    }
}
