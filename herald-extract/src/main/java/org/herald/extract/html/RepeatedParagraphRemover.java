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
 * paragraph, the filler text of test pages, which the Readability gold keeps as printed), paragraphs of more than
 * {@value #MAX_WORDS} words (a story section printed twice is a template fault we would rather see than guess at),
 * short lines ("Yes", "No", a score) and lines of code or verse, which carry line breaks.
 */
final class RepeatedParagraphRemover {
    /** Fewer words than this and a repeat may be legitimate: "Yes", "No", "Read the report", a score. */
    static final int MIN_WORDS = 4;
    /** A caption, teaser or prompt: longer than this, a repeat is more likely a section the page means to print. */
    static final int MAX_WORDS = 60;

    private RepeatedParagraphRemover() {}

    /** The paragraphs in order, each lone later copy of an earlier paragraph left out. */
    static List<String> remove(List<String> paragraphs) {
        int size = paragraphs.size();
        boolean[] repeat = new boolean[size];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String p = paragraphs.get(i);
            String words = PullQuoteRemover.words(p);
            int n = words.isEmpty() ? 0 : words.split(" ").length;
            repeat[i] = !seen.add(words) && n >= MIN_WORDS && n <= MAX_WORDS && p.indexOf('\n') < 0;
        }
        List<String> kept = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean inRun = (i > 0 && repeat[i - 1]) || (i + 1 < size && repeat[i + 1]);
            if (!repeat[i] || inRun) kept.add(paragraphs.get(i));
        }
        return kept;
    }
}
