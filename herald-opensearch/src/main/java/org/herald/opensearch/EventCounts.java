package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;
import static org.herald.opensearch.Searches.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.herald.store.Days;
import org.herald.store.EventPage;
import org.herald.store.PageCounts;

/**
 * A page of event hits with GDELT's counts, as the Lucene store counts them ({@link PageCounts}, shared), in two
 * requests whatever the page holds: the event documents that may be mentions of the page's events (same story,
 * CAMEO code, actor codes and day: one filter per distinct event of the page), then the sites of just the articles
 * those mentions are in. Reading every event of the page's stories, as this class did first, cost 94/230 ms p50/p95
 * a dyad page (docs/BENCHMARKS.md): a story of hundreds of articles has thousands of events, nearly all other ones.
 * The day stands in for the date, which is kept for display only; {@link PageCounts} then matches the date exactly.
 */
final class EventCounts {
    private static final List<String> MENTION_FIELDS = List.of("article_id", "story_id", "cameo", "source_code",
            "target_code", "event_date");

    private final Searches searches;
    private final String articles;
    private final String events;

    EventCounts(Searches searches, String articles, String events) {
        this.searches = searches;
        this.articles = articles;
        this.events = events;
    }

    List<EventPage.Hit> add(List<EventPage.Hit> hits) {
        PageCounts counts = new PageCounts(hits);
        if (counts.isEmpty()) return hits;
        Map<List<Object>, Object> mentionsOf = new LinkedHashMap<>();
        for (EventPage.Hit h : hits) h.story().ifPresent(story -> mentionsOf.computeIfAbsent(List.of(story,
                h.cameo(), h.source().code(), h.target().map(EventPage.Actor::code).orElse(""), h.date()),
                k -> mentions(story, h)));
        Object query = map("bool", map("should", List.copyOf(mentionsOf.values()), "minimum_should_match", 1));
        Set<String> mentioned = new LinkedHashSet<>();
        searches.scan(events, query, MENTION_FIELDS, List.of(map("article_id", "asc"), map("seq", "asc")), d -> {
            mentioned.add(d.path("article_id").asText());
            counts.mention(d.path("story_id").asText(), d.path("cameo").asText(), text(d, "source_code"),
                    text(d, "target_code"), text(d, "event_date"), d.path("article_id").asText());
        });
        Map<String, String> siteOf = new HashMap<>();
        // "source" is the lower-case site, else the article's own id: a source of its own, as PageCounts counts it
        List<String> ids = List.copyOf(mentioned);
        for (int i = 0; i < ids.size(); i += Searches.SCAN_PAGE) {
            searches.scan(articles, map("ids", map("values", ids.subList(i, Math.min(ids.size(), i + Searches.SCAN_PAGE)))),
                    List.of("id", "source"), List.of(map("id", "asc")),
                    a -> siteOf.put(a.path("id").asText(), a.path("source").asText()));
        }
        return counts.counted(siteOf);
    }

    /** The events that may mention the hit's event: its story, code, actors' codes (or none) and day (or none). */
    private static Object mentions(String story, EventPage.Hit h) {
        List<Object> must = new ArrayList<>(List.of(term("story_id", story), term("cameo", h.cameo())));
        List<Object> mustNot = new ArrayList<>();
        // an uncoded actor's code is not written (Documents): "no code" is a missing field
        codeOrNone(must, mustNot, "source_code", Optional.of(h.source().code()));
        codeOrNone(must, mustNot, "target_code", h.target().map(EventPage.Actor::code));
        Optional<String> day = h.date().flatMap(Days::firstDay).map(Object::toString);
        if (day.isPresent()) must.add(term("day", day.get()));
        else mustNot.add(map("exists", map("field", "day")));
        return map("bool", map("filter", must, "must_not", mustNot));
    }

    private static void codeOrNone(List<Object> must, List<Object> mustNot, String field, Optional<String> code) {
        if (code.filter(c -> !c.isEmpty()).isPresent()) must.add(term(field, code.get()));
        else mustNot.add(map("exists", map("field", field)));
    }
}
