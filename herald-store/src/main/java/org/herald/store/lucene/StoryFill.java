package org.herald.store.lucene;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.store.Days;
import org.herald.store.StoredArticle;
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
 * Skipped: the candidate search itself (the caller's story is taken), entity resolution (the articles have no
 * entities), and the check of an earlier copy (ids must be new). Not safe from several threads.
 */
public final class StoryFill {
    /** Sums kept for the stories still growing; a story evicted and continued later starts a fresh sum. */
    private final int sumsKept;
    private final LuceneStore store;
    private final StoryMatcher matcher = StoryMatcher.defaults();
    private final NearDuplicateIndex duplicates = NearDuplicateIndex.defaults();
    private final Map<String, Integer> frequencies = new HashMap<>();
    private final Map<String, Kept> sums;
    private long documents;

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
        Optional<Signature> signature = duplicates.sign(doc.title() + "\n" + doc.text());
        Kept before = sums.getOrDefault(storyId, new Kept(StorySum.empty(), Optional.empty()));
        StorySum sum = StorySum.decode(before.sum().plus(vector).encode(StoryPlacer.SUM_TERMS));
        Optional<Instant> last = later(before.last(), published);
        sums.put(storyId, new Kept(sum, last));
        store.putPlaced(stored, new StoryPlacement(stored.id(), storyId, duplicateOf, terms, sum, last, signature,
                published, day, false));
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
