package org.herald.events.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Finds what each sentence of an article is about when it is not politics: the topics of its cue words
 * ({@code relevance/topic-cues.tsv}: sports, disaster, culture, technology, business) and whether it gives a score
 * ({@code relevance/score-patterns.tsv}); and the article's own topic when enough of its sentences share one.
 */
final class TopicCues {
    static final String SPORTS = "sports";
    static final String BUSINESS = "business";
    /**
     * War and unrest: not a topic of its own, but it outweighs the others. A combat sentence counts as two of theirs,
     * since war reports carry rescue and casualty sentences ("rescuers searched the rubble") that read as a disaster.
     */
    static final String CONFLICT = "conflict";
    /**
     * An article is of a topic when at least this many of its sentences carry the topic's cues, and at least
     * {@link #ARTICLE_SHARE} of them. Set on the dev half of events-offtopic (ECB+ sports, culture and disaster
     * topics, 5-25 sentences each) and checked to leave the political suites, one sentence per text, untouched.
     */
    static final int ARTICLE_SENTENCES = 2;
    static final double ARTICLE_SHARE = 0.15;
    /** Business cues mark a clause (a competition verb's result) but never a whole article: companies do politics. */
    private static final Set<String> CLAUSE_ONLY = Set.of(BUSINESS);

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Pattern> scores = new ArrayList<>();

    private record Cue(List<String> words, String topic) {}

    /** What is known of one sentence: the topics of its cues and whether it holds a score. */
    record SentenceTopics(Set<String> topics, boolean score) {
        static final SentenceTopics NONE = new SentenceTopics(Set.of(), false);

        boolean sports() {
            return score || topics.contains(SPORTS);
        }
    }

    /** The sentences' topics by sentence index, and the article's topic if it has one. */
    record ArticleTopics(Map<Integer, SentenceTopics> sentences, Optional<String> topic) {
        SentenceTopics of(int sentence) {
            return sentences.getOrDefault(sentence, SentenceTopics.NONE);
        }
    }

    static TopicCues load() {
        TopicCues cues = new TopicCues();
        for (List<String> row : Lexicon.rows(TopicCues.class, "relevance/topic-cues.tsv", 2, 3)) {
            List<String> words = List.of(row.get(0).toLowerCase(Locale.ROOT).split(" "));
            cues.byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Cue(words, row.get(1)));
        }
        for (List<String> row : Lexicon.rows(TopicCues.class, "relevance/score-patterns.tsv", 1, 2)) {
            cues.scores.add(Pattern.compile(row.get(0), Pattern.CASE_INSENSITIVE));
        }
        return cues;
    }

    ArticleTopics article(ParsedText text) {
        Map<Integer, SentenceTopics> out = new HashMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Sentence s : text.sentences()) {
            SentenceTopics t = sentence(s, s.span().of(text.text()));
            if (t.topics().isEmpty() && !t.score()) continue;
            out.put(s.index(), t);
            Set<String> topics = new TreeSet<>(t.topics());
            if (t.score()) topics.add(SPORTS);
            topics.removeAll(CLAUSE_ONLY);
            topics.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        int sentences = text.sentences().size();
        int conflict = counts.getOrDefault(CONFLICT, 0);
        Optional<String> topic = counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(CONFLICT) && e.getValue() > 2 * conflict)
                .filter(e -> e.getValue() >= ARTICLE_SENTENCES && e.getValue() >= ARTICLE_SHARE * sentences)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return new ArticleTopics(out, topic);
    }

    SentenceTopics sentence(Sentence s, String text) {
        Set<String> topics = new TreeSet<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (String key : keys(tokens.get(i))) {
                for (Cue c : byFirstWord.getOrDefault(key, List.of())) {
                    if (matches(tokens, i, c.words())) topics.add(c.topic());
                }
            }
        }
        boolean score = scores.stream().anyMatch(p -> p.matcher(text).find());
        return new SentenceTopics(topics, score);
    }

    private static boolean matches(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!keys(tokens.get(at + k)).contains(words.get(k))) return false;
        }
        return true;
    }

    private static List<String> keys(Token t) {
        return List.of(t.text().toLowerCase(Locale.ROOT), t.lemma().toLowerCase(Locale.ROOT));
    }
}
