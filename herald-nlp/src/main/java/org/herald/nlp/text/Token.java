package org.herald.nlp.text;

import java.util.Objects;
import org.herald.model.Span;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span offsets into the body text
 * @param text the token as written in the body
 * @param pos Penn Treebank tag ("NNP", "VBD" …)
 * @param ner named-entity tag ("PERSON", "COUNTRY", "TITLE" …) or "O"
 */
public record Token(int index, Span span, String text, String lemma, String pos, String ner) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }

    public boolean isNamed() {
        return !ner.equals("O");
    }
}
