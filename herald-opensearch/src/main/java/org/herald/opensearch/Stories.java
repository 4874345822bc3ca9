package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;
import static org.herald.opensearch.Searches.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.StoryEvent;
import org.herald.store.StoryMentions;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StoryQuery;
import org.herald.store.StorySummary;
import org.herald.store.StoryTally;

/**
 * Stories as the articles' {@code story_id} groups them, as the Lucene store's story search counts them: the list
 * is a terms aggregation over the articles (biggest or newest first, ties by id), a story's page its articles
 * earliest first (the first {@value #MAX_ARTICLES} listed, all counted) and every one of its events counted once
 * across them, GDELT-style.
 */
final class Stories {
    /** A story page lists at most this many articles, earliest first, and counts over them. */
    static final int MAX_ARTICLES = 1000;
    /** What a story's events are read from: every event of the story is counted. */
    private static final List<String> MENTION_FIELDS = List.of("article_id", "cameo", "plover", "source_code",
            "source_name", "source_entity", "target_code", "target_name", "target_entity", "event_date", "goldstein",
            "quad", "root", "sentence");
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

    /**
     * The story's articles earliest first: the first {@value #MAX_ARTICLES} listed, every one counted (sites, top
     * entities, last seen), as the Lucene store counts them; past the listed ones the rest are scanned for the
     * same light fields, so a story of 50,000 articles is counted in full, not over its first thousand.
     */
    private Read read(String storyId) {
        StoryTally tally = new StoryTally();
        int[] seen = {0};
        searches.scan(articles, term("story_id", storyId), ARTICLE_FIELDS,
                // earliest first; at the same time, in the order they joined the story
                List.of(map("time", map("order", "asc", "missing", "_last")), map("story_size", "asc"),
                        map("id", "asc")),
                src -> {
                    List<String> entityIds = new ArrayList<>();
                    src.path("entities").forEach(e -> entityIds.add(e.asText()));
                    tally.article(new StoryProfile.Article(src.path("id").asText(), text(src, "title"),
                            text(src, "site_name"), text(src, "url"), text(src, "published"),
                            text(src, "duplicate_of")), entityIds, seen[0]++ < MAX_ARTICLES);
                });
        return new Read(tally.summary(storyId, seen[0], entities.names(tally.topEntities())), tally.listed(),
                tally.siteOf());
    }

    /** The story's events counted once ({@link StoryMentions}, as the Lucene store counts them). */
    private List<StoryEvent> events(String storyId, Map<String, String> siteOf) {
        List<StoryMentions.Mention> mentions = new ArrayList<>();
        searches.scan(events, term("story_id", storyId), MENTION_FIELDS,
                List.of(map("time", map("order", "asc", "missing", "_last")), map("article_id", "asc"),
                        map("seq", "asc")),
                d -> mentions.add(new StoryMentions.Mention(d.path("article_id").asText(), d.path("cameo").asText(),
                        d.path("plover").asText(), text(d, "source_code").orElse(""), d.path("source_name").asText(),
                        text(d, "source_entity"), text(d, "target_code").orElse(""), text(d, "target_name"),
                        text(d, "target_entity"), text(d, "event_date").orElse(""), d.path("goldstein").asDouble(),
                        d.path("quad").asInt(), d.path("root").asBoolean(), d.path("sentence").asText())));
        return StoryMentions.events(mentions, siteOf);
    }
}
