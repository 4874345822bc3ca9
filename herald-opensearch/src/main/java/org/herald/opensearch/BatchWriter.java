package org.herald.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.herald.model.json.AnalysisReader;
import org.herald.store.StoreWriteException;
import org.herald.store.StoredArticle;
import org.herald.store.entities.EntityResolver;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.PendingNames;
import org.herald.store.entities.ResolvedEntity;
import org.herald.store.entities.StoredPeople;
import org.herald.store.entities.SurnameJoins;
import org.herald.stories.StoryMembers;
import org.herald.stories.StoryPlacement;
import org.herald.stories.StorySum;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The OpenSearch store's writes: each put article is placed in its story and kept as documents until {@link #send}
 * writes the batch in size-bounded bulk requests and refreshes, so that the articles are visible (and the placer's
 * pending placements can go). A batch reaching {@value #PENDING_MAX} articles is sent at once: memory stays bounded.
 */
final class BatchWriter {
    static final int PENDING_MAX = 256;

    private final OpenSearchClient client;
    private final Searches searches;
    private final StoryPlacer placer;
    private final Documents documents;
    private final StoredParts parts;
    private final EntityResolver resolver;
    /** Surnames of full names put since the last rejoin: surname-only people stored before may now join them. */
    private final SurnameJoins joins = new SurnameJoins();
    private final AnalysisReader reader = new AnalysisReader();
    private final StoredPeople people;
    /** The person names of the pending articles, candidates for the next ones until a refresh shows them. */
    private final PendingNames names;
    private final String articles;
    private final String events;
    private final String entityIndex;
    private final String quoteIndex;
    /** Put since the last send, in put order; a re-put within the batch replaces. */
    private final Map<String, Documents.Block> pending = new LinkedHashMap<>();
    /** Articles put (and reported stored) since the last commit that a batch then lost, with why. */
    private final Set<String> lost = new LinkedHashSet<>();
    private Optional<String> lostBecause = Optional.empty();
    /** Why the last batch failed, until one succeeds. */
    private volatile Optional<String> problem = Optional.empty();

    BatchWriter(OpenSearchClient client, Searches searches, StoryPlacer placer, Documents documents,
                EntityResolver resolver, PendingNames names, String articles, String events, String entityIndex,
                String quoteIndex) {
        this.resolver = resolver;
        this.people = new ClusterPeople(searches, entityIndex);
        this.names = names;
        this.client = client;
        this.searches = searches;
        this.placer = placer;
        this.documents = documents;
        this.parts = new StoredParts(searches, articles, events, entityIndex, quoteIndex);
        this.articles = articles;
        this.events = events;
        this.entityIndex = entityIndex;
        this.quoteIndex = quoteIndex;
    }

    void put(StoredArticle article) throws IOException {
        put(article, true);
    }

    /**
     * Puts the article; {@code newNames} false for one put again by {@link #rejoin}, whose full names are stored
     * already: noting them would ask their surnames again at every refresh.
     */
    private void put(StoredArticle article, boolean newNames) throws IOException {
        StoryPlacement story = placer.place(article);
        Map<String, ResolvedEntity> resolved = resolver.resolve(people, article.analysis());
        pending.put(article.id(), documents.block(article, story, resolved));
        List<NameTerm> personNames = new ArrayList<>();
        for (ResolvedEntity r : resolved.values()) r.person().ifPresent(personNames::add);
        names.add(personNames);
        if (newNames) joins.noteFullNames(resolved.values());
        if (pending.size() >= PENDING_MAX) send();
    }

    /**
     * Sends the batch, then puts again the articles of every surname-only mention of a surname noted since that the
     * evidence now decides otherwise ({@link SurnameJoins#toPutAgain}), read back through {@code stored}, and sends
     * those; returns how many were put again. Put again, an article keeps its story (its placement is found) and its
     * ingest time.
     */
    long rejoin(Function<String, Optional<StoredArticle.Record>> stored) throws IOException {
        send();
        Set<String> ids = new LinkedHashSet<>();
        for (String surname : joins.drain()) {
            for (NameTerm t : SurnameJoins.toPutAgain(people, surname, resolver)) {
                searches.scan(entityIndex, Searches.term("person_name", t.term()), List.of("article_id"),
                        List.of(Searches.map("article_id", "asc")), src -> ids.add(src.path("article_id").asText()));
            }
        }
        for (String id : ids) {
            Optional<StoredArticle.Record> r = stored.apply(id);
            if (r.isPresent()) put(new StoredArticle(id, reader.read(r.get().analysisJson()), r.get().analysisJson(),
                    r.get().original(), r.get().ingested()), false);
        }
        send();
        return ids.size();
    }

    /** Notes every surname that has a person stored under it alone, for {@link #rejoin} to ask again. */
    void noteSurnamesAlone() {
        String sep = String.valueOf('\u001f');
        // surname SEP key SEP (no given names) SEP country: the terms of a surname alone (NameTerm#term)
        String alone = ".+" + sep + "[^" + sep + "]+" + sep + sep + ".*";
        JsonNode r = searches.search(entityIndex, Searches.map("size", 0, "aggs", Searches.map("names",
                Searches.map("terms", Searches.map("field", "person_name", "include", alone,
                        "size", ClusterPeople.MAX_NAMES)))));
        for (JsonNode b : Searches.buckets(r.path("aggregations").path("names"))) {
            joins.note(NameTerm.parse(b.path("key").asText()).surname());
        }
    }

    /**
     * Sends the pending articles ({@link Bulk}: size-bounded requests, transient failures retried), then refreshes
     * so that they are visible. Throws {@link StoreWriteException} when articles of the batch could not be stored;
     * they are remembered, so that the next {@link #sendForCommit} fails too: a put that returned reported its
     * article stored, and a batch sent by a later put must not lose it silently.
     */
    void send() throws IOException {
        if (pending.isEmpty()) return;
        Bulk bulk = new Bulk(client);
        try {
            Map<String, StoredParts.Copy> before = parts.of(pending.keySet());
            for (Map.Entry<String, Documents.Block> e : pending.entrySet()) {
                parts.replace(bulk, e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), StoredParts.Copy.NONE));
            }
            bulk.finish();
            problem = Optional.empty();
            lost.removeAll(pending.keySet()); // lost by an earlier batch, stored by this one
        } catch (IOException | RuntimeException e) {
            // Bulk names the articles it lost; a failure before or around it may have lost any of the batch
            lost.addAll(bulk.lostArticles().isEmpty() ? pending.keySet() : bulk.lostArticles());
            if (lostBecause.isEmpty()) lostBecause = Optional.of(reason(e));
            problem = Optional.of(reason(e));
            try {
                // what Bulk took back out of the lost articles must be visible as gone
                refresh();
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        } finally {
            // sent or failed, they leave: a failed batch is not retried behind the caller's back
            pending.clear();
            placer.visible();
            names.clear();
        }
        refresh();
    }

    /** A failure in one line: its message, or its kind when it has none. */
    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private void refresh() throws IOException {
        client.indices().refresh(r -> r.index(articles, events, entityIndex, quoteIndex));
    }

    /**
     * Sends the pending articles, then throws {@link StoreWriteException} when this or an earlier batch since the
     * last commit lost articles, naming them; they are forgotten then: the failure is told once, as the commit's.
     */
    void sendForCommit() throws IOException {
        try {
            send();
        } catch (IOException | RuntimeException e) {
            // recorded: the articles in lost, the reason in lostBecause, which the commit's failure gives below
            problem = Optional.of(reason(e));
        }
        checkCommitted();
    }

    private void checkCommitted() {
        if (lost.isEmpty()) return;
        List<String> named = lost.stream().limit(5).toList();
        String message = "commit failed: " + lost.size() + " article" + (lost.size() == 1 ? "" : "s") + " put since"
                + " the last commit " + (lost.size() == 1 ? "is" : "are") + " not stored (" + String.join(", ", named)
                + (lost.size() > named.size() ? ", …" : "") + "): " + lostBecause.orElse("bulk write failed");
        lost.clear();
        lostBecause = Optional.empty();
        throw new StoreWriteException(message, new IOException(message));
    }

    /** Why the last batch failed; empty once one succeeds. */
    Optional<String> problem() {
        return problem;
    }

    /**
     * Deletes the article and its documents, and takes it out of its story's sums ({@link StoryMembers}), then
     * refreshes, so the next article is placed against the story as it is now. The pending batch is sent first:
     * a pending article of the same story holds a sum with the deleted one in it, which must be corrected too. The
     * surnames of its people ({@code records} reads it back) are asked again at the next {@link #rejoin}.
     */
    boolean delete(String articleId, Function<String, Optional<StoredArticle.Record>> records) throws IOException {
        send();
        StoredParts.Copy old = parts.of(List.of(articleId)).get(articleId);
        if (old == null) return false;
        // Its people may have been what joined a surname or kept one apart: asked again at the next rejoin.
        Optional<StoredArticle.Record> record = records.apply(articleId);
        if (record.isPresent()) {
            for (String surname : resolver.surnames(reader.read(record.get().analysisJson()))) joins.note(surname);
        }
        Bulk bulk = new Bulk(client);
        for (StoryMembers.Joined j : storyWithout(articleId)) {
            bulk.update(articleId, articles, j.articleId(), Map.of("story_size", j.size(),
                    "story_sum", j.sum().encode(Documents.SUM_TERMS)));
        }
        parts.remove(bulk, articleId, old);
        bulk.finish();
        refresh();
        return true;
    }

    /** The story's later articles as they must be once the article leaves it; none for an article of no story. */
    private List<StoryMembers.Joined> storyWithout(String articleId) {
        List<String> fields = List.of("id", "story_id", "story_size", "story_sum");
        JsonNode r = searches.search(articles, Searches.map("size", 1, "query", Searches.term("id", articleId),
                "_source", fields));
        List<JsonNode> hits = Searches.hits(r);
        if (hits.isEmpty()) return List.of();
        Optional<StoryMembers.Joined> deleted = joined(hits.get(0).path("_source"));
        Optional<String> story = Searches.text(hits.get(0).path("_source"), "story_id");
        if (deleted.isEmpty() || story.isEmpty()) return List.of();
        List<StoryMembers.Joined> members = new ArrayList<>();
        searches.scan(articles, Searches.term("story_id", story.get()), fields, List.of(Searches.map("id", "asc")),
                src -> joined(src).ifPresent(members::add));
        return StoryMembers.without(deleted.get(), members);
    }

    /** An article document's place in its story; empty for one stored before stories. */
    private static Optional<StoryMembers.Joined> joined(JsonNode src) {
        Optional<String> sum = Searches.text(src, "story_sum");
        if (sum.isEmpty() || !src.hasNonNull("story_size")) return Optional.empty();
        return Optional.of(new StoryMembers.Joined(src.path("id").asText(), src.path("story_size").asLong(),
                StorySum.decode(sum.get())));
    }
}
