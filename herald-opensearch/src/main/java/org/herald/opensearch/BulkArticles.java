package org.herald.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.http.HttpHost;
import org.herald.model.Article;
import org.herald.nlp.entity.Places;
import org.herald.store.Days;
import org.herald.store.EntityKeys;
import org.herald.store.StoreWriteException;
import org.herald.store.StoredArticle;
import org.herald.store.entities.EntityResolver;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.PendingNames;
import org.herald.store.entities.ResolvedEntity;
import org.herald.store.entities.StateBodies;
import org.herald.stories.NearDuplicateIndex;
import org.herald.stories.PublishedDates;
import org.herald.stories.StoryDocument;
import org.herald.stories.StoryMatcher;
import org.herald.stories.StoryPlacement;
import org.herald.stories.StorySum;
import org.herald.stories.TermCounts;
import org.opensearch.client.RestClient;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.rest_client.RestClientTransport;

/**
 * Writes analysed articles whose stories were found elsewhere (the Spark job's stories of a crawl day) as the
 * OpenSearch store's own documents ({@link Documents}), in bulk requests, from many writers at once: each Spark
 * task has its own. What {@link OpenSearchStore#put} does one article after another, and what this does instead:
 * <ul>
 * <li>Stories: {@code put} places each article against the stories stored before it, which needs one writer; here
 * the article gets the story it was given, with its own vector as the story's sum (story size 1, document
 * frequencies of the articles stored so far), so a later {@code put} of a follow-up article can still join the
 * story; the given story is not re-scored. Near-duplicate bands are written as {@code put} writes them.</li>
 * <li>Entities: resolved by the store's {@link EntityResolver} against the people already in the cluster and those
 * of this writer's earlier articles; what other writers store at the same time is not seen, so "Lavrov" may be
 * stored alone beside another task's "Sergei Lavrov" until {@link OpenSearchStore#rejoinPeople()} joins them
 * (the Spark job calls it once at the end).</li>
 * <li>Replacing: an earlier copy's documents are overwritten by id, and what it had more of is deleted
 * ({@link StoredParts}), so writing the same articles again gives the same documents, not more.</li>
 * </ul>
 * Nothing is refreshed: the writer that opened the store refreshes once every writer is done.
 */
public final class BulkArticles implements AutoCloseable {
    /** An article and the story it was put in; empty: a story of its own. */
    public record Placed(StoredArticle article, Optional<String> storyId) {
        public Placed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(storyId, "storyId");
        }
    }

    private final RestClient rest;
    private final OpenSearchClient client;
    private final Searches searches;
    private final StoredParts parts;
    private final StoryPlacer frequencies;
    private final ClusterPeople people;
    private final PendingNames names = new PendingNames();
    private final EntityResolver resolver;
    private final Documents documents;
    private final StoryMatcher matcher = StoryMatcher.defaults();
    private final NearDuplicateIndex duplicates = NearDuplicateIndex.defaults();

    private BulkArticles(RestClient rest, String prefix, Places places) {
        this.rest = rest;
        this.client = new OpenSearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        this.searches = new Searches(rest);
        String articles = prefix + "-articles";
        String entities = prefix + "-entities";
        this.parts = new StoredParts(searches, articles, prefix + "-events", entities, prefix + "-quotes");
        this.frequencies = new StoryPlacer(searches, articles);
        this.people = new ClusterPeople(searches, entities);
        EntityKeys keys = new EntityKeys();
        this.resolver = new EntityResolver(keys, places, new StateBodies(), names);
        this.documents = new Documents(keys);
    }

    /**
     * A writer to the store under {@code prefix} at {@code url}, whose indices {@link OpenSearchStore#open} made;
     * {@code places} is the gazetteer the resolver keys countries by (an executor's, loaded once).
     */
    public static BulkArticles open(String url, String prefix, Places places) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(places, "places");
        return new BulkArticles(RestClient.builder(HttpHost.create(url)).build(), prefix, places);
    }

    /**
     * Writes the articles (one search for their stored copies, then bulk requests of {@link Bulk}'s size, retried
     * as it retries) and returns how many documents were written. Throws {@link StoreWriteException} naming the
     * articles the cluster refused, whose documents are then gone, and {@link UncheckedIOException} when the cluster
     * does not answer.
     */
    public long write(List<Placed> batch) {
        Map<String, Placed> byId = new LinkedHashMap<>();
        for (Placed p : batch) byId.put(p.article().id(), p); // the same page twice in a batch is written once
        try {
            Map<String, StoredParts.Copy> before = parts.of(byId.keySet());
            Bulk bulk = new Bulk(client);
            long written = 0;
            for (Placed p : byId.values()) {
                Documents.Block block = block(p);
                written += 1 + block.events().size() + block.quotes().size() + block.entities().size();
                parts.replace(bulk, p.article().id(), block, before.getOrDefault(p.article().id(),
                        StoredParts.Copy.NONE));
            }
            bulk.finish();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch: " + e.getMessage(), e);
        } finally {
            names.clear();
        }
    }

    private Documents.Block block(Placed p) throws IOException {
        StoredArticle stored = p.article();
        Article a = stored.analysis().article();
        Optional<Instant> published = a.published().flatMap(PublishedDates::parse);
        StoryDocument doc = new StoryDocument(stored.id(), a.title().orElse(""), a.body(), published);
        TermCounts terms = matcher.terms(doc);
        StorySum own = StorySum.decode(StorySum.empty()
                .plus(matcher.vector(terms, frequencies.frequencies(terms.words().keySet())))
                .encode(Documents.SUM_TERMS));
        StoryPlacement placement = new StoryPlacement(stored.id(), p.storyId().orElse(stored.id()), Optional.empty(),
                terms, own, published, duplicates.sign(doc.title() + "\n" + doc.text()), published,
                a.published().flatMap(Days::day).map(LocalDate::toEpochDay), false);
        Map<String, ResolvedEntity> resolved = resolver.resolve(people, stored.analysis());
        List<NameTerm> personNames = new ArrayList<>();
        for (ResolvedEntity r : resolved.values()) r.person().ifPresent(personNames::add);
        names.add(personNames);
        return documents.block(stored, placement, resolved);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
