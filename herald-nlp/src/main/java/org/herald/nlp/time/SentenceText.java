package org.herald.nlp.time;

import java.time.LocalDate;

/**
 * What a rule reads: one sentence's text, where it starts in the body, the reference date, and what its
 * tokens tell: the tense around a range, the kind of word after it.
 */
record SentenceText(String text, int offset, LocalDate reference, TokenView tokens) {

    /** The tense around {@code [start, end)} of this sentence's text. */
    Tense tenseAround(int start, int end) {
        return tokens.tenseAround(offset + start, offset + end);
    }

    /** Whether the token right after {@code end} of this sentence's text is a common noun: "2019 people". */
    boolean nounAfter(int end) {
        return tokens.nounAfter(offset + end);
    }

    /** What a rule may ask of a sentence's tokens, by absolute body offsets. */
    interface TokenView {
        /** A view for text without tokens: it knows no tense and no nouns. */
        TokenView NONE = new TokenView() {
            @Override
            public Tense tenseAround(int start, int end) {
                return Tense.UNKNOWN;
            }

            @Override
            public boolean nounAfter(int end) {
                return false;
            }
        };

        Tense tenseAround(int start, int end);

        boolean nounAfter(int end);
    }
}
