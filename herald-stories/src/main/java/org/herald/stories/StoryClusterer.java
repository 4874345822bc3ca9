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
    private final List<Story> stories = new ArrayList<>();
    private final Map<String, List<Story>> postings = new HashMap<>();
    private final Map<String, Story> storyOfDocument = new HashMap<>();

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
        Terms.Counted counts = similarity.terms(doc);
        frequencies.add(counts.words().keySet());
        Profile vector = Profile.of(counts, frequencies);
        List<String> top = vector.words().top(settings.queryTerms());

        Optional<String> copyOf = duplicates.add(doc.id(), doc.title() + "\n" + doc.text());
        if (copyOf.isPresent()) {
            Story story = storyOfDocument.get(copyOf.get());
            join(story, doc, vector, top);
            return new StoryAssignment(doc.id(), story.number, copyOf, 1.0);
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
            best = new Story(stories.size() + 1);
            stories.add(best);
            bestScore = 0;
        }
        join(best, doc, vector, top);
        return new StoryAssignment(doc.id(), best.number, Optional.empty(), bestScore);
    }

    /** How many stories are open. */
    public int storyCount() {
        return stories.size();
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
        storyOfDocument.put(doc.id(), story);
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
