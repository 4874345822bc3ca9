package org.herald.nlp.text;

import java.util.List;
import java.util.Objects;

/** A body text and its sentences; every span points into {@code text}. */
public record ParsedText(String text, List<Sentence> sentences) {
    public ParsedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
