package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.StoredPeople;

/**
 * The people of a surname on the cluster: one terms aggregation over the entity documents' {@code person_name}
 * terms that begin with the surname's prefix, each counted by its documents (one an article entity), as the Lucene
 * store counts a term's documents.
 */
final class ClusterPeople implements StoredPeople {
    /** At most this many name forms of one surname are read (the cluster's search.max_buckets is 65,535). */
    static final int MAX_NAMES = 10_000;

    private final Searches searches;
    private final String entities;

    ClusterPeople(Searches searches, String entities) {
        this.searches = searches;
        this.entities = entities;
    }

    @Override
    public List<Named> withSurname(String surname) {
        String prefix = NameTerm.prefix(surname);
        JsonNode r = searches.search(entities, map("size", 0, "query", map("prefix", map("person_name", prefix)),
                "aggs", map("names", map("terms", map("field", "person_name", "include", literal(prefix) + ".*",
                        "size", MAX_NAMES)))));
        List<Named> out = new ArrayList<>();
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("names"))) {
            out.add(new Named(NameTerm.parse(b.path("key").asText()), b.path("doc_count").asLong()));
        }
        return out;
    }

    /** The text as a Lucene regular expression matching itself: every character but letters and digits escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) out.append('\\');
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
