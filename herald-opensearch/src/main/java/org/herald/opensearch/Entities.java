package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.EntityPage;
import org.herald.store.EntityProfile;
import org.herald.store.EntityQuery;
import org.herald.store.EntitySearchPage;
import org.herald.store.EntitySummary;

/**
 * Entities summed from their per-article documents by aggregations, as the Lucene store's entity statistics sum
 * them: mentions and articles, the longest name given, the country most articles gave; for a profile also titles
 * with the days they were seen, aliases and mentions per day. Search ranks by mentions (ties by id); the listing
 * pages through ids with a composite aggregation, so a deep page costs what the first does.
 */
final class Entities {
    static final int CO_MENTIONS = 20;
    private static final int MANY = 500;

    private final Searches searches;
    private final String entities;
    private final String articles;

    Entities(Searches searches, String entities, String articles) {
        this.searches = searches;
        this.entities = entities;
        this.articles = articles;
    }

    /** Every title, role, alias and day of one entity, with its summary. */
    record Detail(EntitySummary summary, List<String> titles, List<EntityProfile.Role> roles,
                  List<EntityProfile.Alias> aliases, List<EntityProfile.DayCount> timeline) {}

    EntitySearchPage search(EntityQuery query) {
        List<Object> filters = new ArrayList<>();
        query.text().filter(t -> !t.isBlank()).ifPresent(t -> filters.add(
                // every word, the last one as a prefix ("Lavr" finds Lavrov), over any alias
                map("match_bool_prefix", map("names", map("query", t, "operator", "and")))));
        query.type().ifPresent(t -> filters.add(map("prefix", map("entity_id", t + ":"))));
        int size = query.paging().offset() + query.paging().limit();
        JsonNode r = searches.search(entities, map("size", 0, "query", Searches.filter(filters),
                "aggs", map("ids", map("terms", map("field", "entity_id", "size", Math.max(1, size),
                                "order", List.of(map("mentions", "desc"), map("_key", "asc"))),
                                "aggs", map("mentions", map("sum", map("field", "mentions")))),
                        "total", map("cardinality", map("field", "entity_id", "precision_threshold", 40_000)))));
        List<String> ids = new ArrayList<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("ids"))) ids.add(b.path("key").asText());
        List<String> page = size == 0 ? List.of()
                : ids.subList(Math.min(query.paging().offset(), ids.size()), ids.size());
        return new EntitySearchPage(r.path("aggregations").path("total").path("value").asLong(), summaries(page));
    }

    EntityPage list(Optional<String> type, Optional<String> after, int limit) {
        if (limit == 0) return new EntityPage(List.of(), Optional.empty());
        Map<String, Object> composite = map("size", limit + 1,
                "sources", List.of(map("id", map("terms", map("field", "entity_id")))));
        after.ifPresent(a -> composite.put("after", map("id", a)));
        List<Object> filters = new ArrayList<>();
        type.ifPresent(t -> filters.add(map("prefix", map("entity_id", t + ":"))));
        JsonNode r = searches.search(entities, map("size", 0, "query", Searches.filter(filters),
                "aggs", map("ids", map("composite", composite))));
        List<String> ids = new ArrayList<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("ids"))) ids.add(b.path("key").path("id").asText());
        boolean more = ids.size() > limit;
        if (more) ids = ids.subList(0, limit);
        return new EntityPage(summaries(ids), more ? Optional.of(ids.get(ids.size() - 1)) : Optional.empty());
    }

    /** The summaries of these entities, in the order given; ids not stored are left out. */
    List<EntitySummary> summaries(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, EntitySummary> found = new HashMap<>();
        for (JsonNode b : byEntity(ids, false)) found.put(b.path("key").asText(), summary(b));
        List<EntitySummary> out = new ArrayList<>();
        for (String id : ids) if (found.containsKey(id)) out.add(found.get(id));
        return out;
    }

    /** The names the summaries give these entities. */
    Map<String, String> names(List<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (EntitySummary s : summaries(ids)) out.put(s.id(), s.name());
        return out;
    }

    Optional<Detail> detail(String id) {
        for (JsonNode b : byEntity(List.of(id), true)) {
            TreeSet<String> titles = new TreeSet<>();
            List<EntityProfile.Role> roles = new ArrayList<>();
            for (JsonNode t : Searches.buckets(b.path("titles"))) {
                String title = t.path("key").asText();
                titles.add(title);
                roles.add(new EntityProfile.Role(title, day(t.path("first")), day(t.path("last")),
                        t.path("doc_count").asLong()));
            }
            roles.sort(Comparator.comparing((EntityProfile.Role r) -> r.firstSeen().map(LocalDate::toEpochDay)
                    .orElse(Long.MAX_VALUE)).thenComparing(EntityProfile.Role::title));
            List<EntityProfile.Alias> aliases = new ArrayList<>();
            for (JsonNode a : Searches.buckets(b.path("aliases")))
                aliases.add(new EntityProfile.Alias(a.path("key").asText(), a.path("doc_count").asLong()));
            List<EntityProfile.DayCount> timeline = new ArrayList<>();
            for (JsonNode d : Searches.buckets(b.path("days"))) {
                if (d.path("doc_count").asLong() == 0) continue;
                timeline.add(new EntityProfile.DayCount(LocalDate.parse(d.path("key_as_string").asText()),
                        (long) d.path("mentions").path("value").asDouble()));
            }
            return Optional.of(new Detail(summary(b), List.copyOf(titles), roles, aliases, timeline));
        }
        return Optional.empty();
    }

    /** Entities in the most articles that also mention this one; the entity itself is left out. */
    List<EntityProfile.CoMention> coMentions(String id) {
        JsonNode r = searches.search(articles, map("size", 0, "query", term("entities", id),
                "aggs", map("with", map("terms", map("field", "entities", "size", CO_MENTIONS + 1,
                        "order", List.of(map("_count", "desc"), map("_key", "asc")))))));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("with"))) {
            String other = b.path("key").asText();
            if (!other.equals(id) && counts.size() < CO_MENTIONS) counts.put(other, b.path("doc_count").asLong());
        }
        List<EntityProfile.CoMention> out = new ArrayList<>();
        for (EntitySummary s : summaries(List.copyOf(counts.keySet())))
            out.add(new EntityProfile.CoMention(s, counts.get(s.id())));
        return out;
    }

    private List<JsonNode> byEntity(List<String> ids, boolean detail) {
        Map<String, Object> aggs = map(
                "mentions", map("sum", map("field", "mentions")),
                "type", map("terms", map("field", "type", "size", 1)),
                "countries", map("terms", map("field", "country", "size", MANY)),
                "names", map("terms", map("field", "canonical", "size", MANY)));
        if (detail) {
            aggs.put("titles", map("terms", map("field", "title", "size", MANY),
                    "aggs", map("first", map("min", map("field", "day", "format", "yyyy-MM-dd")),
                            "last", map("max", map("field", "day", "format", "yyyy-MM-dd")))));
            aggs.put("aliases", map("terms", map("field", "aliases", "size", MANY,
                    "order", List.of(map("_count", "desc"), map("_key", "asc")))));
            aggs.put("days", map("date_histogram", map("field", "day", "calendar_interval", "day",
                    "format", "yyyy-MM-dd", "min_doc_count", 1), "aggs", map("mentions", map("sum",
                    map("field", "mentions")))));
        }
        JsonNode r = searches.search(entities, map("size", 0, "query", map("terms", map("entity_id", ids)),
                "aggs", map("by", map("terms", map("field", "entity_id", "size", ids.size()), "aggs", aggs))));
        return Searches.buckets(r.path("aggregations").path("by"));
    }

    private static EntitySummary summary(JsonNode b) {
        Map<String, Long> names = counts(b.path("names"));
        // the longest name, then the one in most articles, then the first alphabetically
        String name = names.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByValue())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(b.path("key").asText());
        Optional<String> country = counts(b.path("countries")).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
        String type = Searches.buckets(b.path("type")).stream().map(t -> t.path("key").asText()).findFirst()
                .orElse("");
        return new EntitySummary(b.path("key").asText(), name, type, country,
                (long) b.path("mentions").path("value").asDouble(), b.path("doc_count").asLong());
    }

    private static Map<String, Long> counts(JsonNode terms) {
        Map<String, Long> out = new HashMap<>();
        for (JsonNode t : Searches.buckets(terms)) out.put(t.path("key").asText(), t.path("doc_count").asLong());
        return out;
    }

    private static Optional<LocalDate> day(JsonNode minOrMax) {
        JsonNode s = minOrMax.get("value_as_string");
        return s == null || s.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(s.asText()));
    }
}
