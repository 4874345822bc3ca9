package org.herald.stories;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A story as {@link StoryClusterer} keeps it: the sum of its articles' vectors, whose normalised form is the
 * centroid a new article is compared with. Immutable: {@link #plus} gives the story with one more article. A store
 * keeps the sum on the story's newest article ({@link #encode}), so a candidate story costs one read, however many
 * articles it has.
 */
public final class StorySum {
    /** Weights this small are what the float sums left of a removed term (they keep about seven digits). */
    static final double GONE = 1e-6;

    private static final StorySum EMPTY = new StorySum(Map.of(), Map.of(), 0);
    private final Map<String, Double> words;
    private final Map<String, Double> anchors;
    private final long articles;

    private StorySum(Map<String, Double> words, Map<String, Double> anchors, long articles) {
        this.words = words;
        this.anchors = anchors;
        this.articles = articles;
    }

    /** A story of no articles. */
    public static StorySum empty() {
        return EMPTY;
    }

    /** How many articles were added. */
    public long articles() {
        return articles;
    }

    /** This story with one more article. */
    public StorySum plus(StoryVector article) {
        Objects.requireNonNull(article, "article");
        Map<String, Double> w = new HashMap<>(words);
        Map<String, Double> a = new HashMap<>(anchors);
        article.profile().words().weights().forEach((t, v) -> w.merge(t, v, Double::sum));
        article.profile().anchors().weights().forEach((t, v) -> a.merge(t, v, Double::sum));
        return new StorySum(w, a, articles + 1);
    }

    /**
     * This story without one of its articles: the one that made {@code before} (the story's sum until it joined) into
     * {@code after} (its sum once it had), so the article's vector is their difference. A store keeps only each
     * sum's heaviest terms, so the difference is close, not exact: a term left at {@value #GONE} or below is dropped.
     * Throws {@link IllegalStateException} for a story of no articles.
     */
    public StorySum without(StorySum before, StorySum after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (articles < 1) throw new IllegalStateException("a story of no articles has none to remove");
        return new StorySum(minus(words, before.words, after.words), minus(anchors, before.anchors, after.anchors),
                articles - 1);
    }

    private static Map<String, Double> minus(Map<String, Double> sum, Map<String, Double> before,
                                             Map<String, Double> after) {
        Map<String, Double> left = new HashMap<>(sum);
        before.forEach((t, v) -> left.merge(t, v, Double::sum));
        after.forEach((t, v) -> left.merge(t, -v, Double::sum));
        left.values().removeIf(v -> v <= GONE);
        return left;
    }

    Profile centroid() {
        return Profile.centroid(words, anchors);
    }

    /**
     * The article count, then the {@code maxTerms} heaviest words and anchors in {@link TermCounts#encode()}'s lines.
     * Cutting the light tail moves a cosine by little (each left-out term weighs less than every kept one) and keeps
     * a long story's sum the size of a few articles.
     */
    public String encode(int maxTerms) {
        if (maxTerms < 1) throw new IllegalArgumentException("maxTerms < 1: " + maxTerms);
        return articles + "\n" + new TermCounts(heaviest(words, maxTerms), heaviest(anchors, maxTerms)).encode();
    }

    /** Reads what {@link #encode} wrote; throws {@link IllegalArgumentException} on other text. */
    public static StorySum decode(String encoded) {
        int nl = encoded.indexOf('\n');
        try {
            long articles = Long.parseLong(nl < 0 ? encoded : encoded.substring(0, nl));
            TermCounts t = TermCounts.decode(nl < 0 ? "" : encoded.substring(nl + 1));
            return new StorySum(t.words(), t.anchors(), articles);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a story sum", e);
        }
    }

    private static Map<String, Double> heaviest(Map<String, Double> sum, int k) {
        if (sum.size() <= k) return sum;
        Map<String, Double> kept = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
