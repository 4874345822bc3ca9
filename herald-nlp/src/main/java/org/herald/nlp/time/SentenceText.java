package org.herald.nlp.time;

import java.time.LocalDate;

/**
 * What a rule reads: one sentence's text, where it starts in the body, the reference date, and the tense
 * of the words around a range of the sentence.
 */
record SentenceText(String text, int offset, LocalDate reference, TenseGuess tense) {

    /** The tense around {@code [start, end)} of this sentence's text. */
    Tense tenseAround(int start, int end) {
        return tense.around(offset + start, offset + end);
    }

    /** A rule's view of a tense: what the words around an absolute body range tell. */
    interface TenseGuess {
        Tense around(int start, int end);
    }
}
