package org.herald.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes pull quotes: a quotation the page sets again in large type, as a paragraph of its own, after or before
 * the paragraph it comes from ("The mayor was blunt. “We will not …,” she said." → “We will not …”). Each copy
 * would otherwise become a quote and an event of its own downstream. Paragraphs are compared by their words
 * alone, lower-cased: quotation marks and punctuation differ between a pull quote and its sentence.
 * <p>
 * Other repeated paragraphs are kept: documentation repeats its examples and test pages their filler text, and on
 * the Readability pages dropping every repeat cost body F1 0.006 (0.9694 → 0.9631; dev418 alone 0.15). A caption
 * carousel's repeats are caught by their "… more" / "… less" toggles instead (furniture-lines.tsv).
 */
final class PullQuoteRemover {
    /** Fewer words than this and a repeat may be legitimate: table cells ("Yes", "No"), subheads, scores. */
    static final int MIN_WORDS = 4;
    /** A pull quote is a sentence or two; a longer paragraph found inside another is left alone. */
    static final int MAX_PULL_QUOTE_WORDS = 60;
    /** Short fragments ("the minister said on") occur inside other paragraphs by chance. */
    static final int MIN_PULL_QUOTE_WORDS = 8;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PullQuoteRemover() {}

    /**
     * The paragraphs without pull quotes: a paragraph that opens with a quotation mark and repeats an earlier one, or
     * whose words (8 to 60 of them) sit inside a longer paragraph. A plain sentence found again inside a longer
     * paragraph is as often a summary the story restates, and lines of code or verse (a paragraph with line breaks)
     * are never touched.
     */
    static List<String> remove(List<String> paragraphs) {
        List<String> padded = paragraphs.stream().map(p -> " " + words(p) + " ").toList();
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String w = padded.get(i);
            int n = w.isBlank() ? 0 : w.strip().split(" ").length;
            boolean candidate = n >= MIN_WORDS && p.indexOf('\n') < 0;
            boolean quotation = candidate && isQuotation(p);
            boolean repeat = quotation && !seen.add(w);
            boolean pullQuote = quotation && n >= MIN_PULL_QUOTE_WORDS && n <= MAX_PULL_QUOTE_WORDS
                    && insideLonger(w, padded);
            if (!repeat && !pullQuote) kept.add(p);
        }
        return kept;
    }

    private static boolean isQuotation(String paragraph) {
        return !paragraph.isEmpty() && "\"“”„«»‘’'".indexOf(paragraph.charAt(0)) >= 0;
    }

    /** Whether a longer paragraph holds these words: “We will not …” inside "The mayor was blunt. “We will not …”". */
    private static boolean insideLonger(String words, List<String> all) {
        for (String other : all) {
            if (other.length() > words.length() && other.contains(words)) return true;
        }
        return false;
    }

    static String words(String paragraph) {
        return NON_WORD.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
