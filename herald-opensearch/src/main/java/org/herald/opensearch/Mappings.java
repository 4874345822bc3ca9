package org.herald.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.analysis.Analyzer;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * The index templates the store writes under a prefix: {@code PREFIX-articles} (one document an article, with its
 * story), {@code PREFIX-events} (one an event), {@code PREFIX-entities} (one per entity per article, as the Lucene
 * store's entity documents) and {@code PREFIX-quotes} (one a quote). Templates rather than indices, so an operator
 * may roll indices ({@code PREFIX-events-2026}) or change shard counts without Herald's code: what is searched is
 * the pattern.
 */
final class Mappings {
    /** Names are searched as the Lucene store's NameAnalyzer reads them: standard words, lower case, accents folded. */
    static final String NAMES = "names";

    private Mappings() {}

    /**
     * Puts the templates (replacing Herald's earlier ones) and creates the indices when missing; an index made by an
     * earlier Herald gets the fields added since (a mapping only grows).
     */
    static void install(OpenSearchClient client, String prefix, int shards) throws IOException {
        Map<String, TypeMapping> indices = Map.of(prefix + "-articles", articles(), prefix + "-events", events(),
                prefix + "-entities", entities(), prefix + "-quotes", quotes());
        for (Map.Entry<String, TypeMapping> e : indices.entrySet()) {
            String index = e.getKey();
            put(client, index, e.getValue());
            if (!client.indices().exists(x -> x.index(index)).value()) {
                client.indices().create(c -> c.index(index).settings(s -> s.numberOfShards(Integer.toString(shards))));
            } else {
                client.indices().putMapping(m -> m.index(index).properties(e.getValue().properties()));
            }
        }
    }

    private static void put(OpenSearchClient client, String index, TypeMapping mapping) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(index).indexPatterns(index, index + "-*")
                .template(tt -> tt.mappings(mapping)
                        // one node in tests and trials: replicas would never be assigned and health stays yellow
                        .settings(s -> s.numberOfReplicas("0").refreshInterval(r -> r.time("5s"))
                                .analysis(a -> a.analyzer(NAMES, Analyzer.of(an -> an.custom(c -> c
                                        .tokenizer("standard").filter(List.of("lowercase", "asciifolding")))))))));
    }

    private static TypeMapping articles() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .properties("id", keyword())
                .properties("title", english())
                .properties("summary", english())
                .properties("body", english())
                .properties("site", keyword())
                // the site, else the article's id: what trends count as one source
                .properties("source", keyword())
                .properties("site_name", stored())
                .properties("url", stored())
                .properties("published", stored())
                .properties("day", day())
                .properties("time", longs())
                .properties("entities", keyword())
                .properties("analysis_json", stored())
                .properties("original", Property.of(p -> p.binary(b -> b)))
                .properties("ingested", longs())
                .properties("event_count", Property.of(p -> p.integer(i -> i)))
                .properties("quote_count", Property.of(p -> p.integer(i -> i)))
                // the story, and what later articles find it by (see StoryPlacer)
                .properties("story_id", keyword())
                .properties("duplicate_of", stored())
                .properties("story_terms", keyword())
                .properties("story_sum", stored())
                .properties("story_size", longs())
                .properties("story_last", longs())
                .properties("signature", stored())
                .properties("duplicate_bands", keyword()));
    }

    private static TypeMapping events() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .properties("article_id", keyword())
                .properties("article_title", stored())
                .properties("published", keyword())
                .properties("time", longs())
                .properties("story_id", keyword())
                .properties("root", Property.of(p -> p.boolean_(b -> b)))
                .properties("seq", Property.of(p -> p.integer(i -> i)))
                .properties("source_code", keyword()).properties("source_name", stored())
                .properties("source_entity", keyword())
                .properties("target_code", keyword()).properties("target_name", stored())
                .properties("target_entity", keyword())
                // "RUS\tUKR": the first three letters of both codes, what trends count dyads by
                .properties("dyad", keyword())
                .properties("cameo", keyword())
                .properties("plover", stored()).properties("plover_key", keyword())
                .properties("goldstein", Property.of(p -> p.double_(d -> d)))
                .properties("quad", Property.of(p -> p.integer(i -> i)))
                .properties("mode", keyword())
                .properties("confidence", Property.of(p -> p.double_(d -> d)))
                .properties("day", day())
                .properties("event_date", stored())
                .properties("location", stored()).properties("location_country", stored())
                .properties("sentence", stored()).properties("trigger", stored()).properties("rule", stored()));
    }

    private static TypeMapping entities() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .properties("article_id", keyword())
                .properties("entity_id", keyword())
                .properties("type", keyword())
                // the canonical name first, then every alias: a name search matches any of them
                .properties("names", Property.of(p -> p.text(t -> t.analyzer(NAMES))))
                .properties("canonical", keyword())
                .properties("aliases", keyword())
                // a person's name terms (NameTerm), what a later article finds the people of a surname by
                .properties("person_name", keyword())
                .properties("country", keyword())
                .properties("title", keyword())
                .properties("mentions", longs())
                .properties("day", day()));
    }

    private static TypeMapping quotes() {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .properties("article_id", keyword())
                .properties("article_title", stored())
                .properties("published", stored())
                .properties("day", day())
                .properties("time", longs())
                .properties("seq", Property.of(p -> p.integer(i -> i)))
                .properties("text", english())
                .properties("type", keyword())
                .properties("speaker_name", Property.of(p -> p.text(t -> t.analyzer(NAMES))))
                .properties("speaker_entity", keyword()));
    }

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
    }

    private static Property longs() {
        return Property.of(p -> p.long_(l -> l));
    }

    /** Kept in {@code _source} for hits, not indexed. */
    private static Property stored() {
        return Property.of(p -> p.keyword(k -> k.index(false).docValues(false)));
    }

    private static Property english() {
        return Property.of(p -> p.text(t -> t.analyzer("english")));
    }

    private static Property day() {
        return Property.of(p -> p.date(d -> d.format("strict_date")));
    }
}
