package org.herald.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.herald.model.Article;
import org.herald.store.Days;
import org.herald.store.StoredArticle;
import org.herald.stories.InverseDocumentFrequency;
import org.herald.stories.NearDuplicateIndex;
import org.herald.stories.PublishedDates;
import org.herald.stories.Signature;
import org.herald.stories.StoryDocument;
import org.herald.stories.StoryMatcher;
import org.herald.stories.StoryPlacement;
import org.herald.stories.StoryPlacing;
import org.herald.stories.StoryPlacing.Copy;
import org.herald.stories.StoryPlacing.Story;
import org.herald.stories.StorySum;
import org.herald.stories.TermCounts;

/**
 * Puts each article into a story as it is stored, with the scoring of {@code ./herald cluster}
 * ({@link StoryMatcher}, {@link NearDuplicateIndex}) and candidates found through the store's own index, never by
 * comparing all articles:
 * <ol>
 *   <li>an article stored before keeps its story (a re-put changes nothing);</li>
 *   <li>a near-duplicate (the originals sharing a MinHash band with it, checked on their signatures) joins its
 *       original's story and names the original;</li>
 *   <li>else the article joins the most similar story when the similarity to its centroid reaches the clusterer's
 *       threshold: the first {@link org.herald.stories.StorySettings#maxCandidates()} stories (50, as the CLI
 *       scores) of the {@value #CANDIDATE_ARTICLES} articles that
 *       best match its heaviest terms, dated within the story window of its day, each read as its newest article
 *       holds it ({@link Fields#STORY_SUM}), so a story of thousands of articles costs one read;</li>
 *   <li>else it opens a story named after itself.</li>
 * </ol>
 * Document frequencies are the index's own ({@link Fields#STORY_TERM}), plus the articles written since the last
 * refresh ({@link PendingPlacements}), which are also candidates. The cost of an article is bounded by these
 * constants, not by how many articles the store holds.
 */
final class StoryPlacer {
    /**
     * Candidate articles read for their stories. On the ECB+ topics (stories-ecbplus-store, all 772 documents), 50
     * articles for at most 10 stories gave BCubed F1 0.844; 100 for at most 50 stories, 0.886, as {@code ./herald
     * cluster}'s 0.885; 200 or 500, no more.
     */
    static final int CANDIDATE_ARTICLES = 100;
    /** A story's stored sum keeps this many of its heaviest words and anchors. */
    static final int SUM_TERMS = 300;
    /** Originals checked as a copy's original: those sharing most bands with it. */
    static final int COPY_CANDIDATES = 10;
    /** Longer story terms (a run of digits) are not indexed: Lucene refuses terms past 32 KB, and none helps. */
    static final int MAX_TERM_CHARS = 64;

    /** Story sums kept between articles: the stories being told now are asked again and again. */
    static final int SUMS_KEPT = 1024;

    private final StoryMatcher matcher;
    private final NearDuplicateIndex duplicates;
    private final PlacementCounts counts = new PlacementCounts();
    private final PendingPlacements pending;
    private final StoryPlacing placing;
    private final long windowDays;
    private final Map<String, Story> sums = new LinkedHashMap<>(SUMS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Story> eldest) {
            return size() > SUMS_KEPT;
        }
    };

    StoryPlacer(StoryMatcher matcher, NearDuplicateIndex duplicates, PendingPlacements pending) {
        this.matcher = matcher;
        this.duplicates = duplicates;
        this.pending = pending;
        this.placing = new StoryPlacing(matcher, duplicates, SUM_TERMS);
        this.windowDays = Math.max(1, matcher.window().toDays());
    }

    static StoryPlacer defaults(PendingPlacements pending) {
        return new StoryPlacer(StoryMatcher.defaults(), NearDuplicateIndex.defaults(), pending);
    }

    /** What placement has read so far: what a benchmark reports per article. */
    PlacementCounts counts() {
        return counts;
    }

    /** Where the article goes; reads the index through {@code searcher} and the pending placements. */
    StoryPlacement place(IndexSearcher searcher, StoredArticle stored) throws IOException {
        counts.placed();
        Article a = stored.analysis().article();
        Optional<Instant> published = a.published().flatMap(PublishedDates::parse);
        Optional<Long> day = a.published().flatMap(Days::day).map(LocalDate::toEpochDay);
        StoryDocument doc = new StoryDocument(stored.id(), a.title().orElse(""), a.body(), published);
        List<StoryPlacement> unseen = pending.all();
        return placing.place(doc, day, new StoryPlacing.Lookups() {
            @Override
            public InverseDocumentFrequency frequencies(Set<String> words) throws IOException {
                return new Frequencies(searcher.getIndexReader(), words, unseen.size());
            }

            @Override
            public Optional<StoryPlacement> earlier(String articleId) throws IOException {
                return StoryPlacer.this.earlier(searcher, articleId, unseen);
            }

            @Override
            public Optional<Copy> original(Signature signature) throws IOException {
                return StoryPlacer.this.original(searcher, signature, unseen);
            }

            @Override
            public Collection<String> candidates(List<String> query, Optional<Long> day) throws IOException {
                return StoryPlacer.this.candidates(searcher, query, day, unseen);
            }

            @Override
            public Collection<Story> current(Collection<String> storyIds) throws IOException {
                List<Story> out = new ArrayList<>();
                for (String id : storyIds) out.add(StoryPlacer.this.current(searcher, id, unseen));
                return out;
            }
        });
    }

    private Optional<StoryPlacement> earlier(IndexSearcher searcher, String articleId, List<StoryPlacement> unseen)
            throws IOException {
        for (StoryPlacement p : unseen) if (p.articleId().equals(articleId)) return Optional.of(p);
        Query q = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)))));
        ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
        if (hits.length == 0) return Optional.empty();
        IndexReader r = searcher.getIndexReader();
        int doc = hits[0].doc;
        Optional<String> story = DocValuesAt.sorted(r, doc, Fields.STORY_ID);
        Optional<byte[]> sum = DocValuesAt.binary(r, doc, Fields.STORY_SUM);
        // A store written before stories has articles without one: they are placed anew.
        if (story.isEmpty() || sum.isEmpty()) return Optional.empty();
        Optional<String> copyOf = Optional.ofNullable(
                searcher.storedFields().document(doc, Set.of(Fields.DUPLICATE_OF)).get(Fields.DUPLICATE_OF));
        return Optional.of(new StoryPlacement(articleId, story.get(), copyOf, new TermCounts(Map.of(), Map.of()),
                decode(sum.get()), last(r, doc), Optional.empty(), Optional.empty(), Optional.empty(), true));
    }

    private static StorySum decode(byte[] sum) {
        return StorySum.decode(new String(sum, StandardCharsets.UTF_8));
    }

    private static Optional<Instant> last(IndexReader r, int doc) throws IOException {
        OptionalLong millis = DocValuesAt.numeric(r, doc, Fields.STORY_LAST);
        return millis.isPresent() ? Optional.of(Instant.ofEpochMilli(millis.getAsLong())) : Optional.empty();
    }

    /**
     * The story as its newest article (the one that made it largest) holds it. Only this store writes its index
     * (Lucene's write lock), so the sums it placed or read are the current ones and are kept ({@link #placed}); a
     * story not kept is read from the index, its newest article found by {@link Fields#STORY_SIZE}.
     */
    private Story current(IndexSearcher searcher, String storyId, List<StoryPlacement> unseen) throws IOException {
        Story kept = sums.get(storyId);
        if (kept != null) return kept;
        Story newest = new Story(storyId, StorySum.empty(), Optional.empty());
        Query q = Queries.and(Fields.ARTICLE, Optional.empty(),
                List.of(Optional.of(new TermQuery(new Term(Fields.STORY_ID, storyId)))));
        ScoreDoc[] hits = searcher.search(q, 1, new Sort(Queries.newestFirst(Fields.STORY_SIZE))).scoreDocs;
        if (hits.length > 0) {
            IndexReader r = searcher.getIndexReader();
            Optional<byte[]> sum = DocValuesAt.binary(r, hits[0].doc, Fields.STORY_SUM);
            if (sum.isPresent()) newest = new Story(storyId, decode(sum.get()), last(r, hits[0].doc));
        }
        for (StoryPlacement p : unseen) {
            if (p.storyId().equals(storyId) && p.sum().articles() > newest.sum().articles()) {
                newest = new Story(storyId, p.sum(), p.storyLast());
            }
        }
        if (newest.sum().articles() > 0) sums.put(storyId, newest);
        return newest;
    }

    /** Keeps the story as this article, now written, left it: the next article of the story reads no index. */
    void placed(StoryPlacement p) {
        // A re-put article holds the sum of when it first joined, older than the story's now.
        if (!p.again()) sums.put(p.storyId(), new Story(p.storyId(), p.sum(), p.storyLast()));
    }

    /** Forgets the sums kept: the writer rolled back, and the index holds older ones. */
    void forgetSums() {
        sums.clear();
    }

    private Optional<Copy> original(IndexSearcher searcher, Signature signature, List<StoryPlacement> unseen)
            throws IOException {
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (long key : signature.bands()) {
            bands.add(new TermQuery(new Term(Fields.DUPLICATE_BAND, bandTerm(key))), Occur.SHOULD);
        }
        // Only article documents have bands: no kind filter to intersect with.
        Query q = bands.build();
        Copy best = null;
        double bestAgreement = 0;
        IndexReader r = searcher.getIndexReader();
        for (ScoreDoc hit : searcher.search(q, COPY_CANDIDATES).scoreDocs) {
            Optional<byte[]> bytes = DocValuesAt.binary(r, hit.doc, Fields.SIGNATURE);
            Optional<String> story = DocValuesAt.sorted(r, hit.doc, Fields.STORY_ID);
            if (bytes.isEmpty() || story.isEmpty()) continue;
            Signature other = Signature.fromBytes(bytes.get());
            double agreement = signature.agreement(other);
            if (duplicates.copies(signature, other) && agreement > bestAgreement) {
                bestAgreement = agreement;
                best = new Copy(DocValuesAt.sorted(r, hit.doc, Fields.ARTICLE_ID).orElseThrow(), story.get());
            }
        }
        for (StoryPlacement p : unseen) {
            if (!p.original() || p.signature().isEmpty()) continue;
            double agreement = signature.agreement(p.signature().get());
            if (duplicates.copies(signature, p.signature().get()) && agreement > bestAgreement) {
                bestAgreement = agreement;
                best = new Copy(p.articleId(), p.storyId());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The stories of the candidate articles of the window, the pending ones too, at most the matcher's number. */
    private Set<String> candidates(IndexSearcher searcher, List<String> query, Optional<Long> day,
                                   List<StoryPlacement> unseen) throws IOException {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : query) words.add(new TermQuery(new Term(Fields.STORY_TERM, t)), Occur.SHOULD);
        // Only article documents have story terms: no kind filter to intersect with.
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        day.ifPresent(d -> q.add(Queries.days(d - windowDays, d + windowDays), Occur.FILTER));

        int maxStories = matcher.settings().maxCandidates();
        Set<String> candidates = new LinkedHashSet<>();
        int articles = 0;
        for (ScoreDoc hit : searcher.search(q.build(), CANDIDATE_ARTICLES).scoreDocs) {
            if (candidates.size() >= maxStories) break;
            articles++;
            DocValuesAt.sorted(searcher.getIndexReader(), hit.doc, Fields.STORY_ID).ifPresent(candidates::add);
        }
        for (StoryPlacement p : unseen) {
            if (candidates.size() >= maxStories) break;
            if (inWindow(p.day(), day) && sharesAny(p.terms(), query)) candidates.add(p.storyId());
        }
        counts.searched(articles, candidates.size());
        return candidates;
    }

    private static boolean sharesAny(TermCounts terms, List<String> words) {
        for (String w : words) if (terms.words().containsKey(w)) return true;
        return false;
    }

    private boolean inWindow(Optional<Long> other, Optional<Long> day) {
        // As the index query: with the article's day known, an undated article is outside every window.
        return day.isEmpty() || other.isPresent() && Math.abs(other.get() - day.get()) <= windowDays;
    }

    static String bandTerm(long key) {
        return Long.toHexString(key);
    }

    /**
     * Smoothed inverse document frequency over the articles of the index and the pending ones, the article being
     * placed counted among them as {@code ./herald cluster} counts it: {@code 1 + ln((1 + N) / (1 + df))}.
     */
    private final class Frequencies implements InverseDocumentFrequency {
        private final IndexReader reader;
        private final Set<String> own;
        private final long documents;
        private final Map<String, Double> known = new HashMap<>();

        Frequencies(IndexReader reader, Set<String> own, int pendingArticles) throws IOException {
            this.reader = reader;
            this.own = own;
            this.documents = reader.getDocCount(Fields.STORY_TERM) + pendingArticles + 1L;
        }

        @Override
        public double idf(String term) {
            return known.computeIfAbsent(term, t -> {
                try {
                    long df = (t.length() <= MAX_TERM_CHARS ? reader.docFreq(new Term(Fields.STORY_TERM, t)) : 0)
                            + pending.documentFrequency(t) + (own.contains(t) ? 1 : 0);
                    return 1 + Math.log((1.0 + documents) / (1.0 + df));
                } catch (IOException e) {
                    throw new UncheckedIOException("reading document frequencies", e);
                }
            });
        }
    }
}
