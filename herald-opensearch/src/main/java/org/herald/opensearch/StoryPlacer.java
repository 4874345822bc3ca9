package org.herald.opensearch;

import static org.herald.opensearch.Searches.map;
import static org.herald.opensearch.Searches.term;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Puts each article into a story as it is stored, with the Lucene store's decision ({@link StoryPlacing}) and
 * scoring ({@link StoryMatcher}, {@link NearDuplicateIndex}, the sums of {@link StorySum}): a re-put article keeps
 * its story; a near-duplicate (an original sharing a MinHash band with it, checked on the signatures) joins its original's
 * story; else the article joins the most similar story of the {@value #CANDIDATE_ARTICLES} articles of its time
 * window that best match its heaviest terms, when the similarity reaches the clusterer's threshold; else it opens a
 * story named after itself. Candidates and document frequencies come from the articles index, plus the articles
 * placed but not yet visible there ({@link #pending}), so two copies in one bulk request do not both open a story.
 */
final class StoryPlacer {
    static final int CANDIDATE_ARTICLES = 100;
    static final int COPY_CANDIDATES = 10;

    private final StoryMatcher matcher = StoryMatcher.defaults();
    private final NearDuplicateIndex duplicates = NearDuplicateIndex.defaults();
    /** The decision, as the Lucene store's placer makes it; this class answers its lookups from the cluster. */
    private final StoryPlacing placing = new StoryPlacing(matcher, duplicates, Documents.SUM_TERMS);
    private final long windowDays = Math.max(1, matcher.window().toDays());
    private final Searches searches;
    private final String articles;
    /** Placed since the articles index last refreshed, oldest first. */
    private final List<StoryPlacement> pending = new ArrayList<>();

    StoryPlacer(Searches searches, String articles) {
        this.searches = searches;
        this.articles = articles;
    }

    synchronized StoryPlacement place(StoredArticle stored) {
        Article a = stored.analysis().article();
        Optional<Instant> published = a.published().flatMap(PublishedDates::parse);
        Optional<Long> day = a.published().flatMap(Days::day).map(LocalDate::toEpochDay);
        StoryDocument doc = new StoryDocument(stored.id(), a.title().orElse(""), a.body(), published);
        StoryPlacement p;
        try {
            p = placing.place(doc, day, new StoryPlacing.Lookups() {
                @Override
                public InverseDocumentFrequency frequencies(Set<String> words) {
                    return StoryPlacer.this.frequencies(words);
                }

                @Override
                public Optional<StoryPlacement> earlier(String articleId) {
                    return StoryPlacer.this.earlier(articleId);
                }

                @Override
                public Optional<Copy> original(Signature signature) {
                    return StoryPlacer.this.original(signature);
                }

                @Override
                public Collection<String> candidates(List<String> query, Optional<Long> day) {
                    return StoryPlacer.this.candidates(query, day);
                }

                @Override
                public Collection<Story> current(Collection<String> storyIds) {
                    return StoryPlacer.this.current(storyIds).values();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch: " + e.getMessage(), e); // the lookups throw none: unchecked
        }
        if (!p.again()) pending.add(p);
        return p;
    }

    /** The pending placements are visible in the index now (a refresh followed the bulk request that wrote them). */
    synchronized void visible() {
        pending.clear();
    }

    private Optional<StoryPlacement> earlier(String articleId) {
        for (StoryPlacement p : pending) if (p.articleId().equals(articleId)) return Optional.of(p);
        JsonNode hits = searches.search(articles, map("size", 1, "query", term("id", articleId),
                "_source", List.of("story_id", "duplicate_of", "story_sum", "story_last")));
        for (JsonNode h : Searches.hits(hits)) {
            JsonNode src = h.path("_source");
            Optional<String> story = Searches.text(src, "story_id");
            Optional<String> sum = Searches.text(src, "story_sum");
            // An article stored before stories has none: it is placed anew.
            if (story.isEmpty() || sum.isEmpty()) return Optional.empty();
            return Optional.of(new StoryPlacement(articleId, story.get(), Searches.text(src, "duplicate_of"),
                    new TermCounts(Map.of(), Map.of()), StorySum.decode(sum.get()), last(src), Optional.empty(),
                    Optional.empty(), Optional.empty(), true));
        }
        return Optional.empty();
    }

    private static Optional<Instant> last(JsonNode src) {
        JsonNode v = src.get("story_last");
        return v == null || v.isNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v.asLong()));
    }

    /**
     * The stories as their newest articles hold them, in one request: the articles of these stories collapsed on
     * the story, each story's largest first ({@code collapse} keeps the top hit of each).
     */
    private Map<String, Story> current(Collection<String> storyIds) {
        Map<String, Story> newest = new LinkedHashMap<>();
        for (String id : storyIds) newest.put(id, new Story(id, StorySum.empty(), Optional.empty()));
        JsonNode hits = searches.search(articles, map("size", storyIds.size(),
                "query", map("terms", map("story_id", List.copyOf(storyIds))), "collapse", map("field", "story_id"),
                "sort", List.of(map("story_size", "desc")), "_source", List.of("story_id", "story_sum", "story_last")));
        for (JsonNode h : Searches.hits(hits)) {
            JsonNode src = h.path("_source");
            Optional<String> sum = Searches.text(src, "story_sum");
            String id = src.path("story_id").asText();
            if (sum.isPresent() && newest.containsKey(id))
                newest.put(id, new Story(id, StorySum.decode(sum.get()), last(src)));
        }
        for (StoryPlacement p : pending) {
            Story known = newest.get(p.storyId());
            if (known != null && p.sum().articles() > known.sum().articles())
                newest.put(p.storyId(), new Story(p.storyId(), p.sum(), p.storyLast()));
        }
        return newest;
    }

    /** The original this signature copies and its story, when there is one. */
    private Optional<Copy> original(Signature signature) {
        List<String> bands = new ArrayList<>();
        for (long key : signature.bands()) bands.add(Long.toHexString(key));
        JsonNode hits = searches.search(articles, map("size", COPY_CANDIDATES,
                "query", map("terms", map("duplicate_bands", bands)), "_source", List.of("signature", "story_id")));
        Copy best = null;
        double bestAgreement = 0;
        for (JsonNode h : Searches.hits(hits)) {
            Optional<String> bytes = Searches.text(h.path("_source"), "signature");
            Optional<String> story = Searches.text(h.path("_source"), "story_id");
            if (bytes.isEmpty() || story.isEmpty()) continue;
            Signature other = Signature.fromBytes(Base64.getDecoder().decode(bytes.get()));
            double agreement = signature.agreement(other);
            if (duplicates.copies(signature, other) && agreement > bestAgreement) {
                bestAgreement = agreement;
                best = new Copy(h.path("_id").asText(), story.get());
            }
        }
        for (StoryPlacement p : pending) {
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
    private Set<String> candidates(List<String> query, Optional<Long> day) {
        List<Object> filters = new ArrayList<>();
        day.ifPresent(d -> filters.add(Searches.days(Optional.of(LocalDate.ofEpochDay(d - windowDays)),
                Optional.of(LocalDate.ofEpochDay(d + windowDays)))));
        List<Object> should = new ArrayList<>();
        for (String t : query) should.add(term("story_terms", t));
        Map<String, Object> q = map("bool", map("should", should, "minimum_should_match", 1, "filter", filters));
        JsonNode hits = searches.search(articles, map("size", CANDIDATE_ARTICLES, "query", q,
                "_source", List.of("story_id")));
        int maxStories = matcher.settings().maxCandidates();
        Set<String> candidates = new LinkedHashSet<>();
        for (JsonNode h : Searches.hits(hits)) {
            if (candidates.size() >= maxStories) break;
            Searches.text(h.path("_source"), "story_id").ifPresent(candidates::add);
        }
        for (StoryPlacement p : pending) {
            if (candidates.size() >= maxStories) break;
            if (inWindow(p.day(), day) && query.stream().anyMatch(p.terms().words()::containsKey))
                candidates.add(p.storyId());
        }
        return candidates;
    }

    private boolean inWindow(Optional<Long> other, Optional<Long> day) {
        return day.isEmpty() || other.isPresent() && Math.abs(other.get() - day.get()) <= windowDays;
    }

    /**
     * Smoothed inverse document frequency over the stored articles and the pending ones, the article itself counted
     * among them as {@code ./herald cluster} counts it: {@code 1 + ln((1 + N) / (1 + df))}; one request an article.
     */
    InverseDocumentFrequency frequencies(Set<String> own) {
        List<String> words = own.stream().filter(t -> t.length() <= Documents.MAX_TERM_CHARS).toList();
        Map<String, Long> df = new HashMap<>();
        long stored = 0;
        if (!words.isEmpty()) {
            JsonNode r = searches.search(articles, map("size", 0, "track_total_hits", true,
                    "query", map("exists", map("field", "story_terms")),
                    "aggs", map("df", map("terms", map("field", "story_terms", "include", words,
                            "size", words.size())))));
            stored = Searches.total(r);
            for (JsonNode b : Searches.buckets(r.path("aggregations").path("df")))
                df.put(b.path("key").asText(), b.path("doc_count").asLong());
        }
        for (StoryPlacement p : pending) for (String t : p.terms().words().keySet()) df.merge(t, 1L, Long::sum);
        long documents = stored + pending.size() + 1L;
        return t -> {
            long n = df.getOrDefault(t, 0L) + (own.contains(t) ? 1 : 0);
            return 1 + Math.log((1.0 + documents) / (1.0 + n));
        };
    }
}
