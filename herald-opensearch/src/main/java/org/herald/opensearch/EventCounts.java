package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.herald.store.EventPage;
import org.herald.store.PageCounts;

/**
 * A page of event hits with GDELT's counts, as the Lucene store counts them ({@link PageCounts}, shared): the event
 * documents of the page's stories with the page's CAMEO codes, then those stories' articles for their sites, two
 * scans whatever the page's size.
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
        Object stories = map("terms", map("story_id", List.copyOf(counts.stories())));
        Object cameos = map("terms", map("cameo", List.copyOf(counts.cameos())));
        searches.scan(events, Searches.filter(List.of(stories, cameos)), MENTION_FIELDS,
                List.of(map("article_id", "asc"), map("seq", "asc")),
                d -> counts.mention(d.path("story_id").asText(), d.path("cameo").asText(), text(d, "source_code"),
                        text(d, "target_code"), text(d, "event_date"), d.path("article_id").asText()));
        Map<String, String> siteOf = new HashMap<>();
        // "source" is the lower-case site, else the article's own id: a source of its own, as PageCounts counts it
        searches.scan(articles, Searches.filter(List.of(stories)), List.of("id", "source"), List.of(map("id", "asc")),
                a -> siteOf.put(a.path("id").asText(), a.path("source").asText()));
        return counts.counted(siteOf);
    }
}
