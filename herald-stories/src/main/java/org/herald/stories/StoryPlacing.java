package org.herald.stories;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a stored article goes, decided the same way by both stores (#14), each answering {@link Lookups} from its
 * own index and the placements it holds pending: a re-put article keeps its story; a near-duplicate joins its
 * original's story; else the article joins the most similar candidate story of its time window when the similarity
 * reaches the matcher's threshold ({@link StoryMatcher#joins}); else it opens a story named after itself.
 */
public final class StoryPlacing {
    /** A story as its newest article left it: its id, the sum of its vectors, and its newest publication time. */
    public record Story(String id, StorySum sum, Optional<Instant> last) {
        public Story {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sum, "sum");
            Objects.requireNonNull(last, "last");
        }
    }

    /** The original a copy names and the original's story. */
    public record Copy(String original, String story) {}

    /** What the placer asks a store: each answer covers its index and the placements not yet visible there. */
    public interface Lookups {
        /** Document frequencies of the article's own words, the article itself counted. */
        InverseDocumentFrequency frequencies(Set<String> words) throws IOException;

        /** Where the article was placed before, when it is stored (or pending) already. */
        Optional<StoryPlacement> earlier(String articleId) throws IOException;

        /** The original this signature copies, when there is one. */
        Optional<Copy> original(Signature signature) throws IOException;

        /** The stories whose articles of the window best match these query terms, at most the matcher's number. */
        Collection<String> candidates(List<String> query, Optional<Long> day) throws IOException;

        /** The stories as their newest articles hold them, one for each id in its order (an empty one if unknown). */
        Collection<Story> current(Collection<String> storyIds) throws IOException;
    }

    private final StoryMatcher matcher;
    private final NearDuplicateIndex duplicates;
    private final int sumTerms;

    /** @param sumTerms how many terms a stored sum keeps: a sum kept in memory is cut as the index keeps it */
    public StoryPlacing(StoryMatcher matcher, NearDuplicateIndex duplicates, int sumTerms) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
        this.sumTerms = sumTerms;
    }

    /**
     * Where the article goes.
     *
     * @param day its publication day (epoch day), if known: the time window is counted in days
     */
    public StoryPlacement place(StoryDocument doc, Optional<Long> day, Lookups lookups) throws IOException {
        TermCounts terms = matcher.terms(doc);
        StoryVector vector = matcher.vector(terms, lookups.frequencies(terms.words().keySet()));
        Optional<Signature> signature = duplicates.sign(doc.title() + "\n" + doc.text());
        Optional<Instant> published = doc.published();

        Optional<StoryPlacement> earlier = lookups.earlier(doc.id());
        if (earlier.isPresent()) {
            StoryPlacement e = earlier.get();
            return new StoryPlacement(doc.id(), e.storyId(), e.duplicateOf(), terms, e.sum(), e.storyLast(),
                    signature, published, day, true);
        }
        Optional<String> copyOf = Optional.empty();
        Optional<Story> story = Optional.empty();
        if (signature.isPresent()) {
            Optional<Copy> copy = lookups.original(signature.get());
            if (copy.isPresent()) {
                copyOf = Optional.of(copy.get().original());
                story = lookups.current(List.of(copy.get().story())).stream().findFirst();
            }
        }
        if (story.isEmpty()) story = mostSimilar(vector, published, day, lookups);
        Story joined = story.orElse(new Story(doc.id(), StorySum.empty(), Optional.empty()));
        StorySum sum = StorySum.decode(joined.sum().plus(vector).encode(sumTerms));
        return new StoryPlacement(doc.id(), joined.id(), copyOf, terms, sum, later(joined.last(), published),
                signature, published, day, false);
    }

    private Optional<Story> mostSimilar(StoryVector vector, Optional<Instant> published, Optional<Long> day,
                                        Lookups lookups) throws IOException {
        List<String> query = matcher.queryTerms(vector);
        if (query.isEmpty()) return Optional.empty();
        Collection<String> candidates = lookups.candidates(query, day);
        if (candidates.isEmpty()) return Optional.empty();
        Story best = null;
        double bestScore = 0;
        for (Story s : lookups.current(candidates)) {
            double score = matcher.similarity(vector, published, s.sum(), s.last());
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best != null && matcher.joins(bestScore) ? Optional.of(best) : Optional.empty();
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return b.get().isAfter(a.get()) ? b : a;
    }
}
