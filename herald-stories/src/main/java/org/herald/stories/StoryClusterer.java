package org.herald.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Groups articles into stories as they arrive, one {@link #add} at a time: each article joins the story whose
 * centroid (the normalised sum of its articles' TF-IDF vectors) it is most similar to, when that similarity
 * reaches {@link StorySettings#joinThreshold()}, or opens a new story. Copies ({@link NearDuplicateIndex}) join
 * their original's story and say so.
 * <p>
 * Candidates come from an inverted index, never from all stories: every article files its story under its
 * heaviest terms, and a new article scores only the stories filed under its own heaviest terms that share most of
 * them, within the time window. The cost of an article is bounded by the settings, not by how many came before.
 * Document frequencies grow with the stream, so no corpus is fitted beforehand. Not thread-safe: a store feeds one
 * clusterer from one thread.
 */
public final class StoryClusterer {
    private final StorySettings settings;
    private final ArticleSimilarity similarity;
    private final NearDuplicateIndex duplicates;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    /** Stories that may still take articles; a story past its window is dropped from here and from the postings. */
    private final Map<Long, Story> open = new HashMap<>();
    private final Map<String, List<Story>> postings = new HashMap<>();
    private final Map<String, Long> storyOfDocument = new HashMap<>();
    private long storyCount;
    private Optional<Instant> newest = Optional.empty();
    private long addsSinceSweep;

    public StoryClusterer(StorySettings settings, NearDuplicateIndex duplicates) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.similarity = new ArticleSimilarity(settings.similarity());
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    public StoryClusterer(StorySettings settings) {
        this(settings, NearDuplicateIndex.defaults());
    }

    public static StoryClusterer defaults() {
        return new StoryClusterer(StorySettings.defaults());
    }

    /** Places one document; ids must be unique (a repeated id is a caller mistake). */
    public StoryAssignment add(StoryDocument doc) {
        Objects.requireNonNull(doc, "doc");
        if (storyOfDocument.containsKey(doc.id())) throw new IllegalArgumentException("id added twice: " + doc.id());
        TermCounts counts = similarity.terms(doc);
        frequencies.add(counts.words().keySet());
        Profile vector = Profile.of(counts, frequencies);
        List<String> top = vector.words().top(settings.queryTerms());

        if (doc.published().isPresent() && (newest.isEmpty() || doc.published().get().isAfter(newest.get()))) {
            newest = doc.published();
        }
        if (++addsSinceSweep >= SWEEP_EVERY) closeStale();
        Optional<String> copyOf = duplicates.add(doc.id(), doc.title() + "\n" + doc.text());
        if (copyOf.isPresent()) {
            long number = storyOfDocument.get(copyOf.get());
            Story story = open.get(number);
            // A late copy of a closed story still belongs to it; the closed story just no longer grows.
            if (story != null) join(story, doc, vector, top);
            else storyOfDocument.put(doc.id(), number);
            return new StoryAssignment(doc.id(), number, copyOf, 1.0);
        }
        Story best = null;
        double bestScore = 0;
        for (Story candidate : candidates(top, doc.published())) {
            double score = similarity.similarity(vector, candidate.centroid(), doc.published(), candidate.last);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null || bestScore < settings.joinThreshold()) {
            best = new Story(++storyCount);
            open.put(best.number, best);
            bestScore = 0;
        }
        join(best, doc, vector, top);
        return new StoryAssignment(doc.id(), best.number, Optional.empty(), bestScore);
    }

    /** How many stories were opened so far. */
    public long storyCount() {
        return storyCount;
    }

    /** How many stories can still take articles: opened within the window of the newest date seen. */
    public int openStories() {
        return open.size();
    }

    /** Articles between two sweeps for stories past their window: a sweep costs one pass over the open stories. */
    private static final int SWEEP_EVERY = 10_000;

    private void closeStale() {
        addsSinceSweep = 0;
        if (newest.isEmpty()) return;
        open.values().removeIf(s -> s.closedAt(newest.get(), settings));
        postings.values().forEach(list -> list.removeIf(s -> s.closedAt(newest.get(), settings)));
        postings.values().removeIf(List::isEmpty);
    }

    /** The stories filed under most of the query terms, up to maxCandidates, open at the document's date. */
    private List<Story> candidates(List<String> top, Optional<Instant> date) {
        Map<Story, Integer> hits = new HashMap<>();
        for (String term : top) {
            List<Story> filed = postings.get(term);
            if (filed == null || filed.size() > settings.maxPostings()) continue;
            if (date.isPresent()) filed.removeIf(s -> s.closedAt(date.get(), settings));
            for (Story s : filed) hits.merge(s, 1, Integer::sum);
        }
        List<Map.Entry<Story, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort((a, b) -> a.getValue().equals(b.getValue())
                ? Long.compare(a.getKey().number, b.getKey().number) : b.getValue() - a.getValue());
        return ranked.stream().limit(settings.maxCandidates()).map(Map.Entry::getKey).toList();
    }

    private void join(Story story, StoryDocument doc, Profile vector, List<String> top) {
        story.add(vector, doc.published());
        storyOfDocument.put(doc.id(), story.number);
        for (String term : top) {
            if (story.filedUnder.add(term)) postings.computeIfAbsent(term, t -> new ArrayList<>(2)).add(story);
        }
    }

    /** A story being built: the running sum of its articles' vectors and its newest date. */
    private static final class Story {
        final long number;
        final Map<String, Double> wordSum = new HashMap<>();
        final Map<String, Double> anchorSum = new HashMap<>();
        final Set<String> filedUnder = new HashSet<>();
        Optional<Instant> last = Optional.empty();
        private Profile centroid;

        Story(long number) {
            this.number = number;
        }

        void add(Profile v, Optional<Instant> date) {
            v.words().weights().forEach((t, w) -> wordSum.merge(t, w, Double::sum));
            v.anchors().weights().forEach((t, w) -> anchorSum.merge(t, w, Double::sum));
            centroid = null;
            if (date.isPresent() && (last.isEmpty() || date.get().isAfter(last.get()))) last = date;
        }

        Profile centroid() {
            if (centroid == null) centroid = Profile.centroid(wordSum, anchorSum);
            return centroid;
        }

        boolean closedAt(Instant date, StorySettings settings) {
            return last.isPresent() && last.get().plus(settings.window()).isBefore(date);
        }
    }
}
