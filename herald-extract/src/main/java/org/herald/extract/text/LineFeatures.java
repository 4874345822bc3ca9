package org.herald.extract.text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the classifier knows about one line of scraped text, computed from the line and the lines before it.
 *
 * @param index position among the non-empty lines
 * @param words number of words (camel-joined words counted apart)
 * @param endsSentence ends with . ! ? or … (possibly inside a closing quote or bracket)
 * @param capitalised share of words starting with a capital: high for headlines and names
 * @param cues categories of every cue phrase found
 * @param coveredByCues every word belongs to a {@code line} cue: "Share this articleComments"
 * @param startCue the {@code start} cue the line opens with, if any
 * @param afterStartCue the text after that cue: the headline of "Read more: Storm leaves …"
 * @param weakCues number of {@code any} furniture cues: "… our cookie policy …"
 * @param creditAt offset of the first photo-credit cue: 0 for "Copyright …", later for "… Maria Lenz/Reuters"
 * @param furnitureShape name of the furniture shape in {@code patterns.tsv} the line has: "3 min read"
 * @param dateline opens with a wire dateline: "THESSIA, Greece (AP) — …"
 * @param dateOnly holds a date or time and little else: "Updated 14 March 2022, 09:12"
 * @param byline opens with "By" followed by a few capitalised words: "By AP &amp; Kestrel News"
 * @param repeatsEarlier the same text (case and spacing aside) was an earlier line
 * @param extendsPrevious the text that follows the previous line's whole text when this line repeats it and
 *     adds something: a caption repeated with its credit appended
 */
record LineFeatures(
        int index,
        String text,
        int words,
        boolean endsSentence,
        double capitalised,
        Set<Cue> cues,
        boolean coveredByCues,
        Optional<Cue> startCue,
        String afterStartCue,
        int weakCues,
        OptionalInt creditAt,
        Optional<String> furnitureShape,
        boolean dateline,
        boolean dateOnly,
        boolean byline,
        boolean repeatsEarlier,
        Optional<String> extendsPrevious) {

    LineFeatures {
        Objects.requireNonNull(text, "text");
        cues = Set.copyOf(cues);
        Objects.requireNonNull(startCue, "startCue");
        Objects.requireNonNull(afterStartCue, "afterStartCue");
        Objects.requireNonNull(creditAt, "creditAt");
        Objects.requireNonNull(furnitureShape, "furnitureShape");
        Objects.requireNonNull(extendsPrevious, "extendsPrevious");
    }

    /** A full sentence of some length: what body paragraphs and standfirsts are made of. */
    boolean prose(int minWords) {
        return endsSentence && words >= minWords;
    }
}
