package org.herald.opensearch;

import java.io.IOException;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;

/**
 * The two index templates the store writes under a prefix: {@code PREFIX-articles} (one document an article) and
 * {@code PREFIX-events} (one an event). Templates rather than indices, so an operator may roll indices
 * ({@code PREFIX-events-2026}) or change shard counts without Herald's code: what is searched is the pattern.
 */
final class Mappings {
    private Mappings() {}

    /** Puts both templates (replacing Herald's earlier ones) and creates the indices when missing. */
    static void install(OpenSearchClient client, String prefix, int shards) throws IOException {
        put(client, prefix + "-articles", articles());
        put(client, prefix + "-events", events());
        for (String index : new String[] {prefix + "-articles", prefix + "-events"}) {
            if (!client.indices().exists(e -> e.index(index)).value())
                client.indices().create(c -> c.index(index).settings(s -> s.numberOfShards(Integer.toString(shards))));
        }
    }

    private static void put(OpenSearchClient client, String index, TypeMapping mapping) throws IOException {
        client.indices().putIndexTemplate(t -> t.name(index).indexPatterns(index, index + "-*")
                .template(tt -> tt.mappings(mapping)
                        // one node in tests and trials: replicas would never be assigned and health stays yellow
                        .settings(s -> s.numberOfReplicas("0").refreshInterval(r -> r.time("5s")))));
    }

    private static TypeMapping articles() {
        return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.False)
                .properties("id", keyword())
                .properties("title", english())
                .properties("summary", english())
                .properties("body", english())
                .properties("site", keyword())
                .properties("site_name", stored())
                .properties("url", stored())
                .properties("published", stored())
                .properties("day", day())
                .properties("entities", keyword())
                .properties("analysis_json", stored())
                .properties("original", Property.of(p -> p.binary(b -> b)))
                .properties("ingested", Property.of(p -> p.long_(l -> l)))
                .properties("event_count", Property.of(p -> p.integer(i -> i))));
    }

    private static TypeMapping events() {
        return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.False)
                .properties("article_id", keyword())
                .properties("article_title", stored())
                .properties("published", keyword())
                .properties("seq", Property.of(p -> p.integer(i -> i)))
                .properties("source_code", keyword()).properties("source_name", stored())
                .properties("source_entity", keyword())
                .properties("target_code", keyword()).properties("target_name", stored())
                .properties("target_entity", keyword())
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

    private static Property keyword() {
        return Property.of(p -> p.keyword(k -> k));
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
