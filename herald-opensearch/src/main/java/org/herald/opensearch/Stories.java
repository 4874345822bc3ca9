package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;
import static org.herald.opensearch.Searches.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.StoryEvent;
import org.herald.store.StoryMentions;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.StorySummary;

/**
 * Stories as the articles' {@code story_id} groups them, as the Lucene store's story search counts them: the list
 * is a terms aggregation over the articles (biggest or newest first, ties by id), a story's page its articles
 * earliest first and its events counted once across them, GDELT-style.
 */
final class Stories {
    static final int HEADLINES = 3;
    static final int TOP_ENTITIES = 5;
    /** A story page lists at most this many articles, earliest first, and counts over them. */
    static final int MAX_ARTICLES = 1000;
    static final int MAX_MENTIONS = 10_000;
    private static final List<String> ARTICLE_FIELDS = List.of("id", "title", "site_name", "url", "published",
            "duplicate_of", "entities", "source");

    private final Searches searches;
    private final String articles;
    private final String events;
    private final Entities entities;

    Stories(Searches searches, String articles, String events, Entities entities) {
        this.searches = searches;
        this.articles = articles;
        this.events = events;
        this.entities = entities;
    }

    StoryPage search(StoryQuery query) {
        int size = query.paging().offset() + query.paging().limit();
        List<Object> order = query.sort() == StoryQuery.Sort.SIZE
                ? List.of(map("_count", "desc"), map("last", "desc"), map("_key", "asc"))
                : List.of(map("last", "desc"), map("_count", "desc"), map("_key", "asc"));
        JsonNode r = searches.search(articles, map("size", 0,
                "aggs", map("stories", map("terms", map("field", "story_id", "size", Math.max(1, size),
                                "order", order), "aggs", map("last", map("max", map("field", "time")))),
                        "total", map("cardinality", map("field", "story_id", "precision_threshold", 40_000)))));
        List<JsonNode> buckets = Searches.buckets(r.path("aggregations").path("stories"));
        List<StorySummary> page = new ArrayList<>();
        for (JsonNode b : buckets.subList(Math.min(buckets.size(), query.paging().offset()), buckets.size())) {
            if (page.size() == query.paging().limit()) break;
            page.add(read(b.path("key").asText()).summary());
        }
        return new StoryPage(r.path("aggregations").path("total").path("value").asLong(), page);
    }

    /** The story's summary as the list gives it; zero articles when none is stored. */
    StorySummary summary(String storyId) {
        return read(storyId).summary();
    }

    Optional<StoryProfile> profile(String storyId) {
        Read story = read(storyId);
        if (story.summary().articles() == 0) return Optional.empty();
        return Optional.of(new StoryProfile(story.summary(), story.articles(), events(storyId, story.sites())));
    }

    private record Read(StorySummary summary, List<StoryProfile.Article> articles, Map<String, String> sites) {}

    private Read read(String storyId) {
        JsonNode r = searches.search(articles, map("size", MAX_ARTICLES, "track_total_hits", true,
                "query", term("story_id", storyId), "_source", ARTICLE_FIELDS,
                // earliest first; at the same time, in the order they joined the story
                "sort", List.of(map("time", map("order", "asc", "missing", "_last")), map("story_size", "asc"),
                        map("id", "asc"))));
        long total = Searches.total(r);
        Map<String, Long> siteCounts = new HashMap<>();
        Map<String, String> siteNames = new HashMap<>();
        Map<String, Long> entityCounts = new HashMap<>();
        Map<String, String> siteOf = new LinkedHashMap<>();
        List<StoryProfile.Article> listed = new ArrayList<>();
        Set<String> headlines = new LinkedHashSet<>();
        Optional<String> first = Optional.empty();
        Optional<String> last = Optional.empty();
        for (JsonNode h : Searches.hits(r)) {
            JsonNode src = h.path("_source");
            StoryProfile.Article a = new StoryProfile.Article(src.path("id").asText(), text(src, "title"),
                    text(src, "site_name"), text(src, "url"), text(src, "published"), text(src, "duplicate_of"));
            String site = a.site().map(s -> s.toLowerCase(Locale.ROOT)).orElse(a.id());
            siteOf.put(a.id(), site);
            siteCounts.merge(site, 1L, Long::sum);
            a.site().ifPresent(written -> siteNames.putIfAbsent(site, written));
            src.path("entities").forEach(e -> entityCounts.merge(e.asText(), 1L, Long::sum));
            listed.add(a);
            if (headlines.size() < HEADLINES) a.title().ifPresent(headlines::add);
            if (first.isEmpty()) first = a.published();
            if (a.published().isPresent()) last = a.published();
        }
        List<String> sites = byCount(siteCounts, Integer.MAX_VALUE).stream()
                .map(site -> siteNames.getOrDefault(site, site)).toList();
        List<StorySummary.Entity> top = new ArrayList<>();
        List<String> topIds = byCount(entityCounts, TOP_ENTITIES);
        Map<String, String> names = entities.names(topIds);
        for (String id : topIds) top.add(new StorySummary.Entity(id, names.getOrDefault(id, id), entityCounts.get(id)));
        return new Read(new StorySummary(storyId, total, sites, first, last, top, List.copyOf(headlines)), listed,
                siteOf);
    }

    /** The keys, most counted first (ties by key), at most {@code k}. */
    private static List<String> byCount(Map<String, Long> counts, int k) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    /** The story's events counted once ({@link StoryMentions}, as the Lucene store counts them). */
    private List<StoryEvent> events(String storyId, Map<String, String> siteOf) {
        JsonNode r = searches.search(events, map("size", MAX_MENTIONS, "query", term("story_id", storyId),
                "sort", List.of(map("time", map("order", "asc", "missing", "_last")), map("article_id", "asc"),
                        map("seq", "asc"))));
        List<StoryMentions.Mention> mentions = new ArrayList<>();
        for (JsonNode h : Searches.hits(r)) {
            JsonNode d = h.path("_source");
            mentions.add(new StoryMentions.Mention(d.path("article_id").asText(), d.path("cameo").asText(),
                    d.path("plover").asText(), text(d, "source_code").orElse(""), d.path("source_name").asText(),
                    text(d, "source_entity"), text(d, "target_code").orElse(""), text(d, "target_name"),
                    text(d, "target_entity"), text(d, "event_date").orElse(""), d.path("goldstein").asDouble(),
                    d.path("quad").asInt(), d.path("root").asBoolean(), d.path("sentence").asText()));
        }
        return StoryMentions.events(mentions, siteOf);
    }
}
