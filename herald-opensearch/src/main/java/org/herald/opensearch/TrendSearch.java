package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.model.analysis.EventMode;
import org.herald.store.EntitySummary;
import org.herald.store.Trends;
import org.herald.store.TrendsQuery;

/**
 * {@link Trends} from aggregations over the window's documents, counted as the Lucene store counts them: the
 * articles of a window give each story its sources (sites; an article without one is its own), the entity documents
 * each entity its articles, the asserted events their dyads, this week against the weekly mean of the four before.
 */
final class TrendSearch {
    private static final int BASELINE_DAYS = Trends.BASELINE_WEEKS * 7;
    /** How many stories, entities or dyads of a window are ranked; far above what a window of news holds. */
    private static final int RANKED = 10_000;

    private final Searches searches;
    private final String articles;
    private final String entityIndex;
    private final String events;
    private final Stories stories;
    private final Entities entities;

    TrendSearch(Searches searches, String articles, String entityIndex, String events, Stories stories,
                Entities entities) {
        this.searches = searches;
        this.articles = articles;
        this.entityIndex = entityIndex;
        this.events = events;
        this.stories = stories;
        this.entities = entities;
    }

    Trends trends(TrendsQuery query) {
        Optional<LocalDate> at = query.at().or(this::newestDay);
        if (at.isEmpty()) return new Trends(Optional.empty(), List.of(), List.of(), List.of(), List.of());
        LocalDate day = at.get();
        LocalDate weekStart = day.minusDays(Trends.RECENT_DAYS - 1);
        return new Trends(at, topStories(day, day, query.limit()), topStories(weekStart, day, query.limit()),
                risingEntities(weekStart, day, query.limit()), risingDyads(weekStart, day, query.limit()));
    }

    private Optional<LocalDate> newestDay() {
        JsonNode r = searches.search(articles, map("size", 0,
                "aggs", map("newest", map("max", map("field", "day", "format", "yyyy-MM-dd")))));
        JsonNode s = r.path("aggregations").path("newest").get("value_as_string");
        return s == null || s.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(s.asText()));
    }

    private List<Trends.TopStory> topStories(LocalDate from, LocalDate to, int limit) {
        JsonNode r = searches.search(articles, map("size", 0,
                "query", Searches.days(Optional.of(from), Optional.of(to)),
                "aggs", map("stories", map("terms", map("field", "story_id", "size", RANKED),
                        "aggs", map("sources", map("cardinality", map("field", "source")))))));
        record Counted(String story, long sources, long articles) {}
        List<Counted> ranked = new ArrayList<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("stories")))
            ranked.add(new Counted(b.path("key").asText(), b.path("sources").path("value").asLong(),
                    b.path("doc_count").asLong()));
        ranked.sort(Comparator.comparingLong((Counted c) -> -c.sources()).thenComparingLong(c -> -c.articles())
                .thenComparing(Counted::story));
        List<Trends.TopStory> out = new ArrayList<>();
        for (Counted c : ranked.subList(0, Math.min(limit, ranked.size())))
            out.add(new Trends.TopStory(stories.summary(c.story()), c.sources(), c.articles()));
        return out;
    }

    private List<Trends.RisingEntity> risingEntities(LocalDate weekStart, LocalDate to, int limit) {
        Map<String, long[]> counts = counted(entityIndex, "entity_id", List.of(), weekStart, to);
        List<Map.Entry<String, long[]>> rising = Trends.rising(counts, limit);
        Map<String, EntitySummary> summaries = new HashMap<>();
        for (EntitySummary s : entities.summaries(rising.stream().map(Map.Entry::getKey).toList()))
            summaries.put(s.id(), s);
        return Trends.risingEntities(rising, summaries);
    }

    private List<Trends.RisingDyad> risingDyads(LocalDate weekStart, LocalDate to, int limit) {
        Map<String, long[]> counts = counted(events, "dyad", List.of(term("mode", EventMode.ASSERTED.name())),
                weekStart, to);
        List<Trends.RisingDyad> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : Trends.rising(counts, limit)) {
            String[] dyad = e.getKey().split("\t");
            double baseline = e.getValue()[1] / (double) Trends.BASELINE_WEEKS;
            out.add(new Trends.RisingDyad(dyad[0], dyad[1], e.getValue()[0], baseline,
                    Trends.score(e.getValue()[0], baseline)));
        }
        return out;
    }

    /** Per key: documents in the week ({@code [0]}) and in the four weeks before it ({@code [1]}). */
    private Map<String, long[]> counted(String index, String field, List<Object> filters, LocalDate weekStart,
                                        LocalDate to) {
        List<Object> all = new ArrayList<>(filters);
        all.add(Searches.days(Optional.of(weekStart.minusDays(BASELINE_DAYS)), Optional.of(to)));
        JsonNode r = searches.search(index, map("size", 0, "query", Searches.filter(all),
                "aggs", map("keys", map("terms", map("field", field, "size", RANKED),
                        "aggs", map("recent", map("filter", Searches.days(Optional.of(weekStart), Optional.of(to))))))));
        Map<String, long[]> counts = new HashMap<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("keys"))) {
            long recent = b.path("recent").path("doc_count").asLong();
            counts.put(b.path("key").asText(), new long[] {recent, b.path("doc_count").asLong() - recent});
        }
        return counts;
    }
}
