package org.herald.nlp.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Span;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Parsed text for unit tests, without CoreNLP: one sentence, tokens split at spaces and punctuation, and just
 * enough tags for the resolver: MD for modals, VBD for past forms, VBN for them after "be" and "have" (as
 * CoreNLP tags "will be held"), PRP, DT and CC for a few function words, NN for other words, and the mark itself
 * for punctuation.
 */
final class TestText {
    private static final Pattern TOKEN = Pattern.compile("n't|'ll|[\\p{L}\\p{N}]+?(?=n't)|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "'ll", "wo", "may", "can", "could");
    private static final Set<String> PAST = Set.of("said", "met", "was", "were", "held", "began", "told", "took",
            "rose", "fell", "came", "went", "won", "lost", "left", "sank", "made", "had");

    private static final Set<String> AUXILIARIES = Set.of("be", "been", "is", "are", "was", "were", "has", "have", "had");

    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");

    private TestText() {}

    static ParsedText parse(String text) {
        List<Token> tokens = new ArrayList<>();
        for (Matcher m = TOKEN.matcher(text); m.find(); ) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String pos = MODALS.contains(lower) ? "MD"
                    : PAST.contains(lower) || lower.length() > 4 && lower.endsWith("ed") ? "VBD"
                    : PRONOUNS.contains(lower) ? "PRP"
                    : DETERMINERS.contains(lower) ? "DT"
                    : CONJUNCTIONS.contains(lower) ? "CC"
                    : Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word;
            if (pos.equals("VBD") && !tokens.isEmpty() && AUXILIARIES.contains(tokens.get(tokens.size() - 1).lemma())) {
                pos = "VBN";
            }
            tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), word, lower, pos, "O"));
        }
        return new ParsedText(text, List.of(new Sentence(0, new Span(0, text.length()), tokens, List.of())));
    }
}
