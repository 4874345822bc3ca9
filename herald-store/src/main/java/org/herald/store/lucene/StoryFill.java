package org.herald.store.lucene;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.herald.model.Article;
import org.herald.store.Days;
import org.herald.store.StoredArticle;
import org.herald.store.entities.ResolvedEntity;
import org.herald.stories.NearDuplicateIndex;
import org.herald.stories.PublishedDates;
import org.herald.stories.Signature;
import org.herald.stories.StoryDocument;
import org.herald.stories.StoryMatcher;
import org.herald.stories.StoryPlacement;
import org.herald.stories.StorySum;
import org.herald.stories.StoryVector;
import org.herald.stories.TermCounts;

/**
 * Fills a Lucene store with articles whose stories the caller already knows, for benchmarks of story placement into
 * a store of millions of articles ({@code herald bench cluster --store}): the store's own put runs a candidate
 * search per article, which would take hours for a million. Each article is written in the store's own format
 * ({@link ArticleDocuments}, as a put writes it) with what placement reads later: its story terms (weighed with
 * document frequencies counted here, as the index would count them), the story's running sum with it added (cut to
 * the terms the index keeps), the story's newest date, its MinHash signature and, for an original, its bands.
 * Skipped: the candidate search itself (the caller's story is taken), entity resolution (the caller's entities are
 * taken, or each keeps {@link org.herald.store.EntityKeys#key}), the noting of full names for surname joins, and the
 * check of an earlier copy (ids must be new). One thread adds; {@value #WRITERS} others compute each article's
 * signature and write it, so {@link #flush} before a commit. Not safe for several adding threads.
 */
public final class StoryFill implements AutoCloseable {
    /** Sums kept for the stories still growing; a story evicted and continued later starts a fresh sum. */
    private final int sumsKept;
    private final LuceneStore store;
    private final StoryMatcher matcher = StoryMatcher.defaults();
    private final NearDuplicateIndex duplicates = NearDuplicateIndex.defaults();
    private final Map<String, Integer> frequencies = new HashMap<>();
    private final Map<String, Kept> sums;
    private long documents;
    /** Articles handed to the writing thread and not yet written: a bound on the memory they hold. */
    private static final int IN_FLIGHT = 512;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();
    /** Writing threads: Lucene indexes from several at once, and indexing is most of a fill's cost. */
    private static final int WRITERS = 2;
    private final ExecutorService writes = Executors.newFixedThreadPool(WRITERS, r -> {
        Thread t = new Thread(r, "story-fill-writer");
        t.setDaemon(true);
        return t;
    });

    private record Kept(StorySum sum, Optional<Instant> last) {}

    /** @param sumsKept how many stories' running sums to keep: at least the stories still taking articles */
    public StoryFill(LuceneStore store, int sumsKept) {
        this.store = Objects.requireNonNull(store, "store");
        if (sumsKept < 1) throw new IllegalArgumentException("sumsKept < 1: " + sumsKept);
        this.sumsKept = sumsKept;
        this.sums = new LinkedHashMap<>(sumsKept * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > StoryFill.this.sumsKept;
            }
        };
    }

    /**
     * Writes the article into the story {@code storyId} (the id of the article that opened it, as the store names
     * stories; this article's own id opens one), as the copy of {@code duplicateOf} when that is given.
     */
    public void add(StoredArticle stored, String storyId, Optional<String> duplicateOf) {
        add(stored, storyId, duplicateOf, Map.of());
    }

    /**
     * As {@link #add(StoredArticle, String, Optional)}, with the store entity of each of the article's entities (by
     * the article's entity id) decided by the caller instead of the store's resolver: a benchmark's people with the
     * name terms it means them to have.
     */
    public void add(StoredArticle stored, String storyId, Optional<String> duplicateOf,
                    Map<String, ResolvedEntity> entities) {
        Article a = stored.analysis().article();
        Optional<Instant> published = a.published().flatMap(PublishedDates::parse);
        Optional<Long> day = a.published().flatMap(Days::day).map(LocalDate::toEpochDay);
        StoryDocument doc = new StoryDocument(stored.id(), a.title().orElse(""), a.body(), published);
        TermCounts terms = matcher.terms(doc);
        documents++;
        for (String t : terms.words().keySet()) frequencies.merge(t, 1, Integer::sum);
        long n = documents;
        StoryVector vector = matcher.vector(terms,
                t -> 1 + Math.log((1.0 + n) / (1.0 + frequencies.getOrDefault(t, 0))));
        Kept before = sums.getOrDefault(storyId, new Kept(StorySum.empty(), Optional.empty()));
        StorySum sum = StorySum.decode(before.sum().plus(vector).encode(StoryPlacer.SUM_TERMS));
        Optional<Instant> last = later(before.last(), published);
        sums.put(storyId, new Kept(sum, last));
        // The signature and the index write need nothing of the next article: writing threads do them.
        inFlight.acquireUninterruptibly();
        failure();
        writes.execute(() -> {
            try {
                Optional<Signature> signature = duplicates.sign(doc.title() + "\n" + doc.text());
                store.putPlaced(stored, new StoryPlacement(stored.id(), storyId, duplicateOf, terms, sum, last,
                        signature, published, day, false), entities);
            } catch (RuntimeException e) {
                failed.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * Waits for the articles added so far to be written (not committed: the store's commit does that); throws what
     * a write threw.
     */
    public void flush() {
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
        failure();
    }

    /** Waits for the writes and stops the writing thread. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            writes.shutdown();
        }
    }

    private void failure() {
        RuntimeException e = failed.get();
        if (e != null) throw new IllegalStateException("a fill write failed", e);
    }

    /** How many articles this fill wrote. */
    public long written() {
        return documents;
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return b.get().isAfter(a.get()) ? b : a;
    }
}
