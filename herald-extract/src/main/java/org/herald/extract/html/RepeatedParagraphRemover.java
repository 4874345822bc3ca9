package org.herald.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the first copy of a paragraph the page prints again on its own: a caption set under the photo and again
 * in the gallery, a teaser headline repeated in three widgets, a subscription prompt printed twice. A second copy
 * adds no fact and, downstream, doubles the paragraph's quotes and events. Paragraphs are compared by their words
 * alone, lower-cased ({@link PullQuoteRemover#words}).
 * <p>
 * What stays: a copy beside another copy (a run printed again: a table of contents, a code listing one line per
 * paragraph), a copy that opens a section (a heading printed in a table of contents and again over its section) or
 * fills one (the only paragraph under a heading not seen before: test pages print one filler paragraph under each of their
 * headings, and the Readability gold keeps every copy), paragraphs of more than
 * {@value #MAX_WORDS} words (a story section printed twice is a template fault we would rather see than guess at),
 * short lines ("Yes", "No", a score) and lines of code or verse, which carry line breaks.
 */
final class RepeatedParagraphRemover {
    /** Fewer words than this and a repeat may be legitimate: "Yes", "No", "Read the report", a score. */
    static final int MIN_WORDS = 4;
    /** A caption, teaser or prompt: longer than this, a repeat is more likely a section the page means to print. */
    static final int MAX_WORDS = 60;

    /** A section heading: a few words, no sentence end ("Single image", "How the vote went"). */
    static final int MAX_HEADING_WORDS = 10;

    private RepeatedParagraphRemover() {}

    /** Whether a line reads as a section heading: a few words without a sentence end. */
    private static boolean isHeadingLike(String p, int words) {
        if (words == 0 || words > MAX_HEADING_WORDS) return false;
        char last = p.strip().charAt(p.strip().length() - 1);
        return ".!?…\"”»:;,".indexOf(last) < 0;
    }

    /** The paragraphs in order, each lone later copy of an earlier paragraph left out. */
    static List<String> remove(List<String> paragraphs) {
        int size = paragraphs.size();
        boolean[] repeat = new boolean[size];
        boolean[] first = new boolean[size];
        boolean[] heading = new boolean[size];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String p = paragraphs.get(i);
            String words = PullQuoteRemover.words(p);
            int n = words.isEmpty() ? 0 : words.split(" ").length;
            first[i] = seen.add(words);
            heading[i] = isHeadingLike(p, n);
            repeat[i] = !first[i] && n >= MIN_WORDS && n <= MAX_WORDS && p.indexOf('\n') < 0;
        }
        List<String> kept = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean inRun = (i > 0 && repeat[i - 1]) || (i + 1 < size && repeat[i + 1]);
            // "Single image" / filler paragraph: a copy under a heading not seen before opens a section of its own;
            // contents list / "How the vote went" / new paragraph: a heading printed again opens its section.
            boolean underNewHeading = i > 0 && first[i - 1] && heading[i - 1] && (i + 1 == size || heading[i + 1]);
            boolean opensSection = heading[i] && i + 1 < size && first[i + 1] && !heading[i + 1];
            if (!repeat[i] || inRun || underNewHeading || opensSection) kept.add(paragraphs.get(i));
        }
        return kept;
    }
}
