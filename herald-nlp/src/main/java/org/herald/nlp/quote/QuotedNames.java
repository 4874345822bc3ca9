package org.herald.nlp.quote;

import java.util.Locale;
import java.util.Set;
import org.herald.model.Span;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Words in quotation marks that are not speech: titles and names ("Meet the Press", "Black Lives Matter", "Gifted Hands"). */
final class QuotedNames {
    /** Lower-case words a title keeps small: "Meet the Press", "Law and Order". */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "by", "with", "from", "as", "vs", "vs.");
    /** Longest title we take for a name: titles of shows, books and slogans run to five words. */
    private static final int MAX_TITLE_WORDS = 5;

    private QuotedNames() {}

    /**
     * A title: two to five words, each capitalised but for small words, none a pronoun or modal verb. "We Are
     * Going To Go All The Way" (a headline quote) and "This Cannot Continue." speak; "This Week" does not.
     */
    static boolean isName(Span content, String body, Sentence first, Sentence last) {
        String[] words = words(content, body);
        // one capitalised word is as often a reply ("Absolutely," he said) as a name
        if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = i > 0 && SMALL.contains(w.toLowerCase(Locale.ROOT));
            if (!small && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                return false;
            }
        }
        for (Sentence s : first.index() == last.index() ? new Sentence[] {first} : new Sentence[] {first, last}) {
            for (Token t : s.tokens()) {
                if (!content.contains(t.span())) continue;
                if (t.pos().equals("PRP") || t.pos().equals("MD") || t.pos().equals("PRP$")) return false;
            }
        }
        return true;
    }

    private static String[] words(Span content, String body) {
        String text = content.of(body).strip().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }
}
