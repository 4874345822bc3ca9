package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;
import static org.herald.opensearch.Searches.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.herald.store.EntityKeys;
import org.herald.store.QuotePage;
import org.herald.store.QuoteQuery;

/** Quote search, newest article first and in text order within an article, as the Lucene store's. */
final class Quotes {
    private final Searches searches;
    private final String quotes;
    private final EntityKeys keys;

    Quotes(Searches searches, String quotes, EntityKeys keys) {
        this.searches = searches;
        this.quotes = quotes;
        this.keys = keys;
    }

    QuotePage search(QuoteQuery query) {
        List<Object> filters = new ArrayList<>();
        if (query.dates().from().isPresent() || query.dates().to().isPresent())
            filters.add(Searches.days(query.dates().from(), query.dates().to()));
        query.speaker().filter(s -> !s.isBlank()).map(String::strip).ifPresent(s -> filters.add(keys.isKey(s)
                // a store id ("person:sergei-lavrov") is the resolved speaker; anything else, words of the name
                ? term("speaker_entity", s)
                : map("match", map("speaker_name", map("query", s, "operator", "and")))));
        if (!query.anyType())
            filters.add(map("terms", map("type", query.types().stream().map(Enum::name).sorted().toList())));
        query.text().filter(t -> !t.isBlank()).ifPresent(t -> filters.add(map("simple_query_string",
                map("query", t, "fields", List.of("text"), "default_operator", "and"))));
        PageCursor.Window window = PageCursor.window(query.paging(), "quotes", 4);
        Map<String, Object> body = map("from", window.from(), "size", window.size(),
                "track_total_hits", true, "query", Searches.filter(filters),
                "sort", List.of(map("time", map("order", "desc", "missing", "_last")),
                        map("day", map("order", "desc", "missing", "_last")), map("article_id", "asc"),
                        map("seq", "asc")));
        window.after().ifPresent(a -> body.put("search_after", a));
        JsonNode r = searches.search(quotes, body);
        List<QuotePage.Hit> hits = new ArrayList<>();
        List<ArrayNode> sorts = new ArrayList<>();
        List<JsonNode> returned = Searches.hits(r);
        for (JsonNode h : returned) {
            if (hits.size() == query.paging().limit()) break;
            JsonNode src = h.path("_source");
            hits.add(new QuotePage.Hit(src.path("text").asText(), src.path("type").asText(),
                    text(src, "speaker_name"), text(src, "speaker_entity"), src.path("article_id").asText(),
                    text(src, "article_title"), text(src, "published")));
            sorts.add((ArrayNode) h.path("sort"));
        }
        return new QuotePage(Searches.total(r), hits, PageCursor.next(sorts, returned.size(), query.paging(), window,
                "quotes"));
    }
}
