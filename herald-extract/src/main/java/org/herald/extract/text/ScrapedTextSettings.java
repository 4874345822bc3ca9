package org.herald.extract.text;

/**
 * Thresholds of the scraped-text classifier. Set by hand on the samples in the tests; the main-text penalties by
 * {@code ./herald eval scraped} on the Readability pages (body F1 0.909 with 4/2/12, 2026-11-28; 3 or 5 per short
 * line, a rising penalty for runs of short lines, a cut at long runs and a cap on paragraph words scored the same
 * or lower).
 *
 * @param maxTitleWords a line longer than this is a paragraph, not a headline
 * @param minProseWords a sentence at least this long reads as a paragraph rather than a caption stub or label
 * @param longSentenceWords a sentence this long is article text even when it holds a furniture word
 *     ("Sign up rates fell by a third…, the ministry said.")
 * @param maxRelatedWords a line under a related-links heading longer than this is not a headline
 * @param furnitureThreshold the furniture score from which a line is dropped; see {@link LineClassifier}
 * @param headerWindow how many lines above the body may hold the headline, and around its start the dateline
 * @param shortLinePenalty what a short content line (menu entry, label, teaser headline) costs the main-text run,
 *     against the words a paragraph adds; see {@link PageLayout}
 * @param furniturePenalty what a furniture line costs the main-text run
 * @param relatedPenalty what a related-links heading costs the main-text run
 */
public record ScrapedTextSettings(int maxTitleWords, int minProseWords, int longSentenceWords, int maxRelatedWords,
        int furnitureThreshold, int headerWindow, int shortLinePenalty, int furniturePenalty, int relatedPenalty) {

    public ScrapedTextSettings {
        if (maxTitleWords < 1 || minProseWords < 1 || longSentenceWords < minProseWords || maxRelatedWords < 1
                || furnitureThreshold < 1 || headerWindow < 1 || shortLinePenalty < 0 || furniturePenalty < 0
                || relatedPenalty < 0) {
            throw new IllegalArgumentException("bad scraped-text settings: " + this);
        }
    }

    public static ScrapedTextSettings defaults() {
        return new ScrapedTextSettings(30, 8, 18, 25, 3, 25, 4, 2, 12);
    }
}
