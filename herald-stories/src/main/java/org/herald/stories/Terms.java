package org.herald.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.lexicon.Lexicon;

/**
 * The weighted terms of a document, before inverse document frequency: prefix-stemmed words, headline words,
 * names and lead words weighted up, stop words ({@code stopwords.tsv}) left out, each count damped to
 * {@code 1 + ln(count)} so a word said twenty times does not drown the rest.
 */
final class Terms {
    /** A first line this short, in a document without a separate headline, is taken to be the headline. */
    private static final int HEADLINE_MAX_CHARS = 200;
    private final SimilaritySettings settings;
    private final Set<String> stopwords;

    Terms(SimilaritySettings settings, Set<String> stopwords) {
        this.settings = settings;
        this.stopwords = Set.copyOf(stopwords);
    }

    static Terms load(SimilaritySettings settings) {
        return new Terms(settings, new HashSet<>(Lexicon.words(Terms.class, "stopwords.tsv")));
    }

    TermCounts of(StoryDocument doc) {
        String title = doc.title();
        String body = doc.text();
        if (title.isBlank()) {
            int end = headlineEnd(body);
            if (end > 0) {
                title = body.substring(0, end);
                body = body.substring(end);
            }
        }
        Map<String, Double> counts = new HashMap<>();
        Map<String, Double> anchors = new HashMap<>();
        for (Words.Word w : Words.split(title)) {
            add(counts, anchors, w, settings.titleBoost());
        }
        List<Words.Word> words = Words.split(body);
        for (int i = 0; i < words.size(); i++) {
            add(counts, anchors, words.get(i), i < settings.leadWords() ? settings.leadBoost() : 1.0);
        }
        counts.replaceAll((t, c) -> damp(c));
        anchors.replaceAll((t, c) -> damp(c));
        return new TermCounts(counts, anchors);
    }

    private static double damp(double count) {
        return count >= 1 ? 1 + Math.log(count) : count;
    }

    /**
     * Where a headline run into the body ends: at the first line break, or at the first double space of scraped text
     * ("Corona: Bei der Impfstoffsuche …?  Köln / Göttingen. …"); -1 when neither comes within HEADLINE_MAX_CHARS.
     */
    static int headlineEnd(String text) {
        int nl = text.indexOf('\n');
        int gap = text.indexOf("  ");
        int end = nl < 0 ? gap : gap < 0 ? nl : Math.min(nl, gap);
        return end > 0 && end <= HEADLINE_MAX_CHARS && !text.substring(0, end).isBlank() ? end : -1;
    }

    private void add(Map<String, Double> counts, Map<String, Double> anchors, Words.Word w, double weight) {
        String text = w.text();
        if (text.codePointCount(0, text.length()) < 2 || stopwords.contains(text)) return;
        double boosted = w.name() ? weight * settings.entityBoost() : weight;
        counts.merge(stem(text), boosted, Double::sum);
        if (w.name() || Character.isDigit(text.charAt(0))) anchors.merge(stem(text), weight, Double::sum);
        int g = settings.gramLength();
        if (g > 0 && text.length() > g && !Character.isDigit(text.charAt(0))) {
            // '#' keeps an n-gram apart from a word spelt the same; "^" and "$" mark where the word begins and ends.
            String padded = "^" + text + "$";
            for (int i = 0; i + g <= padded.length(); i++) {
                counts.merge("#" + padded.substring(i, i + g), boosted * settings.gramWeight(), Double::sum);
            }
        }
    }

    String stem(String word) {
        int n = settings.stemLength();
        if (word.codePointCount(0, word.length()) <= n || Character.isDigit(word.codePointAt(0))) return word;
        return word.substring(0, word.offsetByCodePoints(0, n));
    }
}
